import type { DataSource, EntityManager } from 'typeorm';
import { discardHistory, flushHistory } from '../modules/history/history.js';
import type { DatabaseFamily } from './data-source.js';
import { retryLostReads, shouldRetryTransaction } from './transient.js';

/**
 * The data source plus the one way to write: `transaction`. TypeORM's SQLite driver has a single
 * connection, so two transactions in flight would interleave their statements; on SQLite they
 * are queued and run one after the other. MariaDB runs them concurrently with its own locks.
 */
export class Database {
  private queue: Promise<unknown> = Promise.resolve();
  /** Transactions run again after a deadlock (on Galera also a lost certification) or a connection lost before COMMIT. */
  transactionRetries = 0;

  constructor(
    readonly dataSource: DataSource,
    readonly family: DatabaseFamily,
  ) {
    if (family === 'mariadb') retryLostReads(dataSource);
  }

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

  /**
   * InnoDB picks a victim when two transactions deadlock, and Galera aborts the one that loses
   * certification with the same error: the victim's work is simply run again. A connection lost
   * before COMMIT was sent (a cluster node went down) is run again too, on a new connection; one
   * lost during COMMIT is not, since it may have committed. So is a statement Galera aborted as it
   * read a table's triggers (errno 1711, before COMMIT).
   */
  private async withDeadlockRetry<T>(work: (manager: EntityManager) => Promise<T>, attempts = 8): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      let committing = false;
      try {
        return await this.dataSource.transaction(async (m) => {
          const result = await work(m);
          committing = true;
          return result;
        });
      } catch (error) {
        if (!shouldRetryTransaction(error, committing) || attempt >= attempts) throw error;
        this.transactionRetries += 1;
        await new Promise((resolve) => setTimeout(resolve, Math.min(200, 5 * 2 ** attempt) + Math.random() * 20));
      }
    }
  }
}
