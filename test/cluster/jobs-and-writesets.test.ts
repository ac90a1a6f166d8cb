import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database.js';
import { JobRun } from '../../server/src/jobs/job-run.entity.js';
import { runOncePerPeriod } from '../../server/src/jobs/lease.js';
import { Scheduler, type ScheduledJob } from '../../server/src/jobs/scheduler.js';
import { buildWorld, vietnamTime, type World } from '../support/fixtures.js';
import { TEST_PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { NODES, serverOn, useNodeOne, type ClusterServer } from './cluster.js';

/**
 * Two servers on two different nodes: scheduled work runs once per period (the lease row is
 * certified cluster-wide), and the largest transactions stay within the cluster's write-set limit
 * (wsrep_max_ws_size, 128 MiB in test/support/galera.sh).
 */
let base: TestServer;
let w: World;
let a: ClusterServer;
let b: ClusterServer;
const WS_LIMIT = 128 * 1024 * 1024;

beforeAll(async () => {
  useNodeOne();
  base = await startTestServer();
  base.clock.set(vietnamTime('2024-01-05'));
  w = await buildWorld(base);
  const token = await base.login('root', TEST_PASSWORD);
  a = await serverOn(base, NODES[0], 'node1', token);
  b = await serverOn(base, NODES[1], 'node2', token);
}, 240_000);
afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await base?.stop();
});

/** Bytes this node has sent as write sets so far (its own transactions only). */
async function replicatedBytes(db: Database): Promise<number> {
  const rows = await db.dataSource.query(`SHOW GLOBAL STATUS LIKE 'wsrep_replicated_bytes'`);
  return Number(rows[0].Value);
}

