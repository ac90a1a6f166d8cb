import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_TASK, HISTORY, buildWorld, vietnamTime, type World } from '../support/fixtures.js';
import { TEST_PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { NODES, serverOn, useNodeOne, type ClusterServer } from './cluster.js';

/**
 * Three servers of the product at once, each on its own node of the Galera cluster: a row lock
 * on one node does not block another, so conflicting writes meet at certification (a deadlock
 * error at commit) and must be retried with their checks run again.
 */
let base: TestServer;
let w: World;
let servers: ClusterServer[];
let token: string;

beforeAll(async () => {
  useNodeOne();
  base = await startTestServer();
  base.clock.set(vietnamTime('2024-01-05'));
  w = await buildWorld(base);
  token = await base.login('root', TEST_PASSWORD);
  servers = [
    await serverOn(base, NODES[0], 'node1', token),
    await serverOn(base, NODES[1], 'node2', token),
    await serverOn(base, NODES[2], 'node3', token),
  ];
}, 240_000);
afterAll(async () => {
  for (const s of servers ?? []) await s.stop();
  await base?.stop();
});

const setClocks = (instant: string) => {
  base.clock.set(instant);
  for (const s of servers) s.clock.set(instant);
};

/** A read that waits until this node has applied everything committed anywhere before it. */
async function causal<T = any>(s: ClusterServer, sql: string, params: unknown[] = []): Promise<T[]> {
  const runner = s.db.dataSource.createQueryRunner();
  try {
    await runner.query('SET SESSION wsrep_sync_wait = 1');
    return await runner.query(sql, params);
  } finally {
    await runner.query('SET SESSION wsrep_sync_wait = 0');
    await runner.release();
  }
}

const retries = () => servers.reduce((n, s) => n + s.db.transactionRetries, 0);

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await base.gql(query, variables);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}

describe('the outstanding quota with decisions on three nodes at once', () => {
  it('holds under 20 parallel decisions split across the nodes: exactly one outstanding of 5 good', async () => {
    const officials: string[] = [];
    for (let i = 0; i < 25; i += 1) {
      const id = (await ok(`mutation($n: String!) { createOfficial(fullName: $n, category: CONG_CHUC) { id } }`, { n: `Công Chức Cụm ${i + 1}` })).createOfficial.id;
      await ok(`mutation($o: ID!, $u: ID!) { createOfficialAssignment(officialId: $o, unitId: $u, position: "Công chức", role: MEMBER, dutyGroup: OTHER, validFrom: "2020-01-01") { id } }`, { o: id, u: w.communeB });
      officials.push(id);
    }
    setClocks(vietnamTime('2024-12-01'));
    const cycleId = (await ok(`mutation($u: ID!) { createEvaluationCycle(year: 2024, unitId: $u, opensOn: "2024-12-01", closesOn: "2024-12-14") { id } }`, { u: w.communeB })).createEvaluationCycle.id;
    const evaluations = (await ok(`query($c: ID) { allEvaluations(filter: { cycleId: $c }, perPage: 100) { id officialId } }`, { c: cycleId })).allEvaluations as Array<{ id: string; officialId: string }>;
    const ids = officials.map((o) => evaluations.find((e) => e.officialId === o)!.id);
    for (const id of ids) {
      await ok(`mutation($id: ID!) { proposeRating(id: $id, level: GOOD, comment: "Đề xuất") { state } }`, { id });
      await ok(`mutation($id: ID!) { reviewRating(id: $id, comment: "Đã thẩm định") { state } }`, { id });
    }
    await ok(`mutation($d: [DecisionInput!]!) { decideRatings(decisions: $d) { id } }`, { d: ids.slice(0, 5).map((id) => ({ evaluationId: id, level: 'GOOD' })) });

    const DECIDE = `mutation($id: ID!) { decideRating(id: $id, level: OUTSTANDING) { decidedLevel } }`;
    const retriesBefore = retries();
    const results = await Promise.all(ids.slice(5).map((id, i) => servers[i % 3].gql(DECIDE, { id })));
    const codes = results.map((r) => (r.errors ? r.errors[0].extensions.code : 'OK'));
    const rows = await causal(servers[1], `SELECT decidedLevel AS level, COUNT(*) AS n FROM evaluation WHERE cycleId = ? AND state = 'DECIDED' GROUP BY decidedLevel`, [Number(cycleId)]);
    const outstanding = Number(rows.find((r) => r.level === 'OUTSTANDING')?.n ?? 0);
    console.log(`[figures] quota: 20 decisions on 3 nodes → ${codes.filter((c) => c === 'OK').length} accepted, ${codes.filter((c) => c === 'CONFLICT').length} refused by the quota, other: ${JSON.stringify(codes.filter((c) => c !== 'OK' && c !== 'CONFLICT'))}; outstanding stored ${outstanding} of 1 allowed (quota breaks: ${Math.max(0, outstanding - 1)}); transactions retried after a certification conflict: ${retries() - retriesBefore}`);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(19);
    expect(rows.map((r) => [r.level, Number(r.n)]).sort()).toEqual([['GOOD', 5], ['OUTSTANDING', 1]]);
  });
});

