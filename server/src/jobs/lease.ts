import os from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { JobRun, JobRunState } from './job-run.entity.js';

/** Who this process is in `job_run.holder`: unique per process, readable in an operator's query. */
export const processHolder = `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`.slice(0, 128);

export type LeaseOutcome = 'ran' | 'skipped' | 'failed';

/**
 * Runs `work` for (job, period) on exactly one server. The claim is an INSERT of the primary key
 * (job, period): one wins, every other gets a duplicate key and skips. A RUNNING row whose lease
 * has run out (its server died), or a FAILED row, is taken over by an UPDATE guarded by the old
 * holder and lease, so two servers can never both take it over. A DONE period is never run again.
 * Times come from the application's clock, never from SQL NOW().
 */
export async function runOncePerPeriod(
  db: Database,
  clock: Clock,
  job: string,
  period: string,
  work: () => Promise<void>,
  options: { leaseMs?: number; holder?: string } = {},
): Promise<LeaseOutcome> {
  const holder = options.holder ?? processHolder;
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  if (!(await claim(db, clock, job, period, holder, leaseMs))) return 'skipped';
  try {
    await work();
  } catch (error) {
    await finish(db, clock, job, period, holder, JobRunState.FAILED, String((error as Error)?.message ?? error).slice(0, 1000));
    return 'failed';
  }
  await finish(db, clock, job, period, holder, JobRunState.DONE, null);
  return 'ran';
}

async function claim(db: Database, clock: Clock, job: string, period: string, holder: string, leaseMs: number): Promise<boolean> {
  const now = clock.now();
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const repo = db.manager.getRepository(JobRun);
  try {
    await repo.insert({ job, period, state: JobRunState.RUNNING, holder, startedAt: now, leaseUntil, finishedAt: null, attempts: 1, error: null });
    return true;
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
  const existing = await repo.findOneBy({ job, period });
  if (!existing || existing.state === JobRunState.DONE) return false;
  if (existing.state === JobRunState.RUNNING && existing.leaseUntil.getTime() > now.getTime()) return false;
  // take over a dead or failed run: only if nobody changed the row since we read it
  const result = await repo
    .createQueryBuilder()
    .update(JobRun)
    .set({ state: JobRunState.RUNNING, holder, startedAt: now, leaseUntil, finishedAt: null, attempts: existing.attempts + 1, error: null })
    .where('job = :job AND period = :period AND holder = :old AND attempts = :attempts', { job, period, old: existing.holder, attempts: existing.attempts })
    .execute();
  return (result.affected ?? 0) === 1;
}

async function finish(db: Database, clock: Clock, job: string, period: string, holder: string, state: JobRunState, error: string | null): Promise<void> {
  await db.manager
    .createQueryBuilder()
    .update(JobRun)
    .set({ state, finishedAt: clock.now(), error })
    .where('job = :job AND period = :period AND holder = :holder', { job, period, holder })
    .execute();
}

function isDuplicateKey(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  const code = e.driverError?.code ?? e.code;
  const errno = e.driverError?.errno ?? e.errno;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'ER_DUP_ENTRY' || errno === 1062;
}
