import { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { GENESIS, HISTORY_KINDS, canonical, entryHash, flushHistory, noteHistory, type HistoryKind } from './history.js';

export type HistoryProblemKind =
  | 'CHANGED' | 'REMOVED' | 'INSERTED' | 'REORDERED' | 'TRUNCATED' | 'REPLACED'
  | 'RECORD_CHANGED' | 'RECORD_REMOVED' | 'RECORD_NOT_LOGGED';

export interface HistoryProblem {
  problem: HistoryProblemKind;
  /** The entry named (its number in the chain), when one is. */
  seq?: number;
  kind?: string;
  recordId?: number;
  message: string;
}

export interface HistoryReport {
  ok: boolean;
  /** Entries in the log. */
  entries: number;
  head: { seq: number; hash: string };
  problems: HistoryProblem[];
}

/** What an office filed: the count and head hash of a digest. */
export interface FiledDigest {
  count: number;
  hash: string;
}

interface Row {
  seq: number;
  kind: string;
  recordId: number;
  action: string;
  payload: string;
  prevHash: string;
  hash: string;
}

const PAGE = 2000;
/** Mismatched records reported per kind: enough to act on, bounded. */
const RECORD_PROBLEMS = 5;

const describe = (r: Row) => `${r.kind} ${r.recordId} (${r.action})`;

/**
 * Walks the chain from the first entry and names the first that was changed, removed, inserted or
 * re-ordered; compares its end with the head kept apart and, if given, a filed digest (truncated,
 * replaced); then checks every recorded table against the log: a row changed, removed, or present
 * without an entry (forged). Memory stays bounded: pages of entries and of rows.
 */
export async function verifyHistory(db: Database, filed?: FiledDigest): Promise<HistoryReport> {
  const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params) as Promise<any[]>;
  const problems: HistoryProblem[] = [];
  const [headRow] = await q('SELECT seq, hash FROM history_head WHERE id = 1');
  const head = { seq: Number(headRow?.seq ?? 0), hash: String(headRow?.hash ?? GENESIS) };
  const [stats] = await q('SELECT COUNT(*) AS n, MAX(seq) AS last FROM history_log');
  const entries = Number(stats.n);
  const last = stats.last === null ? 0 : Number(stats.last);
  const signedAt = (r: Row, seq: number) => entryHash(r.prevHash, seq, r.kind, r.recordId, r.action, r.payload) === r.hash;

  // 1. the chain itself
  let expected = 1;
  let prevHash = GENESIS;
  let chainBroken = false;
  let hashAt = new Map<number, string>();
  walk: for (;;) {
    const page = (await q('SELECT seq, kind, recordId, action, payload, prevHash, hash FROM history_log WHERE seq >= ? ORDER BY seq LIMIT ?', [expected, PAGE]))
      .map((r) => ({ ...r, seq: Number(r.seq), recordId: Number(r.recordId) }) as Row);
    if (!page.length) break;
    for (const r of page) {
      const beyondHead = r.seq > head.seq;
      if (r.seq !== expected) {
        problems.push({ problem: beyondHead && expected > head.seq ? 'INSERTED' : 'REMOVED', seq: expected, message: `entry #${expected} is missing: it was removed (the log goes on at #${r.seq})` });
        chainBroken = true;
        break walk;
      }
      const selfOk = signedAt(r, r.seq);
      const linkOk = r.prevHash === prevHash;
      if (!(selfOk && linkOk)) {
        chainBroken = true;
        if (beyondHead) {
          problems.push({ problem: 'INSERTED', seq: r.seq, kind: r.kind, recordId: r.recordId, message: `entry #${r.seq} (${describe(r)}) lies beyond the head (#${head.seq}): it was inserted` });
        } else if (!selfOk) {
          // sealed for another place? the entry it links to tells where it came from
          const [pred] = await q('SELECT seq FROM history_log WHERE hash = ?', [r.prevHash]);
          const origin = [r.seq - 1, r.seq + 1, r.prevHash === GENESIS ? 1 : pred ? Number(pred.seq) + 1 : -1].find((s) => s > 0 && s !== r.seq && signedAt(r, s));
          if (origin === r.seq - 1) problems.push({ problem: 'INSERTED', seq: r.seq - 1, message: `entry #${r.seq - 1} was inserted: the entries after it were renumbered (#${r.seq} was sealed as #${r.seq - 1})` });
          else if (origin === r.seq + 1) problems.push({ problem: 'REMOVED', seq: r.seq, message: `entry #${r.seq} was removed: the entries after it were renumbered (#${r.seq} was sealed as #${r.seq + 1})` });
          else if (origin !== undefined) problems.push({ problem: 'REORDERED', seq: r.seq, kind: r.kind, recordId: r.recordId, message: `entry #${r.seq} (${describe(r)}) was moved: it was sealed as #${origin}` });
          else problems.push({ problem: 'CHANGED', seq: r.seq, kind: r.kind, recordId: r.recordId, message: `entry #${r.seq} (${describe(r)}) was changed: its content no longer matches its seal` });
        } else {
          // sealed in place, but the entry before is not the one it was sealed after
          const [pred] = await q('SELECT seq FROM history_log WHERE hash = ?', [r.prevHash]);
          if (pred && Number(pred.seq) !== r.seq - 1) problems.push({ problem: 'REORDERED', seq: r.seq - 1, message: `entry #${r.seq - 1} is out of place: #${r.seq} was sealed after #${Number(pred.seq)}` });
          else problems.push({ problem: 'CHANGED', seq: r.seq - 1, message: `entry #${r.seq - 1} was changed and sealed again: entry #${r.seq} no longer links to it` });
        }
        break walk;
      }
      prevHash = r.hash;
      expected = r.seq + 1;
      if (filed && r.seq === filed.count) hashAt = new Map([[r.seq, r.hash]]);
    }
  }

  // 2. the end of the chain against the head kept apart, and a filed digest
  if (!chainBroken) {
    if (last > head.seq) problems.push({ problem: 'INSERTED', seq: head.seq + 1, message: `entry #${head.seq + 1} and those after it lie beyond the head (#${head.seq}): they were inserted` });
    else if (last < head.seq) problems.push({ problem: 'TRUNCATED', seq: last + 1, message: `the log was truncated: it ends at #${last}, the head records ${head.seq} entries` });
    else if (last === head.seq && prevHash !== head.hash) problems.push({ problem: 'REPLACED', message: `the log was replaced: its last entry #${last} is not the one the head records` });
  }
  if (filed) {
    if (last < filed.count) problems.push({ problem: 'TRUNCATED', seq: last + 1, message: `the log was truncated: it holds ${last} entries, the filed digest ${filed.count}` });
    else if (!chainBroken && hashAt.get(filed.count) !== filed.hash && !(filed.count === 0 && filed.hash === GENESIS)) {
      problems.push({ problem: 'REPLACED', seq: filed.count, message: `the log was replaced: entry #${filed.count} is not the one the filed digest records` });
    }
  }

  // 3. every recorded table against the log
  for (const kind of Object.keys(HISTORY_KINDS) as HistoryKind[]) {
    const { table } = HISTORY_KINDS[kind];
    let found = 0;
    let after = 0;
    for (;;) {
      const rows: Array<Record<string, unknown>> = await q(`SELECT * FROM ${table} WHERE id > ? ORDER BY id LIMIT ?`, [after, PAGE]);
      if (!rows.length || found >= RECORD_PROBLEMS) break;
      after = Number(rows[rows.length - 1].id);
      const ids = rows.map((r) => Number(r.id));
      const latest = new Map<number, { seq: number; action: string; payload: string }>();
      for (let i = 0; i < ids.length; i += 500) {
        const part = ids.slice(i, i + 500);
        const logged = await q(`SELECT seq, recordId, action, payload FROM history_log WHERE kind = ? AND recordId IN (${part.map(() => '?').join(', ')}) ORDER BY seq`, [kind, ...part]);
        for (const e of logged) latest.set(Number(e.recordId), { seq: Number(e.seq), action: e.action, payload: e.payload });
      }
      for (const row of rows) {
        if (found >= RECORD_PROBLEMS) break;
        const id = Number(row.id);
        const entry = latest.get(id);
        if (!entry || entry.action === 'DELETED') {
          found += 1;
          problems.push({ problem: 'RECORD_NOT_LOGGED', kind, recordId: id, message: `${table} ${id} has no entry in the log: it was written outside the application` });
          continue;
        }
        if (canonical(row, Object.keys(JSON.parse(entry.payload))) !== entry.payload) {
          found += 1;
          problems.push({ problem: 'RECORD_CHANGED', seq: entry.seq, kind, recordId: id, message: `${table} ${id} was changed after entry #${entry.seq} recorded it` });
        }
      }
    }
    if (found >= RECORD_PROBLEMS) continue;
    const gone = await q(
      `SELECT h.seq, h.recordId FROM history_log h WHERE h.kind = ? AND h.action <> 'DELETED'
        AND NOT EXISTS (SELECT 1 FROM ${table} t WHERE t.id = h.recordId)
        AND NOT EXISTS (SELECT 1 FROM history_log d WHERE d.kind = h.kind AND d.recordId = h.recordId AND d.seq > h.seq)
        ORDER BY h.seq LIMIT ?`,
      [kind, RECORD_PROBLEMS - found],
    );
    for (const g of gone) problems.push({ problem: 'RECORD_REMOVED', seq: Number(g.seq), kind, recordId: Number(g.recordId), message: `${table} ${Number(g.recordId)} was removed (entry #${Number(g.seq)} recorded it)` });
  }
  return { ok: problems.length === 0, entries, head, problems };
}