describe('optimistic versions across nodes', () => {
  it('50 updates of one task with the same version on three nodes: one wins, 49 conflict, history has one change', async () => {
    setClocks(vietnamTime('2025-03-01'));
    const task = (await base.gql(CREATE_TASK, { title: 'Nhiệm vụ tranh chấp', leadUnitId: w.communeA, startDate: '2025-03-01', deadline: '2025-06-30' })).data.createTask;
    const UPDATE = `mutation($id: ID!, $v: Int!, $t: String!) { updateTask(id: $id, version: $v, title: $t) { version title } }`;
    const retriesBefore = retries();
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => servers[i % 3].gql(UPDATE, { id: task.id, v: task.version, t: `Tiêu đề số ${i + 1}` })));
    const winners = results.filter((r) => !r.errors);
    const codes = results.filter((r) => r.errors).map((r) => r.errors![0].extensions.code);
    const stored = await causal(servers[2], 'SELECT title, version FROM task WHERE id = ?', [Number(task.id)]);
    const history = (await servers[1].gql(HISTORY, { taskId: task.id })).data.allTaskEvents as Array<{ action: string; field: string | null; after: string }>;
    const changes = history.filter((h) => h.field === 'title');
    console.log(`[figures] versions: 50 updates on 3 nodes → ${winners.length} won, ${codes.filter((c) => c === 'CONFLICT').length} CONFLICT, other: ${JSON.stringify(codes.filter((c) => c !== 'CONFLICT'))}; title changes in history ${changes.length}; lost updates ${winners.length === 1 && stored[0].title === winners[0].data.updateTask.title ? 0 : 'SOME'}; retried after a certification conflict: ${retries() - retriesBefore}`);
    expect(winners).toHaveLength(1);
    expect(codes).toEqual(Array(49).fill('CONFLICT'));
    expect(stored).toEqual([{ title: winners[0].data.updateTask.title, version: task.version + 1 }]);
    expect(changes).toHaveLength(1);
    expect(changes[0].after).toContain(winners[0].data.updateTask.title);
  });
});

describe('what Galera needs of the schema', () => {
  it('every table has a primary key', async () => {
    const database = new URL(base.settings.url!).pathname.slice(1);
    const missing = await base.db.dataSource.query(
      `SELECT t.TABLE_NAME AS name FROM information_schema.TABLES t
        WHERE t.TABLE_SCHEMA = ? AND t.TABLE_TYPE = 'BASE TABLE'
          AND NOT EXISTS (SELECT 1 FROM information_schema.TABLE_CONSTRAINTS c
                           WHERE c.TABLE_SCHEMA = t.TABLE_SCHEMA AND c.TABLE_NAME = t.TABLE_NAME AND c.CONSTRAINT_TYPE = 'PRIMARY KEY')`,
      [database],
    );
    const tables = await base.db.dataSource.query(`SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'`, [database]);
    expect(Number(tables[0].n)).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});
