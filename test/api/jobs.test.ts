import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../server/src/db/database.js';
import { openDataSource } from '../../server/src/db/data-source.js';
import { JobRun } from '../../server/src/jobs/job-run.entity.js';
import { runOncePerPeriod } from '../../server/src/jobs/lease.js';
import { Scheduler, type ScheduledJob } from '../../server/src/jobs/scheduler.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Scheduled work runs once per period however many servers run: two schedulers on two
 * connections to one database (two servers), ticking at the same time, do a day's work once.
 */
let server: TestServer;
let second: Database;

beforeAll(async () => {
  server = await startTestServer();
  const ds = await openDataSource(server.settings);
  second = new Database(ds, server.family);
});

afterAll(async () => {
  await second?.dataSource.destroy();
  await server?.stop();
});

const daily = (runs: string[], who: string): ScheduledJob => ({
  name: 'daily-test',
  periodOf: (now) => now.toISOString().slice(0, 10),
  run: async (period) => {
    runs.push(`${who}:${period}`);
    await new Promise((r) => setTimeout(r, 20));
  },
});

describe('a scheduled job across two servers', () => {
  it('runs once per day when both tick together, again the next day, never twice', async () => {
    const runs: string[] = [];
    const log = pino({ level: 'silent' });
    const a = new Scheduler(server.db, server.clock, log, [daily(runs, 'a')], { holder: 'server-a' });
    const b = new Scheduler(second, server.clock, log, [daily(runs, 'b')], { holder: 'server-b' });
    server.clock.set('2026-12-01T01:00:00.000Z');
    await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    expect(runs.filter((r) => r.endsWith('2026-12-01'))).toHaveLength(1);
    await Promise.all([a.tick(), b.tick()]);
    expect(runs).toHaveLength(1);
    server.clock.set('2026-12-02T01:00:00.000Z');
    await Promise.all([b.tick(), a.tick()]);
    expect(runs.filter((r) => r.endsWith('2026-12-02'))).toHaveLength(1);
    expect(runs).toHaveLength(2);
    const rows = await server.db.manager.find(JobRun, { where: { job: 'daily-test' }, order: { period: 'ASC' } });
    expect(rows.map((r) => [r.period, r.state, r.attempts])).toEqual([
      ['2026-12-01', 'DONE', 1],
      ['2026-12-02', 'DONE', 1],
    ]);
  });

  it('a run whose server died is taken over once its lease has run out, by one server only', async () => {
    server.clock.set('2026-12-05T01:00:00.000Z');
    const repo = server.db.manager.getRepository(JobRun);
    const base = { job: 'takeover-test', state: 'RUNNING' as const, holder: 'dead-server', startedAt: new Date('2026-12-05T00:00:00.000Z'), finishedAt: null, attempts: 1, error: null };
    await repo.insert({ ...base, period: 'alive', leaseUntil: new Date('2026-12-05T02:00:00.000Z') });
    await repo.insert({ ...base, period: 'expired', leaseUntil: new Date('2026-12-05T00:30:00.000Z') });
    const runs: string[] = [];
    const attempt = (db: Database, who: string, period: string) =>
      runOncePerPeriod(db, server.clock, 'takeover-test', period, async () => { runs.push(`${who}:${period}`); }, { holder: who });
    // still within its lease: nobody takes it
    expect(await Promise.all([attempt(server.db, 'a', 'alive'), attempt(second, 'b', 'alive')])).toEqual(['skipped', 'skipped']);
    // past its lease: exactly one of the two takes it over
    const outcomes = await Promise.all([attempt(server.db, 'a', 'expired'), attempt(second, 'b', 'expired')]);
    expect(outcomes.filter((o) => o === 'ran')).toHaveLength(1);
    expect(runs).toHaveLength(1);
    const row = await repo.findOneByOrFail({ job: 'takeover-test', period: 'expired' });
    expect([row.state, row.attempts]).toEqual(['DONE', 2]);
  });

  it('a failed run is recorded with its error and tried again at the next tick', async () => {
    server.clock.set('2026-12-06T01:00:00.000Z');
    let calls = 0;
    const flaky = async () => { calls += 1; if (calls === 1) throw new Error('SMTP down'); };
    expect(await runOncePerPeriod(server.db, server.clock, 'flaky-test', 'P', flaky, { holder: 'a' })).toBe('failed');
    const failed = await server.db.manager.findOneByOrFail(JobRun, { job: 'flaky-test', period: 'P' });
    expect([failed.state, failed.error]).toEqual(['FAILED', 'SMTP down']);
    expect(await runOncePerPeriod(second, server.clock, 'flaky-test', 'P', flaky, { holder: 'b' })).toBe('ran');
    expect(await runOncePerPeriod(server.db, server.clock, 'flaky-test', 'P', flaky, { holder: 'a' })).toBe('skipped');
    expect(calls).toBe(2);
  });
});
