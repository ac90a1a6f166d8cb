import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { InputError } from '../errors.js';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from './limits.js';

export { MAX_PER_PAGE };

/** The list arguments of ra-data-graphql-simple: pages count from 0; 1000 rows at most, for exports. */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true })
  page?: number;

  @Field(() => Int, { nullable: true })
  perPage?: number;

  @Field(() => String, { nullable: true })
  sortField?: string;

  @Field(() => String, { nullable: true, description: 'ASC or DESC' })
  sortOrder?: string;
}

@ObjectType()
export class ListMetadata {
  @Field(() => Int)
  count: number;
}

/**
 * Orders and pages a query. `sortable` maps the GraphQL field names a client may sort by to
 * columns; anything else is refused rather than silently ignored. The id breaks ties so that
 * pages never overlap.
 */
export function applyListArgs<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: ListArgs & { filter?: { ids?: unknown[] | null } | null },
  sortable: Record<string, string>,
  defaultSort: { field: string; order: 'ASC' | 'DESC' },
): SelectQueryBuilder<T> {
  // many-by-id (react-admin's getMany) sends no page size: every requested row comes back
  const ids = args.filter?.ids?.length;
  const perPage = args.perPage ?? (ids ? Math.min(ids, MAX_PER_PAGE) : DEFAULT_PER_PAGE);
  const page = args.page ?? 0;
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) throw new InputError('input.perPage', { max: MAX_PER_PAGE });
  if (!Number.isInteger(page) || page < 0) throw new InputError('input.page', {});
  const field = args.sortField ?? defaultSort.field;
  const column = sortable[field];
  if (!column) throw new InputError('input.sortField', { value: field, allowed: Object.keys(sortable).join(', ') });
  const order = args.sortOrder ? (args.sortOrder.toUpperCase() === 'DESC' ? 'DESC' : 'ASC') : defaultSort.order;
  const alias = qb.alias;
  qb.orderBy(column, order);
  if (column !== `${alias}.id`) qb.addOrderBy(`${alias}.id`, order);
  return qb.offset(page * perPage).limit(perPage);
}