describe('scheduled work with two servers on two nodes', () => {
  it('runs once per period: 12 days, both servers ticking twice at once each day', async () => {
    const runs: string[] = [];
    const job = (who: string): ScheduledJob => ({
      name: 'cluster-daily',
      periodOf: (now) => now.toISOString().slice(0, 10),
      run: async (period) => {
        runs.push(`${who}:${period}`);
        await new Promise((r) => setTimeout(r, 10));
      },
    });
    const log = pino({ level: 'silent' });
    const sa = new Scheduler(a.db, a.clock, log, [job('a')], { holder: 'server-a' });
    const sb = new Scheduler(b.db, b.clock, log, [job('b')], { holder: 'server-b' });
    const days = Array.from({ length: 12 }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`);
    const outcomes: string[] = [];
    for (const day of days) {
      a.clock.set(`${day}T02:00:00.000Z`);
      b.clock.set(`${day}T02:00:00.000Z`);
      for (const o of await Promise.all([sa.tick(), sb.tick(), sb.tick(), sa.tick()])) outcomes.push(o['cluster-daily']);
    }
    const perDay = days.map((d) => runs.filter((r) => r.endsWith(d)).length);
    const rows = await base.db.manager.find(JobRun, { where: { job: 'cluster-daily' }, order: { period: 'ASC' } });
    console.log(`[figures] lease: ${days.length} days × 4 ticks on 2 nodes → runs per day ${JSON.stringify(perDay)}; by server a ${runs.filter((r) => r.startsWith('a:')).length}, b ${runs.filter((r) => r.startsWith('b:')).length}; tick outcomes ${JSON.stringify(Object.fromEntries(['ran', 'skipped', 'failed'].map((k) => [k, outcomes.filter((o) => o === k).length])))}`);
    expect(perDay).toEqual(Array(12).fill(1));
    expect(rows.map((r) => [r.period, r.state, r.attempts])).toEqual(days.map((d) => [d, 'DONE', 1]));
  });

  it('a lease whose server died is taken over by exactly one of two servers on different nodes', async () => {
    a.clock.set('2026-12-20T02:00:00.000Z');
    b.clock.set('2026-12-20T02:00:00.000Z');
    const base0 = { job: 'cluster-takeover', state: 'RUNNING' as const, holder: 'dead-server', startedAt: new Date('2026-12-20T00:00:00.000Z'), leaseUntil: new Date('2026-12-20T00:30:00.000Z'), finishedAt: null, attempts: 1, error: null };
    const periods = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'];
    await a.db.manager.getRepository(JobRun).insert(periods.map((period) => ({ ...base0, period })));
    const runs: string[] = [];
    const attempt = (s: ClusterServer, who: string, period: string) =>
      runOncePerPeriod(s.db, s.clock, 'cluster-takeover', period, async () => { runs.push(`${who}:${period}`); }, { holder: who }).catch(() => 'failed' as const);
    const outcomes = await Promise.all(periods.flatMap((p) => [attempt(a, 'a', p), attempt(b, 'b', p)]));
    console.log(`[figures] lease takeover: ${periods.length} expired leases, 2 servers on 2 nodes → ${runs.length} runs; outcomes ${JSON.stringify(outcomes)}`);
    expect(periods.map((p) => runs.filter((r) => r.endsWith(`:${p}`)).length)).toEqual(Array(8).fill(1));
  });
});

describe('large transactions and the write-set limit', () => {
  it('a 10,000-row KPI import through node 2 is one write set well under the limit', async () => {
    const lines = ['ma_don_vi;ky;tong_diem;TDGQ;TDGQ.1 %'];
    for (let i = 0; i < 10_000; i += 1) {
      lines.push(`${i % 2 === 0 ? 'D-A' : 'D-B'};T${1 + (Math.floor(i / 2) % 12)}/${2030 + Math.floor(i / 24)};18,5;18,5;92,5`);
    }
    const before = await replicatedBytes(b.db);
    const res = await b.gql(`mutation($f: String!, $c: String!) { importIndicatorResults(fileName: $f, content: $c) { saved imported } }`,
      { f: 'lon.csv', c: Buffer.from(`${lines.join('\n')}\n`, 'utf8').toString('base64') });
    const bytes = (await replicatedBytes(b.db)) - before;
    console.log(`[figures] write set of a 10,000-row import: ${(bytes / 1024 / 1024).toFixed(1)} MiB (limit 128 MiB)`);
    expect(res.data?.importIndicatorResults).toEqual({ saved: true, imported: 10_000 });
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(WS_LIMIT / 4);
  });

  it('opening a cycle writes a bounded set per official: a province of 20,000 stays under the limit', async () => {
    const OFFICIALS = 40;
    for (let i = 0; i < OFFICIALS; i += 1) {
      const o = (await a.gql(`mutation($n: String!) { createOfficial(fullName: $n, category: CONG_CHUC) { id } }`, { n: `Cán Bộ Mở Kỳ ${i + 1}` })).data.createOfficial.id;
      await a.gql(`mutation($o: ID!, $u: ID!) { createOfficialAssignment(officialId: $o, unitId: $u, position: "Công chức", role: MEMBER, dutyGroup: OTHER, validFrom: "2020-01-01") { id } }`, { o, u: w.office });
    }
    a.clock.set(vietnamTime('2024-12-01'));
    const before = await replicatedBytes(a.db);
    const res = await a.gql(`mutation($u: ID!) { createEvaluationCycle(year: 2024, unitId: $u, opensOn: "2024-12-01", closesOn: "2024-12-14") { id } }`, { u: w.office });
    const bytes = (await replicatedBytes(a.db)) - before;
    const perOfficial = bytes / OFFICIALS;
    const province = perOfficial * 20_000;
    console.log(`[figures] write set of opening a cycle: ${bytes} bytes for ${OFFICIALS} officials, ${Math.round(perOfficial)} bytes each → ${(province / 1024 / 1024).toFixed(1)} MiB for 20,000 officials (limit 128 MiB)`);
    expect(res.errors).toBeUndefined();
    expect(province).toBeLessThan(WS_LIMIT);
  });
});
