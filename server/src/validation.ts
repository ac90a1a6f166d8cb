import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { In } from 'typeorm';
import { InputError, NotFoundError } from './errors.js';

/** Checks shared by every module. Each names the field to fix. */

export function requiredText(field: string, value: string | null | undefined, max = 500): string {
  const text = (value ?? '').trim();
  if (!text) throw new InputError('input.required', { field });
  if (text.length > max) throw new InputError('input.tooLong', { field, max });
  return text;
}

export function optionalText(field: string, value: string | null | undefined, max = 20000): string {
  const text = (value ?? '').trim();
  if (text.length > max) throw new InputError('input.tooLong', { field, max });
  return text;
}

export function percent(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 100) throw new InputError('input.percentRange', { field });
  return value;
}

export function positiveInt(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new InputError('input.positiveNumber', { field });
  return value;
}

/** Ids are numbers in the database and strings in GraphQL; anything else is an unknown id. */
export function toId(field: string, value: string | number): number {
  const text = String(value).trim();
  if (!/^\d{1,15}$/.test(text) || Number(text) < 1) throw new NotFoundError(field, text);
  return Number(text);
}

export function toOptionalId(field: string, value: string | number | null | undefined): number | null {
  return value === null || value === undefined || value === '' ? null : toId(field, value);
}

export function toIds(field: string, values: ReadonlyArray<string | number> | null | undefined): number[] {
  return [...new Set((values ?? []).map((v) => toId(field, v)))].sort((a, b) => a - b);
}

export function dateRange(field: string, from: string | null | undefined, to: string | null | undefined): void {
  if (from && to && to < from) throw new InputError('input.dateRange', { field, from });
}

export async function requireRow<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  field: string,
  id: number,
): Promise<T> {
  const row = await manager.findOneBy(entity, { id } as never);
  if (!row) throw new NotFoundError(field, id);
  return row;
}

export async function requireRows<T extends ObjectLiteral & { id: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  field: string,
  ids: number[],
): Promise<T[]> {
  if (ids.length === 0) return [];
  const rows = await manager.findBy(entity, { id: In(ids) } as never);
  const found = new Set(rows.map((r) => r.id));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw new NotFoundError(field, missing);
  return rows;
}
