import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Galera replicates row changes, not locks: LOCK TABLES and GET_LOCK hold on one node only, so
 * nothing may rely on them for correctness. The one pessimistic lock (the outstanding quota's
 * row) is also written, so that a conflicting decision on another node loses certification.
 */
const root = path.resolve(__dirname, '../../server/src');
const sources = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
  const full = path.join(dir, e.name);
  if (e.isDirectory()) return e.name === 'migrations' ? [] : sources(full);
  return e.name.endsWith('.ts') ? [full] : [];
});

describe('SQL that works the same on every node of a cluster', () => {
  const files = sources(root);

  it('reads the server sources', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('uses no LOCK TABLES, GET_LOCK or RELEASE_LOCK', () => {
    const offenders = files.filter((f) => /LOCK\s+TABLES|GET_LOCK|RELEASE_LOCK|IS_FREE_LOCK/i.test(fs.readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });

  it('takes row locks in two places only, the quota lock and the history chain head, and writes each row it locks', () => {
    const lockers = files.filter((f) => /setLock\(|FOR UPDATE|LOCK IN SHARE MODE/i.test(fs.readFileSync(f, 'utf8')));
    expect(lockers.map((f) => path.relative(root, f)).sort()).toEqual(['modules/evaluation/evaluation.service.ts', 'modules/history/history.ts']);
    // Galera does not carry a row lock to other nodes: the head is also written, so two appends on two nodes conflict at commit
    const history = fs.readFileSync(path.join(root, 'modules/history/history.ts'), 'utf8');
    const append = history.slice(history.indexOf('async function appendEntries'));
    expect(append).toContain('FROM history_head WHERE id = 1');
    expect(append).toContain("' FOR UPDATE'");
    expect(append).toContain('UPDATE history_head SET seq = ?, hash = ? WHERE id = 1');
    const text = fs.readFileSync(path.join(root, 'modules/evaluation/evaluation.service.ts'), 'utf8');
    const lockQuota = text.slice(text.indexOf('private async lockQuota'), text.indexOf('private async quotaOf'));
    expect(lockQuota).toContain("setLock('pessimistic_write')");
    expect(lockQuota).toMatch(/m\.update\(EvaluationQuotaLock, lock\.id, \{ touched: lock\.touched \+ 1 \}\)/);
  });
});
