import type { DataSource, ReplicationMode } from 'typeorm';

/**
 * Errors after which the database, or the way to it, is gone for the moment: a node of a cluster
 * was lost, a connection was cut, a Galera node is not yet part of the primary component, or a
 * deadlock outlived its retries. The request may be tried again; the client is told so
 * (SERVICE_UNAVAILABLE, retryable) rather than given a bare internal error.
 */
const CONNECTION_CODES = new Set([
  'PROTOCOL_CONNECTION_LOST', 'PROTOCOL_SEQUENCE_TIMEOUT', 'ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'ENOTCONN', 'EHOSTUNREACH',
  'ENOTFOUND', 'EAI_AGAIN', 'ER_SERVER_SHUTDOWN', 'ER_CONNECTION_KILLED', 'ER_CON_COUNT_ERROR', 'POOL_CLOSED',
]);
/**
 * MariaDB errnos of the same kind: 1040 too many connections; 1047 WSREP has not yet prepared the
 * node for application use; 1053 shutdown; 1927 killed; 2002/2003 cannot connect; 2006/2013 gone;
 * 4031 disconnected for inactivity.
 */
const CONNECTION_ERRNOS = new Set([1040, 1047, 1053, 1927, 2002, 2003, 2006, 2013, 4031]);
const CONNECTION_MESSAGES = /connection lost|closed state|server has gone away|Pool is closed|connect ECONNREFUSED/i;
/**
 * 1711, "Unknown trigger has an error in its body: 'Query was empty'": seen on Galera while a node
 * is lost, when a statement is aborted as it opens a table with triggers (the victim of a
 * brute-force abort, reported as a trigger parse error). Nothing was written: run it again.
 */
export const ABORTED_AT_TRIGGER_ERRNO = 1711;
/** 1205: lock wait timeout; 1213: deadlock (on Galera also a lost certification); 1711: see above. */
const LOCK_ERRNOS = new Set([1205, 1213, ABORTED_AT_TRIGGER_ERRNO]);

type Cause = { code?: unknown; errno?: unknown; message?: unknown; driverError?: unknown; originalError?: unknown; cause?: unknown };

function* causes(error: unknown): Generator<Cause> {
  let current = error as Cause | undefined;
  for (let depth = 0; current && typeof current === 'object' && depth < 8; depth += 1) {
    yield current;
    current = (current.driverError ?? current.originalError ?? current.cause) as Cause | undefined;
  }
}

/**
 * The database is out of reach or the connection broke (not a lock conflict): a transaction on it
 * never committed unless COMMIT was under way. The one test of "the database is gone", used by the
 * retries here, by Database.transaction and by the health check that answers 503 meanwhile.
 */
export function isConnectionLost(error: unknown): boolean {
  for (const c of causes(error)) {
    if (typeof c.code === 'string' && CONNECTION_CODES.has(c.code)) return true;
    if (typeof c.errno === 'number' && CONNECTION_ERRNOS.has(c.errno)) return true;
    if (typeof c.message === 'string' && CONNECTION_MESSAGES.test(c.message)) return true;
  }
  return false;
}

/**
 * Whether a transaction that failed may simply run again: a deadlock or a lost certification
 * (1213) always; a connection lost, or a statement Galera aborted at a table's triggers (1711),
 * only before COMMIT was sent, since during COMMIT it may have committed.
 */
export function shouldRetryTransaction(error: unknown, committing: boolean): boolean {
  const errno = (error as { errno?: number; driverError?: { errno?: number } }).driverError?.errno ?? (error as { errno?: number }).errno;
  return errno === 1213 || (!committing && (errno === ABORTED_AT_TRIGGER_ERRNO || isConnectionLost(error)));
}

export function isTransientDatabaseError(error: unknown): boolean {
  if (isConnectionLost(error)) return true;
  for (const c of causes(error)) if (typeof c.errno === 'number' && LOCK_ERRNOS.has(c.errno)) return true;
  return false;
}

/**
 * A read outside a transaction whose connection broke (its database node was lost) is run once
 * more on a new connection: reading twice changes nothing. Writes and statements inside a
 * transaction are left to Database.transaction, which knows whether COMMIT was under way.
 */
export function retryLostReads(dataSource: DataSource): void {
  const create = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = ((mode?: ReplicationMode) => {
    const runner = create(mode);
    const query = runner.query.bind(runner);
    runner.query = (async (sql: string, parameters?: unknown[], structured?: boolean) => {
      try {
        return await query(sql, parameters, structured as never);
      } catch (error) {
        if (runner.isTransactionActive || !/^\s*(SELECT|SHOW)\b/i.test(sql) || !isConnectionLost(error)) throw error;
        const fresh = create(mode);
        try {
          return await fresh.query(sql, parameters, structured as never);
        } finally {
          await fresh.release();
        }
      }
    }) as typeof runner.query;
    return runner;
  }) as typeof dataSource.createQueryRunner;
}
