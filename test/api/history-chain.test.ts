import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { entryHash, GENESIS, noteHistory } from '../../server/src/modules/history/history.js';
import { historyDigest, verifyHistory, type HistoryReport } from '../../server/src/modules/history/history-verify.js';
import { CREATE_TASK, REPORT, buildWorld, vietnamTime, type World } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The event log as an attacker with the database's root password meets it: every way of
 * rewriting it is tried, each on a copy of the same genuine log, and `verifyHistory` must name
 * what was done and where. Runs on SQLite, and on MariaDB when TEST_DATABASE_URL is set.
 */
let server: TestServer;
let w: World;
let genuine: Array<Record<string, unknown>>;
let genuineHead: { seq: number; hash: string };
const sql = (q: string, params: unknown[] = []) => server.db.dataSource.query(q, params) as Promise<any[]>;

const TRIGGERS = {
  sqlite: {
    drop: ['DROP TRIGGER IF EXISTS history_log_no_update', 'DROP TRIGGER IF EXISTS history_log_no_delete', 'DROP TRIGGER IF EXISTS task_event_no_update', 'DROP TRIGGER IF EXISTS task_event_no_delete'],
    create: [
      "CREATE TRIGGER history_log_no_update BEFORE UPDATE ON history_log BEGIN SELECT RAISE(ABORT, 'the history log is append-only'); END",
      "CREATE TRIGGER history_log_no_delete BEFORE DELETE ON history_log BEGIN SELECT RAISE(ABORT, 'the history log is append-only'); END",
      "CREATE TRIGGER task_event_no_update BEFORE UPDATE ON task_event BEGIN SELECT RAISE(ABORT, 'task history is append-only'); END",
      "CREATE TRIGGER task_event_no_delete BEFORE DELETE ON task_event BEGIN SELECT RAISE(ABORT, 'task history is append-only'); END",
    ],
  },
  mariadb: {
    drop: ['DROP TRIGGER IF EXISTS history_log_no_update', 'DROP TRIGGER IF EXISTS history_log_no_delete', 'DROP TRIGGER IF EXISTS task_event_no_update', 'DROP TRIGGER IF EXISTS task_event_no_delete'],
    create: [
      "CREATE TRIGGER history_log_no_update BEFORE UPDATE ON history_log FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the history log is append-only'",
      "CREATE TRIGGER history_log_no_delete BEFORE DELETE ON history_log FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the history log is append-only'",
      "CREATE TRIGGER task_event_no_update BEFORE UPDATE ON task_event FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'task history is append-only'",
      "CREATE TRIGGER task_event_no_delete BEFORE DELETE ON task_event FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'task history is append-only'",
    ],
  },
};

/** What an attacker does: the triggers dropped around the statements, and put back after. */
async function tamper(...statements: Array<string | [string, unknown[]]>): Promise<void> {
  const t = TRIGGERS[server.family];
  for (const s of t.drop) await sql(s);
  try {
    for (const s of statements) await (typeof s === 'string' ? sql(s) : sql(s[0], s[1]));
  } finally {
    for (const s of t.create) await sql(s);
  }
}

