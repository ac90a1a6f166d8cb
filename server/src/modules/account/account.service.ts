import type { EntityManager } from 'typeorm';
import type { Actor, Grant } from '../../auth/actor.js';
import { DUMMY_HASH, MIN_PASSWORD_LENGTH, hashPassword, verifyPassword } from '../../auth/password.js';
import { Role } from '../../auth/roles.js';
import { requireUnitInScope } from '../../auth/scope.js';
import { accountsAdministered, requireOfficialAdministered } from '../../auth/official-scope.js';
import type { TokenService } from '../../auth/token.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { AppError, InputError, NotFoundError } from '../../errors.js';
import { applyListArgs, type ListArgs } from '../../graphql/list.js';
import { containsPattern, likeContains } from '../../text.js';
import { requireRow, requiredText, toId, toIds, toOptionalId } from '../../validation.js';
import { Official } from '../official/official.entity.js';
import { noteDeletion, noteHistory } from '../history/history.js';
import { Account, AccountRole } from './account.entity.js';
import { LoginAttempt } from './login-attempt.entity.js';
import { LoginThrottle, MAX_FAILED_LOGINS, failureDelayMs } from './login-throttle.js';
import type {
  AccountFilter, AccountRoleFilter, AllAccountRolesArgs, CreateAccountArgs, CreateAccountRoleArgs, UpdateAccountArgs,
} from './account.inputs.js';

export { LOCK_MINUTES, MAX_FAILED_LOGINS } from './login-throttle.js';

