import type { EntityManager } from 'typeorm';
import { AppError } from '../errors.js';
import { Unit } from '../modules/unit/unit.entity.js';
import { requireRow } from '../validation.js';
import { inScope, scopePaths, type Actor } from './actor.js';
import { TASK_READERS, type Role } from './roles.js';

/**
 * Object-level rules shared by the services: a role reaches the unit it was granted on and every
 * unit under it, nothing else, whatever ids, filters or nested fields a client sends.
 */
export async function requireUnitInScope(
  m: EntityManager, actor: Actor, roles: readonly Role[], field: string, unitId: number,
): Promise<Unit> {
  const unit = await requireRow(m, Unit, field, unitId);
  if (!inScope(actor, roles, unit.path)) throw new AppError('FORBIDDEN', 'auth.forbiddenUnit', { unit: unit.name });
  return unit;
}

/**
 * SQL keeping the rows whose unit column lies in one of the actor's subtrees for the roles
 * (`1 = 0` when none); `null` means no limit (the server's own jobs). `tag` keeps parameter and
 * alias names apart when several such conditions meet in one query.
 */
export function unitsInScope(actor: Actor, roles: readonly Role[], column: string, tag: string): { sql: string; params: Record<string, unknown> } | null {
  if (actor.system) return null;
  const paths = scopePaths(actor, roles);
  if (paths.length === 0) return { sql: '1 = 0', params: {} };
  const params = Object.fromEntries(paths.map((p, i) => [`${tag}${i}`, `${p}%`]));
  return { sql: `${column} IN (SELECT ${tag}u.id FROM unit ${tag}u WHERE ${paths.map((_, i) => `${tag}u.path LIKE :${tag}${i}`).join(' OR ')})`, params };
}

/**
 * SQL over a task alias that keeps the tasks an actor may read: those led or coordinated by a
 * unit in one of their reader scopes, and those they answer for or carry out. `null`: no limit.
 */
export function taskVisibility(actor: Actor, alias: string): { sql: string; params: Record<string, unknown> } | null {
  if (actor.system) return null;
  const paths = scopePaths(actor, TASK_READERS);
  const params: Record<string, unknown> = {};
  const likes = paths.map((p, i) => {
    params[`scope${i}`] = `${p}%`;
    return `vu.path LIKE :scope${i}`;
  });
  const clauses: string[] = [];
  if (likes.length) {
    const inUnits = `(SELECT vu.id FROM unit vu WHERE ${likes.join(' OR ')})`;
    clauses.push(`${alias}.leadUnitId IN ${inUnits}`);
    clauses.push(`${alias}.id IN (SELECT vc.taskId FROM task_coordinating_unit vc WHERE vc.unitId IN ${inUnits})`);
  }
  if (actor.officialId !== null && actor.grants.length > 0) {
    params.visibleTo = actor.officialId;
    clauses.push(`${alias}.responsibleOfficialId = :visibleTo`);
    clauses.push(`${alias}.id IN (SELECT va.taskId FROM task_assignee va WHERE va.officialId = :visibleTo)`);
  }
  return { sql: clauses.length ? `(${clauses.join(' OR ')})` : '1 = 0', params };
}