/** The genuine log back in place between cases. */
async function restore(): Promise<void> {
  const stmts: Array<string | [string, unknown[]]> = ['DELETE FROM history_log'];
  for (let i = 0; i < genuine.length; i += 100) {
    const part = genuine.slice(i, i + 100);
    stmts.push([`INSERT INTO history_log (seq, kind, recordId, action, payload, prevHash, hash) VALUES ${part.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      part.flatMap((r) => [r.seq, r.kind, r.recordId, r.action, r.payload, r.prevHash, r.hash])]);
  }
  stmts.push(['UPDATE history_head SET seq = ?, hash = ? WHERE id = 1', [genuineHead.seq, genuineHead.hash]]);
  await tamper(...stmts);
}

const entry = (seq: number) => genuine.find((r) => Number(r.seq) === seq)!;
/** Renumbers entries from `from` on by `delta`, through negative numbers so no two collide. */
const shift = (from: number, delta: number): string[] => [
  `UPDATE history_log SET seq = -seq WHERE seq >= ${from}`,
  `UPDATE history_log SET seq = -seq + (${delta}) WHERE seq < 0`,
];
const first = (r: HistoryReport) => r.problems[0] && { problem: r.problems[0].problem, seq: r.problems[0].seq };

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set(vietnamTime('2024-05-02'));
  w = await buildWorld(server);
  for (let i = 0; i < 3; i += 1) {
    const task = (await server.gql(CREATE_TASK, { title: `Sổ cái ${i}`, leadUnitId: w.communeA, assigneeIds: [w.officialA] })).data.createTask;
    const res = await server.gql(REPORT, { taskId: task.id, state: 'IN_PROGRESS', percentDone: 40, note: 'Đang làm' }, { actor: w.officialA });
    expect(res.errors).toBeUndefined();
  }
  genuine = await sql('SELECT * FROM history_log ORDER BY seq');
  const [head] = await sql('SELECT seq, hash FROM history_head WHERE id = 1');
  genuineHead = { seq: Number(head.seq), hash: head.hash };
});
afterAll(() => server?.stop());
beforeEach(restore);

describe('the event log', () => {
  it('holds every audit trail in one chain that verifies, with its head kept apart', async () => {
    const kinds = new Set(genuine.map((r) => r.kind));
    // accounts, their roles, task events and progress reports all went through the API above
    expect([...kinds].sort()).toEqual(['account', 'account_role', 'task_event', 'task_update']);
    expect(genuine.map((r) => Number(r.seq))).toEqual(Array.from({ length: genuine.length }, (_, i) => i + 1));
    expect(genuine[0].prevHash).toBe(GENESIS);
    expect(genuineHead).toEqual({ seq: genuine.length, hash: genuine[genuine.length - 1].hash });
    const report = await verifyHistory(server.db);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    // no password hash is ever copied into the log
    expect(genuine.some((r) => String(r.payload).includes('passwordHash'))).toBe(false);
  });

  it('prints a digest an office can file, which verification then checks against', async () => {
    const digest = await historyDigest(server.db, server.clock);
    expect(digest.count).toBe(genuine.length);
    expect(digest.hash).toBe(genuineHead.hash);
    expect(digest.text).toContain('Ngày / Date: 02/05/2024');
    expect(digest.text).toContain(`Số mục / Entries: ${genuine.length}`);
    expect(digest.text).toContain(genuineHead.hash);
    expect((await verifyHistory(server.db, { count: digest.count, hash: digest.hash })).ok).toBe(true);
  });

  it('20 appends at once stay one chain without gaps', async () => {
    const before = (await historyDigest(server.db, server.clock)).count;
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => server.gql(CREATE_TASK, { title: `Song song ${i}`, leadUnitId: w.communeB })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const report = await verifyHistory(server.db);
    expect(report.problems).toEqual([]);
    expect(report.entries).toBe(before + 20);
    // put the tasks' rows out of the way of the next cases: their log entries are restored away
    genuine = await sql('SELECT * FROM history_log ORDER BY seq');
    const [head] = await sql('SELECT seq, hash FROM history_head WHERE id = 1');
    genuineHead = { seq: Number(head.seq), hash: head.hash };
  });
});

describe('tampering with the log is named, entry by entry', () => {
  it('a changed entry', async () => {
    await tamper(`UPDATE history_log SET payload = REPLACE(payload, 'Đang làm', 'Đã xong') WHERE seq = ${Number(genuine.find((r) => r.kind === 'task_update')!.seq)}`);
    const seq = Number(genuine.find((r) => r.kind === 'task_update')!.seq);
    const report = await verifyHistory(server.db);
    expect(first(report)).toEqual({ problem: 'CHANGED', seq });
    expect(report.problems[0].message).toContain(`entry #${seq}`);
  });

  it('a changed entry sealed again (its own hash recomputed)', async () => {
    const e = entry(5);
    const payload = String(e.payload).replace(/"id":\d+/, '"id":999');
    await tamper([`UPDATE history_log SET payload = ?, hash = ? WHERE seq = 5`, [payload, entryHash(String(e.prevHash), 5, String(e.kind), Number(e.recordId), String(e.action), payload)]]);
    expect(first(await verifyHistory(server.db))).toEqual({ problem: 'CHANGED', seq: 5 });
  });

  it('a removed entry', async () => {
    await tamper('DELETE FROM history_log WHERE seq = 7');
    expect(first(await verifyHistory(server.db))).toEqual({ problem: 'REMOVED', seq: 7 });
  });

  it('a removed entry, the ones after renumbered and the head moved back', async () => {
    await tamper('DELETE FROM history_log WHERE seq = 7', ...shift(8, -1), ['UPDATE history_head SET seq = ? WHERE id = 1', [genuineHead.seq - 1]]);
    expect(first(await verifyHistory(server.db))).toEqual({ problem: 'REMOVED', seq: 7 });
  });

  it('an inserted entry, sealed and linked, the ones after renumbered', async () => {
    const before = entry(4);
    const payload = String(entry(5).payload);
    const forged = entryHash(String(before.hash), 5, String(entry(5).kind), 1, 'CREATED', payload);
    await tamper(...shift(5, 1),
      ['INSERT INTO history_log (seq, kind, recordId, action, payload, prevHash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)', [5, entry(5).kind, 1, 'CREATED', payload, before.hash, forged]],
      ['UPDATE history_head SET seq = ? WHERE id = 1', [genuineHead.seq + 1]]);
    expect(first(await verifyHistory(server.db))).toEqual({ problem: 'INSERTED', seq: 5 });
  });

  it('an entry added after the last one, sealed and linked', async () => {
    const last = genuine[genuine.length - 1];
    const seq = genuineHead.seq + 1;
    const payload = String(last.payload);
    await tamper(['INSERT INTO history_log (seq, kind, recordId, action, payload, prevHash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [seq, last.kind, last.recordId, 'UPDATED', payload, last.hash, entryHash(String(last.hash), seq, String(last.kind), Number(last.recordId), 'UPDATED', payload)]]);
    expect(first(await verifyHistory(server.db))).toEqual({ problem: 'INSERTED', seq });
  });

  it('two entries swapped (re-ordered)', async () => {
    await tamper('UPDATE history_log SET seq = -1 WHERE seq = 4', 'UPDATE history_log SET seq = 4 WHERE seq = 6', 'UPDATE history_log SET seq = 6 WHERE seq = -1');
    const report = await verifyHistory(server.db);
    expect(first(report)).toEqual({ problem: 'REORDERED', seq: 4 });
    expect(report.problems[0].message).toContain('sealed as #6');
  });

  it('a truncated log: the tail cut off', async () => {
    await tamper('DELETE FROM history_log WHERE seq > 10');
    const report = await verifyHistory(server.db);
    expect(first(report)).toEqual({ problem: 'TRUNCATED', seq: 11 });
    expect(report.problems[0].message).toContain(`the head records ${genuineHead.seq} entries`);
  });

  it('a truncated log: emptied (TRUNCATE on MariaDB) with the head reset too', async () => {
    await tamper(server.family === 'mariadb' ? 'TRUNCATE TABLE history_log' : 'DELETE FROM history_log', ['UPDATE history_head SET seq = 0, hash = ? WHERE id = 1', [GENESIS]]);
    const report = await verifyHistory(server.db, { count: genuineHead.seq, hash: genuineHead.hash });
    expect(first(report)).toEqual({ problem: 'TRUNCATED', seq: 1 });
    // and without the filed digest, the records themselves have lost their entries
    const alone = await verifyHistory(server.db);
    expect(alone.ok).toBe(false);
    expect(alone.problems.map((p) => p.problem)).toContain('RECORD_NOT_LOGGED');
  });

  it('a replaced log: another chain, sealed end to end, with a head to match', async () => {
    // the attacker rewrites entry 3 and seals everything after it again, head included
    const rows = genuine.map((r) => ({ ...r }));
    let prev = GENESIS;
    const stmts: Array<string | [string, unknown[]]> = ['DELETE FROM history_log'];
    for (const r of rows) {
      if (Number(r.seq) === 3) r.action = 'UPDATED';
      r.prevHash = prev;
      r.hash = entryHash(prev, Number(r.seq), String(r.kind), Number(r.recordId), String(r.action), String(r.payload));
      prev = String(r.hash);
      stmts.push(['INSERT INTO history_log (seq, kind, recordId, action, payload, prevHash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)', [r.seq, r.kind, r.recordId, r.action, r.payload, r.prevHash, r.hash]]);
    }
    stmts.push(['UPDATE history_head SET hash = ? WHERE id = 1', [prev]]);
    await tamper(...stmts);
    const report = await verifyHistory(server.db, { count: genuineHead.seq, hash: genuineHead.hash });
    expect(first(report)).toEqual({ problem: 'REPLACED', seq: genuineHead.seq });
  });

  it('a replaced head: the log does not end where the head says', async () => {
    await tamper(['UPDATE history_head SET hash = ? WHERE id = 1', ['f'.repeat(64)]]);
    expect(first(await verifyHistory(server.db))).toEqual({ problem: 'REPLACED', seq: undefined });
  });
});

describe('tampering with the recorded tables is named too', () => {
  it('a forged task event (inserted straight into the table)', async () => {
    const [task] = await sql('SELECT id FROM task ORDER BY id LIMIT 1');
    await tamper(["INSERT INTO task_event (taskId, at, action, reason) VALUES (?, ?, 'ACCEPTED', 'giả mạo')", [task.id, '2024-05-02 02:00:00.000']]);
    const [forged] = await sql("SELECT id FROM task_event WHERE reason = 'giả mạo'");
    const report = await verifyHistory(server.db);
    expect(report.problems.map((p) => [p.problem, p.kind, p.recordId])).toEqual([['RECORD_NOT_LOGGED', 'task_event', Number(forged.id)]]);
    await tamper(['DELETE FROM task_event WHERE id = ?', [forged.id]]);
  });

  it('a task event rewritten with the trigger dropped around the UPDATE', async () => {
    const [ev] = await sql('SELECT id, reason FROM task_event ORDER BY id LIMIT 1');
    await tamper(['UPDATE task_event SET reason = ? WHERE id = ?', ['sửa lén', ev.id]]);
    const report = await verifyHistory(server.db);
    expect(report.problems.map((p) => [p.problem, p.kind, p.recordId])).toEqual([['RECORD_CHANGED', 'task_event', Number(ev.id)]]);
    await tamper(['UPDATE task_event SET reason = ? WHERE id = ?', [ev.reason, ev.id]]);
    expect((await verifyHistory(server.db)).ok).toBe(true);
  });

  it.runIf(process.env.TEST_DATABASE_URL === undefined)('a task event rewritten by INSERT OR REPLACE (SQLite)', async () => {
    const [ev] = await sql('SELECT * FROM task_event ORDER BY id LIMIT 1');
    await sql('INSERT OR REPLACE INTO task_event (id, taskId, at, actorOfficialId, actorAccountId, action, field, before, after, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [ev.id, ev.taskId, ev.at, ev.actorOfficialId, ev.actorAccountId, 'DELETED', ev.field, ev.before, ev.after, ev.reason]);
    const report = await verifyHistory(server.db);
    expect(report.problems.map((p) => [p.problem, p.kind, p.recordId])).toEqual([['RECORD_CHANGED', 'task_event', Number(ev.id)]]);
    await tamper(['UPDATE task_event SET action = ? WHERE id = ?', [ev.action, ev.id]]);
  });

  it('a progress report changed, another removed', async () => {
    const [a, b] = await sql('SELECT id, note FROM task_update ORDER BY id LIMIT 2');
    const [row] = await sql('SELECT * FROM task_update WHERE id = ?', [b.id]);
    await sql('UPDATE task_update SET percentDone = 100 WHERE id = ?', [a.id]);
    await sql('DELETE FROM task_update WHERE id = ?', [b.id]);
    const report = await verifyHistory(server.db);
    expect(report.problems.map((p) => [p.problem, p.kind, p.recordId])).toEqual([['RECORD_CHANGED', 'task_update', Number(a.id)], ['RECORD_REMOVED', 'task_update', Number(b.id)]]);
    await sql('UPDATE task_update SET percentDone = 40 WHERE id = ?', [a.id]);
    await sql('INSERT INTO task_update (id, taskId, officialId, reportedAt, reportedOn, state, percentDone, note, evidenceLinks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [row.id, row.taskId, row.officialId, row.reportedAt, row.reportedOn, row.state, row.percentDone, row.note, row.evidenceLinks]);
    expect((await verifyHistory(server.db)).problems).toEqual([]);
  });

  it('an account enabled behind the log\'s back', async () => {
    const [acc] = await sql("SELECT id FROM account WHERE username = 'canbo-b'");
    await sql('UPDATE account SET disabled = 1 WHERE id = ?', [acc.id]);
    const report = await verifyHistory(server.db);
    expect(report.problems.map((p) => [p.problem, p.kind, p.recordId])).toEqual([['RECORD_CHANGED', 'account', Number(acc.id)]]);
    await sql('UPDATE account SET disabled = 0 WHERE id = ?', [acc.id]);
  });

  it('a refused change leaves nothing in the log, not even for the next transaction', async () => {
    const before = (await historyDigest(server.db, server.clock)).count;
    const [acc] = await sql("SELECT id FROM account WHERE username = 'canbo-b'");
    await expect(server.db.transaction(async (m) => {
      await m.query('UPDATE account SET disabled = 1 WHERE id = ?', [acc.id]);
      noteHistory(m, 'account', [acc.id], 'UPDATED');
      throw new Error('refused after the write');
    })).rejects.toThrow('refused after the write');
    await server.db.transaction(async () => undefined);
    expect((await historyDigest(server.db, server.clock)).count).toBe(before);
    expect((await verifyHistory(server.db)).problems).toEqual([]);
  });

  it('signing in moves no history: counters are not part of an account\'s record', async () => {
    const before = (await historyDigest(server.db, server.clock)).count;
    await server.login('canbo-b', 'wrong-password').catch(() => undefined);
    await server.login('canbo-b', 'mat-khau-thu-1');
    expect((await historyDigest(server.db, server.clock)).count).toBe(before);
    expect((await verifyHistory(server.db)).ok).toBe(true);
  });
});
