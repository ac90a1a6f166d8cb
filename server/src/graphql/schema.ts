import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
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
  built ??= buildSchema({ resolvers: [...resolvers], validate: false }).then(enforceAccess).then(guardRootArguments).then(serialiseRootFields);
  return built;
}

/** The SDL committed as schema/schema.graphql: sorted, so that it changes only when the API does. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await appSchema()))}\n`;
}
