import { Role } from './roles.js';

/** One role held over one unit subtree; `unitPath` is the unit's tree path ("/1/4/"). */
export interface Grant {
  role: Role;
  unitId: number;
  unitPath: string;
}

/**
 * Who is calling. `system` is for the server's own jobs (demo loading, command-line tools),
 * which act for an official without a login; requests from outside never get it.
 */
export interface Actor {
  accountId: number | null;
  officialId: number | null;
  grants: Grant[];
  system?: boolean;
  /** Set by an administrator: until the person chooses their own, the account can only change it. */
  passwordTemporary?: boolean;
}

export const ANONYMOUS: Actor = { accountId: null, officialId: null, grants: [] };

export function systemActor(officialId: number | null = null): Actor {
  return { accountId: null, officialId, grants: [], system: true };
}

export function hasRole(actor: Actor, roles: readonly Role[]): boolean {
  return actor.system === true || actor.grants.some((g) => roles.includes(g.role));
}

/** Tree paths of the subtrees where the actor holds one of the roles. */
export function scopePaths(actor: Actor, roles: readonly Role[]): string[] {
  return actor.grants.filter((g) => roles.includes(g.role)).map((g) => g.unitPath);
}

export function inScope(actor: Actor, roles: readonly Role[], unitPath: string): boolean {
  return actor.system === true || scopePaths(actor, roles).some((p) => unitPath.startsWith(p));
}
