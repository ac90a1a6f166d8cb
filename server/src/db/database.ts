import type { DataSource, EntityManager } from 'typeorm';
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

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.family !== 'sqlite') return this.dataSource.transaction(work);
    const run = this.queue.then(() => this.dataSource.transaction(work));
    this.queue = run.catch(() => undefined);
    return run;
  }
}
