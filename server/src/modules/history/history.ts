import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/**
 * The event log every audit trail is appended to, as a hash chain.
 *
 * Services say what they wrote with `noteHistory(m, kind, ids)` (or `noteDeletion` before a
 * delete); `Database.transaction` calls `flushHistory` as the last step of the same transaction:
 * it reads the noted rows back, locks the chain head (one row, `SELECT … FOR UPDATE` on MariaDB;
 * SQLite transactions are serialised already), appends one entry per row and moves the head. The
 * head is the only shared row and it is locked only for those last statements before commit.
 */

/** What the log records, and from which table. `columns`: the columns that count (null: all). */
export const HISTORY_KINDS = {
  task_event: { table: 'task_event', columns: null },
  task_update: { table: 'task_update', columns: null },
  evaluation_step: { table: 'evaluation_step', columns: null },
  indicator_result: { table: 'indicator_result', columns: null },
  // never the password hash, nor the counters every sign-in moves
  account: { table: 'account', columns: ['id', 'username', 'officialId', 'disabled', 'passwordTemporary', 'createdAt'] },
  account_role: { table: 'account_role', columns: null },
  // the level above confirms or corrects a unit's rating: who, when and which level is evidence
  unit_rating: { table: 'unit_rating', columns: null },
} as const satisfies Record<string, { table: string; columns: readonly string[] | null }>;

export type HistoryKind = keyof typeof HISTORY_KINDS;
export type HistoryAction = 'CREATED' | 'UPDATED' | 'DELETED' | 'PASSWORD_SET';

/** The hash the first entry links to. */
export const GENESIS = '0'.repeat(64);

interface Pending {
  kind: HistoryKind;
  id: number;
  action: HistoryAction;
  /** A deleted row, read before it went. */
  payload?: string;
}

const pending = new WeakMap<object, Pending[]>();

function keyOf(m: EntityManager): object {
  const runner = m.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('history can only be recorded inside db.transaction');
  return runner;
}

/** Records that rows of `kind` were written in this transaction; they are logged at its end. */
export function noteHistory(m: EntityManager, kind: HistoryKind, ids: Array<number | string>, action: HistoryAction = 'CREATED'): void {
  const key = keyOf(m);
  const list = pending.get(key) ?? [];
  for (const id of ids) list.push({ kind, id: Number(id), action });
  pending.set(key, list);
}

/** Call before deleting: the rows are read now, as they were, and logged as deleted. */
export async function noteDeletion(m: EntityManager, kind: HistoryKind, ids: Array<number | string>): Promise<void> {
  const key = keyOf(m);
  const rows = await readRows(m, kind, ids.map(Number));
  const list = pending.get(key) ?? [];
  for (const row of rows) list.push({ kind, id: Number(row.id), action: 'DELETED', payload: canonicalRow(kind, row) });
  pending.set(key, list);
}

/** A value as the encoding writes it: the same row read twice always encodes the same. */
function canonicalValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString('hex');
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/** Canonical encoding of a row: JSON with the columns in sorted order and normalised values. */
export function canonical(row: Record<string, unknown>, columns?: readonly string[]): string {
  const keys = [...(columns ?? Object.keys(row))].sort();
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = canonicalValue(row[k]);
  return JSON.stringify(out);
}

export function canonicalRow(kind: HistoryKind, row: Record<string, unknown>): string {
  return canonical(row, HISTORY_KINDS[kind].columns ?? undefined);
}

/** The seal of an entry: sha256 over the previous entry's hash and this entry's fields. */
export function entryHash(prevHash: string, seq: number, kind: string, recordId: number, action: string, payload: string): string {
  return createHash('sha256').update([prevHash, String(seq), kind, String(recordId), action, payload].join('\n')).digest('hex');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export async function readRows(m: EntityManager, kind: HistoryKind, ids: number[]): Promise<Array<Record<string, unknown>>> {
  const out: Array<Record<string, unknown>> = [];
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    if (!part.length) continue;
    out.push(...(await m.query(`SELECT * FROM ${HISTORY_KINDS[kind].table} WHERE id IN (${part.map(() => '?').join(', ')})`, part)));
  }
  return out;
}

/**
 * Forgets what was noted: at the start of a transaction and when it rolls back (SQLite's driver
 * reuses one query runner for every transaction, so nothing may carry over to the next).
 */
export function discardHistory(m: EntityManager): void {
  if (m.queryRunner) pending.delete(m.queryRunner);
}

/** Appends what the transaction noted; the last step before it commits. */
export async function flushHistory(m: EntityManager, family: 'sqlite' | 'mariadb'): Promise<void> {
  const runner = m.queryRunner;
  const list = runner ? pending.get(runner) : undefined;
  if (!runner || !list?.length) return;
  pending.delete(runner);
  const seen = new Set<string>();
  const todo = list.filter((p) => {
    const key = `${p.kind}|${p.id}|${p.action === 'DELETED' ? 'D' : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const payloads = new Map<string, string>();
  for (const kind of new Set(todo.filter((p) => !p.payload).map((p) => p.kind))) {
    const rows = await readRows(m, kind, [...new Set(todo.filter((p) => p.kind === kind && !p.payload).map((p) => p.id))]);
    for (const row of rows) payloads.set(`${kind}|${row.id}`, canonicalRow(kind, row));
  }
  const entries = todo.map((p) => {
    const payload = p.payload ?? payloads.get(`${p.kind}|${p.id}`);
    if (payload === undefined) throw new Error(`history: ${p.kind} ${p.id} was noted but is not in the database`);
    return { ...p, payload };
  });
  await appendEntries(m, family, entries);
}

async function appendEntries(m: EntityManager, family: 'sqlite' | 'mariadb', entries: Array<{ kind: string; id: number; action: string; payload: string }>): Promise<void> {
  const [head] = await m.query(`SELECT seq, hash FROM history_head WHERE id = 1${family === 'mariadb' ? ' FOR UPDATE' : ''}`);
  if (!head) throw new Error('history: the chain head is missing (run the migrations)');
  let seq = Number(head.seq);
  let hash = String(head.hash);
  const rows: unknown[][] = [];
  for (const e of entries) {
    seq += 1;
    const next = entryHash(hash, seq, e.kind, e.id, e.action, e.payload);
    rows.push([seq, e.kind, e.id, e.action, e.payload, hash, next]);
    hash = next;
  }
  for (let i = 0; i < rows.length; i += 200) {
    const part = rows.slice(i, i + 200);
    await m.query(
      `INSERT INTO history_log (seq, kind, recordId, action, payload, prevHash, hash) VALUES ${part.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      part.flat(),
    );
  }
  await m.query('UPDATE history_head SET seq = ?, hash = ? WHERE id = 1', [seq, hash]);
}
