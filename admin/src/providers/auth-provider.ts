import { gql } from '@apollo/client';
import type { AuthProvider, UserIdentity } from 'react-admin';
import { canAccess, type Grant, type Permissions, type Role } from './can-access.js';
import { toHttpError } from './errors.js';
import type { SessionClient } from './graphql-fetch.js';

/**
 * Sessions live in the httpOnly `chidao_session` cookie the server sets on login: the panel never
 * sees the token, so no script can steal it. The signed-in account (`me`) and the units its
 * roles reach are kept in memory for the life of the page and dropped on logout.
 */

const ACCOUNT_FIELDS = `id username passwordTemporary officialId official { id fullName } roles { id role unitId unit { id name validFrom validTo } }`;

// Only the account's own columns: its relations (roles, official) are resolved for a signed-in
// caller, which the login request is not yet. `me` follows, with the new cookie.
const LOGIN = gql`
  mutation login($username: String!, $password: String!) {
    login(username: $username, password: $password) { expiresAt account { id passwordTemporary } }
  }
`;
const ME = gql`query me { me { ${ACCOUNT_FIELDS} } }`;
const RENEW = gql`mutation renewToken { renewToken { expiresAt } }`;
const LOGOUT = gql`mutation logout { logout }`;
const CHANGE_PASSWORD = gql`
  mutation changePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { expiresAt }
  }
`;

/** The API's page limit: larger subtrees are read page by page. */
const UNIT_PAGE = 1000;

export interface SignedInAccount {
  id: string;
  username: string;
  passwordTemporary: boolean;
  officialId: string | null;
  official: { id: string; fullName: string } | null;
  roles: Array<{ id: string; role: Role; unitId: string; unit: { id: string; name: string; validFrom: string | null; validTo: string | null } }>;
}

export interface PanelIdentity extends UserIdentity {
  username: string;
  officialId: string | null;
  passwordTemporary: boolean;
}

/** The operations on one's own session besides react-admin's: renewal and password change. */
export interface PanelAuthProvider extends AuthProvider {
  renew(): Promise<void>;
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
}

/** How often an open panel renews its session, so that a person at work is not logged out. */
export const RENEW_EVERY_MS = 30 * 60_000;

export function createAuthProvider(client: SessionClient): PanelAuthProvider {
  let account: Promise<SignedInAccount> | null = null;
  let permissions: Promise<Permissions> | null = null;

  const run = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      throw toHttpError(error);
    }
  };

  const fetchMe = () =>
    run(async () => (await client.query<{ me: SignedInAccount }>({ query: ME, fetchPolicy: 'no-cache' })).data.me);

  const forget = () => {
    account = null;
    permissions = null;
  };

  /** The signed-in account, asked of the server once per page load; a failure is not remembered. */
  const signedIn = (): Promise<SignedInAccount> => {
    if (!account) {
      const pending = fetchMe();
      account = pending;
      pending.catch(() => {
        if (account === pending) forget();
      });
    }
    return account;
  };

  /** The ids under every unit a role is held over, read in one request (aliases), paged if large. */
  const unitsUnder = async (unitIds: string[]): Promise<Map<string, string[]>> => {
    const result = new Map<string, string[]>(unitIds.map((id) => [id, []]));
    let pending = unitIds.map((unitId) => ({ unitId, page: 0 }));
    while (pending.length) {
      const variables: Record<string, unknown> = {};
      const fields = pending.map(({ unitId, page }, i) => {
        variables[`u${i}`] = unitId;
        return `g${i}: allUnits(filter: { withinUnitId: $u${i} }, page: ${page}, perPage: ${UNIT_PAGE}, sortField: "id") { id }`;
      });
      const query = gql`query scope(${pending.map((_, i) => `$u${i}: ID!`).join(', ')}) { ${fields.join(' ')} }`;
      const { data } = await run(() => client.query<Record<string, Array<{ id: string }>>>({ query, variables, fetchPolicy: 'no-cache' }));
      const next: typeof pending = [];
      pending.forEach(({ unitId, page }, i) => {
        const rows = data[`g${i}`] ?? [];
        result.get(unitId)!.push(...rows.map((r) => String(r.id)));
        if (rows.length === UNIT_PAGE) next.push({ unitId, page: page + 1 });
      });
      pending = next;
    }
    return result;
  };

  const loadPermissions = async (): Promise<Permissions> => {
    const me = await signedIn();
    // with a temporary password the server answers nothing but `me` and the password change:
    // the units under each role are read once the person has chosen their own
    const under = me.passwordTemporary ? new Map<string, string[]>() : await unitsUnder([...new Set(me.roles.map((r) => String(r.unitId)))]);
    const grants: Grant[] = me.roles.map((r) => ({
      role: r.role,
      unitId: String(r.unitId),
      unitName: r.unit?.name,
      unitValidFrom: r.unit?.validFrom ?? null,
      unitValidTo: r.unit?.validTo ?? null,
      unitIds: under.get(String(r.unitId)) ?? [String(r.unitId)],
    }));
    return { accountId: String(me.id), officialId: me.officialId === null ? null : String(me.officialId), grants };
  };

  const currentPermissions = (): Promise<Permissions> => {
    if (!permissions) {
      const pending = loadPermissions();
      permissions = pending;
      pending.catch(() => {
        if (permissions === pending) permissions = null;
      });
    }
    return permissions;
  };

  return {
    async login({ username, password }: { username: string; password: string }) {
      forget();
      await run(() => client.mutate({ mutation: LOGIN, variables: { username, password } }));
      const me = await signedIn();
      // A password set by an administrator is replaced before anything else.
      return me.passwordTemporary ? { redirectTo: '/change-password' } : undefined;
    },

    async logout() {
      const had = account;
      forget();
      if (!had) return;
      try {
        // Ends every session of the account and clears the cookie.
        await client.mutate({ mutation: LOGOUT });
      } catch {
        // Already signed out (expired or ended elsewhere): nothing left to end.
      }
    },

    async checkAuth() {
      try {
        await signedIn();
      } catch {
        // Straight to the login page; its own form says what went wrong with a login.
        throw { message: false };
      }
    },

    async checkError(error: { status?: number; message?: string; body?: { code?: string } } | null | undefined) {
      if (error?.status === 401 || error?.body?.code === 'UNAUTHENTICATED') {
        throw { message: error.message || 'ra.notification.logged_out' };
      }
      // FORBIDDEN and NOT_FOUND are answers about one operation: the session goes on.
    },

    async getIdentity(): Promise<PanelIdentity> {
      const me = await signedIn();
      return {
        id: me.id,
        fullName: me.official?.fullName ?? me.username,
        username: me.username,
        officialId: me.officialId === null ? null : String(me.officialId),
        passwordTemporary: me.passwordTemporary,
      };
    },

    getPermissions: () => currentPermissions(),

    async canAccess({ resource, action, record }) {
      try {
        return canAccess(await currentPermissions(), { resource, action, record });
      } catch {
        return false;
      }
    },

    async renew() {
      await run(() => client.mutate({ mutation: RENEW }));
    },

    async changePassword(currentPassword: string, newPassword: string) {
      await run(() => client.mutate({ mutation: CHANGE_PASSWORD, variables: { currentPassword, newPassword } }));
      const me = await signedIn();
      account = Promise.resolve({ ...me, passwordTemporary: false });
      permissions = null;
    },
  };
}