export interface HistoryDigest {
  /** The day in Vietnam the digest was made, YYYY-MM-DD. */
  day: string;
  count: number;
  hash: string;
  /** The printable text an office files away. */
  text: string;
}

/** The head kept apart from the log, as a digest to print and file (a scheduled job calls this daily). */
export async function historyDigest(db: Database, clock: Clock = new Clock()): Promise<HistoryDigest> {
  const [head] = await db.dataSource.query('SELECT seq, hash FROM history_head WHERE id = 1');
  const count = Number(head?.seq ?? 0);
  const hash = String(head?.hash ?? GENESIS);
  const day = clock.today();
  const [y, mo, d] = day.split('-');
  const text = [
    'CHỈ ĐẠO — BẢN TÓM LƯỢC NHẬT KÝ (HISTORY DIGEST)',
    `Ngày / Date: ${d}/${mo}/${y}`,
    `Số mục / Entries: ${count}`,
    `Mã băm cuối (SHA-256) / Head hash: ${hash}`,
    `Kiểm tra / Verify: npm run verify-history -- --digest ${count}:${hash}`,
    'Lưu bản này; một nhật ký bị cắt bớt hay thay thế sẽ không khớp. / File this copy: a truncated or replaced log will not match it.',
  ].join('\n');
  return { day, count, hash, text };
}

/**
 * Enters records older than the log into it, once (an upgraded database): after that the head is
 * marked and records without an entry are reported as forged, never entered.
 */
export async function baselineHistory(db: Database): Promise<number> {
  const [head] = await db.dataSource.query('SELECT baselined FROM history_head WHERE id = 1');
  if (!head || Number(head.baselined) === 1 || head.baselined === true) return 0;
  let total = 0;
  await db.transaction(async (m) => {
    for (const kind of Object.keys(HISTORY_KINDS) as HistoryKind[]) {
      const rows: Array<{ id: number }> = await m.query(
        `SELECT t.id FROM ${HISTORY_KINDS[kind].table} t WHERE NOT EXISTS (SELECT 1 FROM history_log h WHERE h.kind = ? AND h.recordId = t.id) ORDER BY t.id`, [kind],
      );
      noteHistory(m, kind, rows.map((r) => r.id), 'CREATED');
      total += rows.length;
    }
    await flushHistory(m, db.family);
    await m.query('UPDATE history_head SET baselined = ? WHERE id = 1', [1]);
  });
  return total;
}
