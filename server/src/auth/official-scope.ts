import { In, type EntityManager } from 'typeorm';
import { AppError } from '../errors.js';
import { OfficialAssignment } from '../modules/official/official-assignment.entity.js';
import { Unit } from '../modules/unit/unit.entity.js';
import { inScope, scopePaths, type Actor } from './actor.js';
import { Role } from './roles.js';

const currentOn = (post: OfficialAssignment, today: string) => post.validFrom <= today && (post.validTo === null || post.validTo >= today);

/**
 * An administrator acts on an official (edits them, gives them a post, opens their account or
 * grants it a role) only with scope over where they work now: every post valid today. Someone
 * with no post today is judged by the posts they had; someone never posted, by nobody. A
 * transfer also needs the unit they go to, which the caller checks as the post's own unit.
 */
export async function requireOfficialAdministered(m: EntityManager, actor: Actor, officialId: number, today: string): Promise<void> {
  if (actor.system) return;
  const posts = await m.findBy(OfficialAssignment, { officialId });
  if (posts.length === 0) return;
  const units = await m.findBy(Unit, { id: In([...new Set(posts.map((p) => p.unitId))]) });
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const current = posts.filter((p) => currentOn(p, today));
  const outside = (p: OfficialAssignment) => !inScope(actor, [Role.ADMIN], unitOf.get(p.unitId)?.path ?? '');
  const refused = current.length > 0
    ? current.find(outside)
    : posts.every(outside) ? [...posts].sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0] : undefined;
  if (refused) throw new AppError('FORBIDDEN', 'auth.forbiddenUnit', { unit: unitOf.get(refused.unitId)?.name ?? String(refused.unitId) });
}

/**
 * SQL keeping the officials (by an id column) an administrator reaches: those with a post today
 * in their scope, and, among those with no post today, those whose posts were in it or who never
 * had one. `null`: no limit (the server's own jobs).
 */
export function officialsAdministered(actor: Actor, column: string, today: string, tag: string): { sql: string; params: Record<string, unknown> } | null {
  if (actor.system) return null;
  const paths = scopePaths(actor, [Role.ADMIN]);
  if (paths.length === 0) return { sql: '1 = 0', params: {} };
  const params: Record<string, unknown> = { [`${tag}today`]: today };
  paths.forEach((p, i) => { params[`${tag}p${i}`] = `${p}%`; });
  const units = `(SELECT ${tag}u.id FROM unit ${tag}u WHERE ${paths.map((_, i) => `${tag}u.path LIKE :${tag}p${i}`).join(' OR ')})`;
  const now = (a: string) => `${a}.validFrom <= :${tag}today AND (${a}.validTo IS NULL OR ${a}.validTo >= :${tag}today)`;
  const sql = `(${column} IN (SELECT ${tag}a.officialId FROM official_assignment ${tag}a WHERE ${tag}a.unitId IN ${units} AND ${now(`${tag}a`)})
    OR (${column} NOT IN (SELECT ${tag}b.officialId FROM official_assignment ${tag}b WHERE ${now(`${tag}b`)})
      AND (${column} IN (SELECT ${tag}c.officialId FROM official_assignment ${tag}c WHERE ${tag}c.unitId IN ${units})
        OR ${column} NOT IN (SELECT ${tag}d.officialId FROM official_assignment ${tag}d))))`;
  return { sql, params };
}

/**
 * SQL over an account alias keeping the accounts an administrator sees: their own, those of
 * officials they administer, and accounts of no official (administrators') with a role in their
 * scope or with no role yet.
 */
export function accountsAdministered(actor: Actor, alias: string, today: string): { sql: string; params: Record<string, unknown> } | null {
  if (actor.system) return null;
  const officials = officialsAdministered(actor, `${alias}.officialId`, today, 'aso');
  const paths = scopePaths(actor, [Role.ADMIN]);
  const params: Record<string, unknown> = { ...officials?.params, asself: actor.accountId ?? 0 };
  paths.forEach((p, i) => { params[`asr${i}`] = `${p}%`; });
  const roleInScope = paths.length
    ? `${alias}.id IN (SELECT asr.accountId FROM account_role asr WHERE asr.unitId IN (SELECT asu.id FROM unit asu WHERE ${paths.map((_, i) => `asu.path LIKE :asr${i}`).join(' OR ')}))`
    : '1 = 0';
  const sql = `(${alias}.id = :asself
    OR (${alias}.officialId IS NOT NULL AND ${officials?.sql ?? '1 = 1'})
    OR (${alias}.officialId IS NULL AND (${roleInScope} OR ${alias}.id NOT IN (SELECT asn.accountId FROM account_role asn))))`;
  return { sql, params };
}
