import type { DataSource, EntityManager } from 'typeorm';
import type { DatabaseFamily } from './data-source.js';

/**
 * The data source plus the one way to write: `transaction`. TypeORM's SQLite driver has a single
 * connection, so two transactions in flight would interleave their statements; on SQLite they
 * are queued and run one after the other. MariaDB runs them concurrently with its own locks.
 */
export class Database {
  private queue: Promise<unknown> = Promise.resolve();
  /** Transactions run again after a deadlock (on Galera: a write set that lost certification). */
  deadlockRetries = 0;

  constructor(
    readonly dataSource: DataSource,
    readonly family: DatabaseFamily,
  ) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.family !== 'sqlite') return this.withDeadlockRetry(work);
    const run = this.queue.then(() => this.dataSource.transaction(work));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** InnoDB picks a victim when two transactions deadlock; the victim's work is simply run again. */
  private async withDeadlockRetry<T>(work: (manager: EntityManager) => Promise<T>, attempts = 5): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.dataSource.transaction(work);
      } catch (error) {
        const errno = (error as { errno?: number; driverError?: { errno?: number } }).driverError?.errno ?? (error as { errno?: number }).errno;
        if (errno !== 1213 || attempt >= attempts) throw error;
        this.deadlockRetries += 1;
        await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
      }
    }
  }
}
