import 'reflect-metadata';
import { isObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { enforceAccess } from '../auth/access.js';
import { AccountResolver, AccountRoleResolver } from '../modules/account/account.resolver.js';
import {
  IndicatorCatalogueResolver, IndicatorGroupResolver, IndicatorGroupScoreResolver, IndicatorResolver, IndicatorResultResolver, IndicatorValueResolver,
  TaskIndicatorTargetResolver,
} from '../modules/kpi/kpi.resolver.js';
import { EvaluationCycleResolver, EvaluationResolver, EvaluationStepResolver, UnitRatingResolver } from '../modules/evaluation/evaluation.resolver.js';
import { DirectiveResolver, DocumentResolver } from '../modules/document/document.resolver.js';
import { OfficialAssignmentResolver, OfficialResolver } from '../modules/official/official.resolver.js';
import { TaskEventResolver, TaskResolver, TaskUpdateResolver } from '../modules/task/task.resolver.js';
import { UnitResolver } from '../modules/unit/unit.resolver.js';
import { guardRootArguments } from '../validation.js';
import { serialiseRootFields } from './limits.js';
import { AlertResolver } from '../modules/alert/alert.resolver.js';
import { AccountabilityResolver } from '../modules/accountability/accountability.resolver.js';
import { ReportResolver } from '../modules/report/report.resolver.js';
import { ConclusionResolver } from '../modules/conclusion/conclusion.resolver.js';
import { EvidenceResolver } from '../modules/evidence/evidence.resolver.js';

export const resolvers = [
  UnitResolver, OfficialResolver, OfficialAssignmentResolver, DocumentResolver, DirectiveResolver,
  TaskResolver, TaskUpdateResolver, TaskEventResolver, AccountResolver, AccountRoleResolver,
  IndicatorCatalogueResolver, IndicatorGroupResolver, IndicatorResolver, IndicatorResultResolver, IndicatorGroupScoreResolver,
  IndicatorValueResolver, TaskIndicatorTargetResolver,
  EvaluationCycleResolver, EvaluationResolver, EvaluationStepResolver, UnitRatingResolver,
  AlertResolver, AccountabilityResolver, ReportResolver, ConclusionResolver, EvidenceResolver,
] as const;

let built: Promise<GraphQLSchema> | null = null;

/** The schema is built once per process; type-graphql's metadata is global anyway. */
export function appSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: [...resolvers], validate: false }).then(plainColumns).then(enforceAccess).then(guardRootArguments).then(serialiseRootFields);
  return built;
}

/**
 * A field without a resolver of its own (a column, a property of a result) is read by graphql's
 * default resolver, as type-graphql's `simpleResolvers` would: its own wrapper allocated the
 * arguments of a middleware chain for every field of every row, and there is none. A field that
 * carries an access rule (every field resolver does) or a middleware, or whose property has
 * another name than the field, keeps type-graphql's resolver.
 */
function plainColumns(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const renamed = new Set(storage.fields.filter((f) => f.name !== f.schemaName).map((f) => f.schemaName));
  const wrapped = new Set(storage.middlewares.map((m) => m.fieldName));
  const ownResolver = new Set(storage.fieldResolvers.map((r) => r.schemaName));
  if (storage.resolverMiddlewares.length || storage.authorizedFields.length || storage.authorizedResolver.length) return schema;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getQueryType() || type === schema.getMutationType()) continue;
    for (const [name, field] of Object.entries(type.getFields())) {
      if (field.extensions?.access || renamed.has(name) || wrapped.has(name) || ownResolver.has(name)) continue;
      field.resolve = undefined;
    }
  }
  return schema;
}

/** The SDL committed as schema/schema.graphql: sorted, so that it changes only when the API does. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await appSchema()))}\n`;
}
