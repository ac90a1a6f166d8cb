import { GraphQLError } from 'graphql';
import { QueryFailedError, type DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { Database } from '../../server/src/db/database.js';
import { retryLostReads } from '../../server/src/db/transient.js';
import { createFormatError } from '../../server/src/graphql/format-error.js';

/** What mysql2 throws when the database node under a connection dies (kill -9, lost machine). */
const connectionLost = () => Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST', fatal: true });
const wsrepNotReady = () => Object.assign(new Error('WSREP has not yet prepared node for application use'), { code: 'ER_UNKNOWN_COM_ERROR', errno: 1047 });
/** What mysql2 throws when no connection can be made at all: the database is down, or full. */
const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED', errno: -111 });
const tooMany = () => Object.assign(new Error('Too many connections'), { code: 'ER_CON_COUNT_ERROR', errno: 1040 });
/** What MariaDB answered on Galera, while a node was lost, for a statement aborted as it opened a table with triggers. */
const abortedAtTrigger = () => Object.assign(new Error("Unknown trigger has an error in its body: 'Query was empty'"), { code: 'ER_ERROR_IN_UNKNOWN_TRIGGER_BODY', errno: 1711 });
const failedQuery = (driverError: Error) => new QueryFailedError('INSERT INTO task …', [], driverError);

describe('a database that went away, as the client reads it', () => {
  const logged: unknown[] = [];
  const format = createFormatError((e) => logged.push(e));
  const internal = (cause: Error) => format({ message: cause.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError(cause.message, { originalError: cause }));

  it('is SERVICE_UNAVAILABLE, retryable, with a sentence and no SQL', () => {
    for (const cause of [failedQuery(connectionLost()), connectionLost(), failedQuery(wsrepNotReady()), refused(), failedQuery(tooMany()), failedQuery(abortedAtTrigger())]) {
      const out = internal(cause);
      expect(out.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      expect(out.message).toBe('Tạm thời mất kết nối tới cơ sở dữ liệu. Hãy tải lại để xem thay đổi đã được lưu chưa, rồi thử lại sau ít giây.');
    }
    expect(logged).toHaveLength(6);
  });

  it('leaves a programming error an internal error', () => {
    expect(internal(new TypeError('x is undefined')).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});

describe('a transaction whose connection broke', () => {
  /** A data source whose transaction fails with `failures` in turn, at the work or at COMMIT, then succeeds. */
  const flaky = (failures: Array<{ at: 'work' | 'commit'; error: () => Error }>) => {
    let calls = 0;
    const ds = {
      createQueryRunner: () => ({}),
      async transaction(work: (m: unknown) => Promise<unknown>) {
        const failure = failures[calls++];
        if (failure?.at === 'work') throw failure.error();
        const result = await work({});
        if (failure?.at === 'commit') throw failure.error();
        return result;
      },
    };
    return { db: new Database(ds as unknown as DataSource, 'mariadb'), calls: () => calls };
  };

  it('runs again on a new connection when it broke before COMMIT', async () => {
    const { db, calls } = flaky([{ at: 'work', error: () => failedQuery(connectionLost()) }, { at: 'work', error: connectionLost }]);
    expect(await db.transaction(async () => 'saved')).toBe('saved');
    expect(calls()).toBe(3);
    expect(db.transactionRetries).toBe(2);
  });

  it('runs again when Galera aborted a statement as it read a table\'s triggers (errno 1711, seen while a node is lost)', async () => {
    const abortedAtTriggerQuery = () => failedQuery(abortedAtTrigger());
    const { db, calls } = flaky([{ at: 'work', error: abortedAtTriggerQuery }]);
    expect(await db.transaction(async () => 'saved')).toBe('saved');
    expect(calls()).toBe(2);
  });

  it('is not run again when it broke during COMMIT: it may have committed', async () => {
    const { db, calls } = flaky([{ at: 'commit', error: () => failedQuery(connectionLost()) }]);
    await expect(db.transaction(async () => 'saved')).rejects.toThrow(/Connection lost/);
    expect(calls()).toBe(1);
  });

  it('runs again after a lost certification (deadlock 1213), even at COMMIT', async () => {
    const deadlock = () => failedQuery(Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), { errno: 1213, code: 'ER_LOCK_DEADLOCK' }));
    const { db, calls } = flaky([{ at: 'commit', error: deadlock }]);
    expect(await db.transaction(async () => 'saved')).toBe('saved');
    expect(calls()).toBe(2);
  });
});

describe('a read outside a transaction whose connection broke', () => {
  /** Query runners of which the first `broken` fail with a lost connection; records what ran where. */
  const source = (broken: number, inTransaction = false) => {
    const ran: string[] = [];
    let made = 0;
    const ds = {
      createQueryRunner: () => {
        const n = (made += 1);
        return {
          isTransactionActive: inTransaction,
          async query(sql: string) {
            ran.push(`${n}:${sql}`);
            if (n <= broken) throw failedQuery(connectionLost());
            return [{ ok: n }];
          },
          async release() {},
        };
      },
    };
    retryLostReads(ds as unknown as DataSource);
    return { ds: ds as unknown as DataSource, ran };
  };

  it('is run once more on a new connection', async () => {
    const { ds, ran } = source(1);
    expect(await ds.createQueryRunner().query('SELECT 1')).toEqual([{ ok: 2 }]);
    expect(ran).toEqual(['1:SELECT 1', '2:SELECT 1']);
  });

  it('fails if the new connection breaks too', async () => {
    const { ds } = source(2);
    await expect(ds.createQueryRunner().query('SELECT 1')).rejects.toThrow(/Connection lost/);
  });

  it('leaves writes and statements inside a transaction alone: they may have been applied', async () => {
    const write = source(1);
    await expect(write.ds.createQueryRunner().query('INSERT INTO task VALUES (1)')).rejects.toThrow(/Connection lost/);
    expect(write.ran).toEqual(['1:INSERT INTO task VALUES (1)']);
    const inside = source(1, true);
    await expect(inside.ds.createQueryRunner().query('SELECT 1')).rejects.toThrow(/Connection lost/);
    expect(inside.ran).toHaveLength(1);
  });
});
