import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { Account } from './account.entity.js';
import { LoginAttempt } from './login-attempt.entity.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
/** Rows of names nobody tried for a day are forgotten. */
const FORGET_AFTER_MS = 24 * 60 * 60_000;

/** The pause before a failure is answered: none after the first try, then doubling up to 1.6 s. */
export function failureDelayMs(failures: number): number {
  return failures <= 1 ? 0 : Math.min(100 * 2 ** (failures - 2), 1600);
}

/**
 * Throttles sign-in per username *and* source address, in the database (no state in a process,
 * so several servers share it). Every step is one conditional UPDATE of one row, atomic on
 * SQLite and MariaDB alike: a try is let through only while fewer than MAX_FAILED_LOGINS tries have been
 * let through, so no burst of parallel guesses gets more checks than that; a success resets the
 * count only while no lock is set, so it never lifts one. A stranger's guesses lock their own
 * address out, not the owner's.
 */
export class LoginThrottle {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Lets one try through, or not (locked, or the allowed tries are taken); `failures` counts it. */
  async reserve(username: string, source: string): Promise<{ allowed: boolean; failures: number }> {
    const now = this.clock.now();
    const staleBefore = new Date(now.getTime() - LOCK_MINUTES * 60_000);
    // one statement per transaction: each UPDATE locks a single row by its key, so parallel tries
    // queue on that row instead of deadlocking (an INSERT then UPDATE in one transaction would)
    await this.db.transaction((m) => m.createQueryBuilder().insert().into(LoginAttempt)
      .values({ username, source, failures: 0, lockedUntil: null, lastTryAt: now }).orIgnore().execute());
    // a lock that has run out, or tries whose checks never finished (a crash), start afresh
    await this.db.transaction((m) => m.createQueryBuilder().update(LoginAttempt).set({ failures: 0, lockedUntil: null })
      .where('username = :username AND source = :source', { username, source })
      .andWhere('(lockedUntil <= :now OR (lockedUntil IS NULL AND failures >= :max AND lastTryAt <= :staleBefore))', { now, max: MAX_FAILED_LOGINS, staleBefore })
      .execute());
    const reserved = await this.db.transaction((m) => m.createQueryBuilder().update(LoginAttempt).set({ failures: () => 'failures + 1', lastTryAt: now })
      .where('username = :username AND source = :source', { username, source })
      .andWhere('lockedUntil IS NULL AND failures < :max', { max: MAX_FAILED_LOGINS })
      .execute());
    const row = await this.db.manager.findOneBy(LoginAttempt, { username, source });
    const result = { allowed: reserved.affected === 1, failures: row?.failures ?? MAX_FAILED_LOGINS };
    if (Math.random() < 0.02) await this.forgetOld(now);
    return result;
  }

  /** A try that failed: once the allowed tries are used up, that address is locked out. */
  async failed(username: string, source: string): Promise<void> {
    const now = this.clock.now();
    const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    const locked = await this.db.transaction((m) => m.createQueryBuilder().update(LoginAttempt).set({ lockedUntil })
      .where('username = :username AND source = :source', { username, source })
      .andWhere('lockedUntil IS NULL AND failures >= :max', { max: MAX_FAILED_LOGINS })
      .execute());
    // shown to administrators: the account is locked from at least one address until then
    if (locked.affected === 1) await this.db.transaction((m) => m.update(Account, { username }, { lockedUntil }));
  }

  /** A right password: the count starts afresh, unless a lock was set meanwhile (then: refused). */
  async succeeded(username: string, source: string): Promise<boolean> {
    await this.db.transaction((m) => m.createQueryBuilder().update(LoginAttempt).set({ failures: 0 })
      .where('username = :username AND source = :source', { username, source })
      .andWhere('lockedUntil IS NULL')
      .execute());
    const row = await this.db.manager.findOneBy(LoginAttempt, { username, source });
    return row !== null && row.lockedUntil === null;
  }

  /** An administrator lifts every lock of the username, from every address. */
  async unlock(username: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.delete(LoginAttempt, { username });
      await m.update(Account, { username }, { failedLogins: 0, lockedUntil: null });
    });
  }

  private async forgetOld(now: Date): Promise<void> {
    try {
      await this.db.transaction((m) => m.createQueryBuilder().delete().from(LoginAttempt)
        .where('lastTryAt < :before AND (lockedUntil IS NULL OR lockedUntil < :now)', { before: new Date(now.getTime() - FORGET_AFTER_MS), now })
        .execute());
    } catch {
      // housekeeping only: the next try will do it
    }
  }
}
