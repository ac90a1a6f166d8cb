import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { runOncePerPeriod, type LeaseOutcome } from './lease.js';

/** A periodic job: its period key at an instant (e.g. the Vietnam date for a daily job) and its work. */
export interface ScheduledJob {
  name: string;
  /** The period `now` falls in, as a short key ('2026-12-01', '2026-12'); null: nothing is due yet. */
  periodOf(now: Date): string | null;
  run(period: string): Promise<void>;
}

/**
 * Every server runs the same scheduler; the lease row in the database, not the timer, decides
 * which server does a period's work (see `runOncePerPeriod`). `tick` is what the timer calls and
 * what tests call directly.
 */
export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly jobs: ScheduledJob[],
    private readonly options: { intervalMs?: number; holder?: string; leaseMs?: number } = {},
  ) {}

  start(): void {
    if (this.timer || this.jobs.length === 0) return;
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs ?? 60_000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Runs each job whose current period has not been run anywhere yet. */
  async tick(): Promise<Record<string, LeaseOutcome | 'idle'>> {
    if (this.running) await this.running;
    const outcomes: Record<string, LeaseOutcome | 'idle'> = {};
    const work = (async () => {
      for (const job of this.jobs) {
        const period = job.periodOf(this.clock.now());
        if (!period) { outcomes[job.name] = 'idle'; continue; }
        try {
          outcomes[job.name] = await runOncePerPeriod(this.db, this.clock, job.name, period, () => job.run(period), this.options);
          if (outcomes[job.name] === 'failed') this.log.error({ job: job.name, period }, 'scheduled job failed');
        } catch (error) {
          outcomes[job.name] = 'failed';
          this.log.error({ job: job.name, period, err: error }, 'scheduled job could not be claimed');
        }
      }
    })();
    this.running = work;
    try { await work; } finally { this.running = null; }
    return outcomes;
  }
}