/** Accounts, their roles and sessions: login, lock-out, renewal, logout, passwords. */
export class AccountService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly tokens: TokenService,
    private readonly actor: Actor,
  ) {}

  /**
   * The same answer, and about the same time, whether the username is unknown, the password wrong,
   * the account locked or disabled: nothing tells a guesser which usernames exist. Every answer
   * checks one password hash (a dummy one when the try is not let through), and failures wait
   * as long as the throttle says, by the count of the name and the address alike.
   */
  async login(username: string, password: string, source = 'local'): Promise<{ token: string; expiresAt: Date; account: Account }> {
    const name = String(username ?? '').trim().toLowerCase().slice(0, 100);
    const address = String(source).slice(0, 64);
    const throttle = new LoginThrottle(this.db, this.clock);
    const reservation = name ? await throttle.reserve(name, address) : { allowed: false, failures: 0 };
    const account = name ? await this.db.manager.findOneBy(Account, { username: name }) : null;
    const hash = reservation.allowed && account ? account.passwordHash : DUMMY_HASH;
    const matches = await verifyPassword(String(password ?? ''), hash);
    if (reservation.allowed && account && matches && !account.disabled && (await throttle.succeeded(name, address))) {
      const now = this.clock.now();
      await this.db.transaction((m) => m.update(Account, account.id, { lastLoginAt: now }));
      return { ...(await this.tokens.issue({ accountId: account.id, tokenVersion: account.tokenVersion })), account };
    }
    if (reservation.allowed && name) await throttle.failed(name, address);
    const delay = failureDelayMs(reservation.allowed ? reservation.failures : MAX_FAILED_LOGINS);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    throw new AppError('UNAUTHENTICATED', 'auth.badLogin');
  }

  /** An administrator lifts the account's sign-in locks, from every address. */
  async unlock(id: string): Promise<Account> {
    const accountId = toId('account', id);
    const account = await this.db.transaction((m) => this.requireManageable(m, accountId));
    await new LoginThrottle(this.db, this.clock).unlock(account.username);
    return requireRow(this.db.manager, Account, 'account', accountId);
  }

  /** A fresh token for the signed-in account, so an active person is not logged out mid-work. */
  async renew(): Promise<{ token: string; expiresAt: Date; account: Account }> {
    const account = await this.current();
    return { ...(await this.tokens.issue({ accountId: account.id, tokenVersion: account.tokenVersion })), account };
  }

  /** Ends every session of the account: tokens carry the version they were issued under. */
  async logout(): Promise<boolean> {
    const account = await this.current();
    await this.db.transaction((m) => m.update(Account, account.id, { tokenVersion: account.tokenVersion + 1 }));
    return true;
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<{ token: string; expiresAt: Date; account: Account }> {
    const account = await this.current();
    if (!(await verifyPassword(currentPassword ?? '', account.passwordHash))) throw new AppError('BAD_USER_INPUT', 'auth.wrongPassword', { field: 'currentPassword' });
    const passwordHash = await hashPassword(checkStrength(newPassword, account.username));
    const tokenVersion = account.tokenVersion + 1;
    await this.db.transaction(async (m) => {
      await m.update(Account, account.id, { passwordHash, passwordTemporary: false, tokenVersion });
      noteHistory(m, 'account', [account.id], 'PASSWORD_SET');
    });
    return { ...(await this.tokens.issue({ accountId: account.id, tokenVersion })), account: { ...account, passwordTemporary: false } };
  }

  /** An administrator sets a temporary password; the account's sessions end and it is unlocked. */
  async resetPassword(id: string, newPassword: string): Promise<Account> {
    const accountId = toId('account', id);
    return this.db.transaction(async (m) => {
      const account = await this.requireManageable(m, accountId);
      const passwordHash = await hashPassword(checkStrength(newPassword, account.username));
      await m.update(Account, accountId, {
        passwordHash, passwordTemporary: true, tokenVersion: account.tokenVersion + 1, failedLogins: 0, lockedUntil: null,
      });
      await m.delete(LoginAttempt, { username: account.username });
      noteHistory(m, 'account', [accountId], 'PASSWORD_SET');
      return requireRow(m, Account, 'account', accountId);
    });
  }

  async current(): Promise<Account> {
    if (this.actor.accountId === null) throw new AppError('UNAUTHENTICATED', 'auth.unauthenticated');
    return requireRow(this.db.manager, Account, 'account', this.actor.accountId);
  }

  list(args: ListArgs & { filter?: AccountFilter }): Promise<Account[]> {
    return applyListArgs(this.filtered(args.filter), args, { id: 'a.id', username: 'a.username', lastLoginAt: 'a.lastLoginAt' }, { field: 'username', order: 'ASC' }).getMany();
  }

  count(filter?: AccountFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  /** An account out of the administrator's scope answers as one that does not exist. */
  async get(id: string): Promise<Account> {
    const accountId = toId('account', id);
    const found = await this.filtered({}).andWhere('a.id = :accountId', { accountId }).getOne();
    if (!found) throw new NotFoundError('account', accountId);
    return found;
  }

  async create(args: CreateAccountArgs): Promise<Account> {
    const username = requiredText('username', args.username, 100).toLowerCase();
    const passwordHash = await hashPassword(checkStrength(args.password, username, 'password'));
    const officialId = toOptionalId('officialId', args.officialId);
    return this.db.transaction(async (m) => {
      if (await m.findOneBy(Account, { username })) throw new AppError('CONFLICT', 'auth.duplicateUsername', { field: 'username', value: username });
      if (officialId !== null) {
        await requireRow(m, Official, 'officialId', officialId);
        await requireOfficialAdministered(m, this.actor, officialId, this.clock.today());
      }
      const account = await m.save(m.create(Account, {
        username, passwordHash, officialId, disabled: false, passwordTemporary: true, failedLogins: 0, lockedUntil: null,
        lastLoginAt: null, tokenVersion: 1, createdAt: this.clock.now(),
      }));
      noteHistory(m, 'account', [account.id]);
      return account;
    });
  }

  /** Disabling ends the account's sessions at once. */
  async update(args: UpdateAccountArgs): Promise<Account> {
    const id = toId('account', args.id);
    return this.db.transaction(async (m) => {
      const account = await this.requireManageable(m, id);
      if (args.disabled === true && id === this.actor.accountId) throw new AppError('BAD_USER_INPUT', 'auth.selfLockout', { field: 'disabled' });
      const officialId = args.officialId === undefined ? account.officialId : toOptionalId('officialId', args.officialId);
      if (officialId !== null && officialId !== account.officialId) {
        await requireRow(m, Official, 'officialId', officialId);
        await requireOfficialAdministered(m, this.actor, officialId, this.clock.today());
      }
      const disabled = args.disabled ?? account.disabled;
      await m.update(Account, id, { officialId, disabled, tokenVersion: disabled !== account.disabled ? account.tokenVersion + 1 : account.tokenVersion });
      noteHistory(m, 'account', [id], 'UPDATED');
      return requireRow(m, Account, 'account', id);
    });
  }

  listRoles(args: AllAccountRolesArgs): Promise<AccountRole[]> {
    return applyListArgs(this.rolesFiltered(args.filter), args, { id: 'r.id', role: 'r.role', accountId: 'r.accountId' }, { field: 'id', order: 'ASC' }).getMany();
  }

  countRoles(filter?: AccountRoleFilter): Promise<number> {
    return this.rolesFiltered(filter).getCount();
  }

  async getRole(id: string): Promise<AccountRole> {
    const roleId = toId('accountRole', id);
    const found = await this.rolesFiltered({}).andWhere('r.id = :roleId', { roleId }).getOne();
    if (!found) throw new NotFoundError('accountRole', roleId);
    return found;
  }

  /** An administrator grants roles only within their own scope. */
  async createRole(args: CreateAccountRoleArgs): Promise<AccountRole> {
    const accountId = toId('accountId', args.accountId);
    const unitId = toId('unitId', args.unitId);
    return this.db.transaction(async (m) => {
      const account = await requireRow(m, Account, 'accountId', accountId);
      await requireUnitInScope(m, this.actor, [Role.ADMIN], 'unitId', unitId);
      // a role for an official needs scope over where they work now, not only over the role's unit
      if (account.officialId !== null) await requireOfficialAdministered(m, this.actor, account.officialId, this.clock.today());
      const existing = await m.findOneBy(AccountRole, { accountId, role: args.role, unitId });
      if (existing) return existing;
      const grant = await m.save(m.create(AccountRole, { accountId, role: args.role, unitId }));
      noteHistory(m, 'account_role', [grant.id]);
      return grant;
    });
  }

  async deleteRole(id: string): Promise<AccountRole> {
    const roleId = toId('accountRole', id);
    return this.db.transaction(async (m) => {
      const grant = await requireRow(m, AccountRole, 'accountRole', roleId);
      await requireUnitInScope(m, this.actor, [Role.ADMIN], 'unitId', grant.unitId);
      if (grant.accountId === this.actor.accountId && grant.role === Role.ADMIN) throw new AppError('BAD_USER_INPUT', 'auth.selfLockout', { field: 'role' });
      await noteDeletion(m, 'account_role', [roleId]);
      await m.delete(AccountRole, roleId);
      return grant;
    });
  }

  /** The actor behind a token, or null when the token's account is gone, disabled or logged out. */
  async actorFor(accountId: number, tokenVersion: number): Promise<Actor | null> {
    const rows: Array<{ officialId: number | null; disabled: number | boolean; passwordTemporary: number | boolean; tokenVersion: number; role: Role | null; unitId: number | null; path: string | null }> =
      await this.db.manager.query(
        `SELECT a.officialId, a.disabled, a.passwordTemporary, a.tokenVersion, r.role, r.unitId, u.path
           FROM account a LEFT JOIN account_role r ON r.accountId = a.id LEFT JOIN unit u ON u.id = r.unitId
          WHERE a.id = ?`,
        [accountId],
      );
    if (rows.length === 0 || Boolean(Number(rows[0].disabled)) || Number(rows[0].tokenVersion) !== tokenVersion) return null;
    const grants: Grant[] = rows
      .filter((r) => r.role !== null && r.path !== null)
      .map((r) => ({ role: r.role as Role, unitId: Number(r.unitId), unitPath: r.path as string }));
    return {
      accountId, officialId: rows[0].officialId === null ? null : Number(rows[0].officialId), grants,
      passwordTemporary: Boolean(Number(rows[0].passwordTemporary)),
    };
  }

  /** Accounts whose roles all lie in the administrator's scope, of an official they administer; others are not theirs to change. */
  private async requireManageable(m: EntityManager, accountId: number): Promise<Account> {
    const account = await requireRow(m, Account, 'account', accountId);
    const grants = await m.findBy(AccountRole, { accountId });
    for (const g of grants) await requireUnitInScope(m, this.actor, [Role.ADMIN], 'unitId', g.unitId);
    if (account.officialId !== null) await requireOfficialAdministered(m, this.actor, account.officialId, this.clock.today());
    return account;
  }

  private filtered(filter: AccountFilter = {}) {
    const qb = this.db.manager.createQueryBuilder(Account, 'a');
    const visible = accountsAdministered(this.actor, 'a', this.clock.today());
    if (visible) qb.andWhere(visible.sql, visible.params);
    if (filter.ids) qb.andWhere('a.id IN (:...ids)', { ids: [0, ...toIds('ids', filter.ids)] });
    if (filter.q) qb.andWhere(likeContains('a.username', 'q'), { q: containsPattern(filter.q) });
    if (filter.disabled !== undefined && filter.disabled !== null) qb.andWhere('a.disabled = :disabled', { disabled: filter.disabled });
    return qb;
  }

  private rolesFiltered(filter: AccountRoleFilter = {}) {
    const qb = this.db.manager.createQueryBuilder(AccountRole, 'r');
    // the roles of the accounts the administrator sees
    const visible = accountsAdministered(this.actor, 'ra', this.clock.today());
    if (visible) qb.andWhere(`r.accountId IN (SELECT ra.id FROM account ra WHERE ${visible.sql})`, visible.params);
    if (filter.ids) qb.andWhere('r.id IN (:...ids)', { ids: [0, ...toIds('ids', filter.ids)] });
    if (filter.accountId) qb.andWhere('r.accountId = :accountId', { accountId: toId('accountId', filter.accountId) });
    return qb;
  }
}

function checkStrength(password: string, username: string, field = 'newPassword'): string {
  const value = password ?? '';
  if (value.length < MIN_PASSWORD_LENGTH || value.trim().toLowerCase() === username.toLowerCase()) {
    throw new InputError('auth.weakPassword', { field, min: MIN_PASSWORD_LENGTH });
  }
  return value;
}
