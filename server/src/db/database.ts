import type { DataSource, EntityManager } from 'typeorm';
import { discardHistory, flushHistory } from '../modules/history/history.js';
import type { DatabaseFamily } from './data-source.js';

/**
 * The data source plus the one way to write: `transaction`. TypeORM's SQLite driver has a single
 * connection, so two transactions in flight would interleave their statements; on SQLite they
 * are queued and run one after the other. MariaDB runs them concurrently with its own locks.
 */
export class Database {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dataSource: DataSource,
    readonly family: DatabaseFamily,
  ) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    // what the work noted for the history log is appended last, so the chain head is held briefly
    const logged = async (m: EntityManager) => {
      discardHistory(m);
      try {
        const result = await work(m);
        await flushHistory(m, this.family);
        return result;
      } catch (error) {
        discardHistory(m);
        throw error;
      }
    };
    return this.run(logged);
  }

  private run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
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
        await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
      }
    }
  }
}
