import type { GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type {
  EntityManager, EntitySubscriberInterface, EntityTarget, InsertEvent, ObjectLiteral, UpdateEvent,
} from 'typeorm';
import { EventSubscriber, In } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata.js';
import { InputError, NotFoundError } from './errors.js';
import { Decimal2, formatHundredths } from './graphql/decimal.js';

/** Checks shared by every module. Each names the field to fix. */

export function requiredText(field: string, value: string | null | undefined, max = 500): string {
  const text = (value ?? '').trim();
  if (!text) throw new InputError('input.required', { field });
  if (text.length > max) throw new InputError('input.tooLong', { field, max });
  return text;
}

/** Free text: by default what a TEXT column surely holds (16,383 characters). */
export function optionalText(field: string, value: string | null | undefined, max = TEXT_CHARS): string {
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

/* ---------------------------------------------------------------------------------------------
 * Column limits, from the entity metadata: what the database can hold is what the API accepts,
 * on SQLite (which would store anything) as on MariaDB (which would fail mid-transaction).
 * ------------------------------------------------------------------------------------------- */

/** MariaDB's TEXT holds 65,535 bytes: 16,383 characters of four bytes always fit. */
export const TEXT_BYTES = 65_535;
export const TEXT_CHARS = Math.floor(TEXT_BYTES / 4);
export const INT_MIN = -2_147_483_648;
export const INT_MAX = 2_147_483_647;
/** Years: this century's records, in the four digits that YYYY-MM-DD dates and periods (T10/2023) carry. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 9999;

const TEXT_TYPES = new Set(['text', 'simple-json', 'simple-array']);
const STRING_TYPES = new Set(['varchar', 'char', 'character varying', 'nvarchar']);
const INT_TYPES = new Set(['int', 'integer', 'int4']);

/** Properties shown to clients as Decimal2 (hundredths held in an int): their range is told in units. */
function isHundredths(target: unknown, property: string): boolean {
  const fields = getMetadataStorage().fields;
  return fields.some((f) => f.target === target && f.name === property && f.getType() === Decimal2);
}

/** The whole units a hundredths column holds, told without decimals so that either language reads it. */
function hundredthsText(value: number): string {
  return formatHundredths(value).replace(/\.00$/, '');
}

/** Refuses a value its column cannot hold, naming the property. Values built in SQL are skipped. */
export function checkColumnValue(metadata: EntityMetadata, column: ColumnMetadata, value: unknown): void {
  if (value === null || value === undefined || typeof value === 'function') return;
  const field = column.propertyName;
  const type = typeof column.type === 'string' ? column.type : '';
  if (STRING_TYPES.has(type) && typeof value === 'string') {
    const max = Number(column.length || 255);
    if (value.length > max) throw new InputError('input.tooLong', { field, max });
  } else if (TEXT_TYPES.has(type)) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (text !== undefined && Buffer.byteLength(text, 'utf8') > TEXT_BYTES) throw new InputError('input.tooLong', { field, max: TEXT_CHARS });
  } else if (INT_TYPES.has(type) && typeof value === 'number') {
    if (!Number.isInteger(value) || value < INT_MIN || value > INT_MAX) {
      if (isHundredths(metadata.target, field)) {
        throw new InputError('input.range', { field, min: hundredthsText(INT_MIN + 48), max: hundredthsText(INT_MAX - 47) });
      }
      throw new InputError('input.range', { field, min: INT_MIN, max: INT_MAX });
    }
  } else if (type === 'decimal' && (typeof value === 'number' || typeof value === 'string')) {
    const precision = column.precision ?? 10;
    const scale = column.scale ?? 0;
    const bound = 10 ** (precision - scale);
    const number = Number(value);
    if (!Number.isFinite(number) || Math.abs(number) >= bound) throw new InputError('input.range', { field, min: -(bound - 1), max: bound - 1 });
  } else if (type === 'simple-enum' && column.enum && typeof value === 'string') {
    if (!column.enum.map(String).includes(value)) throw new InputError('input.range', { field, min: String(column.enum[0]), max: String(column.enum.at(-1)) });
  }
}

export function checkColumns(metadata: EntityMetadata, values: ObjectLiteral | undefined): void {
  if (!values) return;
  for (const column of metadata.columns) {
    if (column.propertyName in values) checkColumnValue(metadata, column, values[column.propertyName]);
  }
}

/** Every insert and update, through `save`, `insert`, `update` or a query builder, is checked first. */
@EventSubscriber()
export class ColumnLimits implements EntitySubscriberInterface {
  beforeInsert(event: InsertEvent<ObjectLiteral>): void {
    checkColumns(event.metadata, event.entity);
  }

  beforeUpdate(event: UpdateEvent<ObjectLiteral>): void {
    checkColumns(event.metadata, event.entity as ObjectLiteral | undefined);
  }
}

export function year(field: string, value: number): number {
  if (!Number.isInteger(value) || value < MIN_YEAR || value > MAX_YEAR) throw new InputError('input.year', { field, min: MIN_YEAR, max: MAX_YEAR });
  return value;
}

/**
 * Arguments every operation shares, checked before its resolver: `filter: null` is no filter,
 * and a `year` anywhere in the arguments is a sane year.
 */
export function normaliseArguments(args: Record<string, unknown>): Record<string, unknown> {
  let result = args;
  if (args.filter === null) {
    result = { ...args };
    delete result.filter;
  }
  const visit = (value: unknown, depth: number): void => {
    if (!value || typeof value !== 'object' || depth > 4) return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'year' && typeof inner === 'number') year('year', inner);
      else if (inner && typeof inner === 'object') visit(inner, depth + 1);
    }
  };
  visit(result, 0);
  return result;
}

/** Wraps the resolvers of Query and Mutation with `normaliseArguments`. */
export function guardRootArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve;
      if (!resolve || field.args.length === 0) continue;
      field.resolve = (source, args, context, info) => resolve(source, normaliseArguments(args), context, info);
    }
  }
  return schema;
}
