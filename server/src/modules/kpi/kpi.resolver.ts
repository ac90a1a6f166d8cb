import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../auth/access.js';
import { Role, TASK_MANAGERS, TASK_READERS } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { ListMetadata } from '../../graphql/list.js';
import { onlyIdRequested, related } from '../../graphql/selection.js';
import { Task } from '../task/task.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { KpiAccountabilityService } from './kpi-accountability.service.js';
import { KpiCatalogueService } from './kpi-catalogue.service.js';
import { KpiResultService, RESULT_READERS, RESULT_WRITERS } from './kpi-result.service.js';
import { Indicator, IndicatorCatalogue, IndicatorGroup, IndicatorGroupScore, IndicatorResult, IndicatorValue, TaskIndicatorTarget } from './kpi.entity.js';
import {
  AllIndicatorCataloguesArgs, AllIndicatorGroupsArgs, AllIndicatorResultsArgs, AllIndicatorsArgs, AllTaskIndicatorTargetsArgs, BelowTargetLine,
  CreateIndicatorArgs, CreateIndicatorResultArgs, CreateTaskIndicatorTargetArgs, FileContent, GroupBelowTargetLine, ImportFormat, ImportReport, IndicatorAccountability,
  PeriodArgs, RankingLine, UpdateIndicatorArgs, UpdateIndicatorGroupArgs, UpdateTaskIndicatorTargetArgs,
} from './kpi.inputs.js';

const catalogue = (ctx: Context) => new KpiCatalogueService(ctx.db, ctx.actor);
const results = (ctx: Context) => new KpiResultService(ctx.db, ctx.clock, ctx.actor);
const accountability = (ctx: Context) => new KpiAccountabilityService(ctx.db, ctx.clock, ctx.actor);

const READ_CATALOGUE = { roles: 'AUTHENTICATED' as const, why: 'the national index is public knowledge for every signed-in account' };
const EDIT_CATALOGUE = { roles: [Role.ADMIN], why: 'administrators keep the catalogue (maxima are not all confirmed by the decision)' };
const READ_RESULTS = { roles: RESULT_READERS, why: 'results of the units in the caller’s scope' };
const WRITE_RESULTS = { roles: RESULT_WRITERS, why: 'leaders, HR and administrators enter or import the results of their scope' };
const FIELD = { roles: 'AUTHENTICATED' as const, why: 'a relation of a record the caller was already allowed to read' };

@Resolver(() => IndicatorCatalogue)
export class IndicatorCatalogueResolver {
  @Access(READ_CATALOGUE) @Query(() => [IndicatorCatalogue])
  allIndicatorCatalogues(@Args() args: AllIndicatorCataloguesArgs, @Ctx() ctx: Context) { return catalogue(ctx).listCatalogues(args); }

  @Access(READ_CATALOGUE) @Query(() => ListMetadata)
  async _allIndicatorCataloguesMeta(@Args() args: AllIndicatorCataloguesArgs, @Ctx() ctx: Context) { return { count: (await catalogue(ctx).listCatalogues({ ...args, page: 0, perPage: 1000 })).length }; }

  @Access(READ_CATALOGUE) @Query(() => IndicatorCatalogue)
  IndicatorCatalogue(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return catalogue(ctx).getCatalogue(id); }
}

@Resolver(() => IndicatorGroup)
export class IndicatorGroupResolver {
  @Access(READ_CATALOGUE) @Query(() => [IndicatorGroup])
  allIndicatorGroups(@Args() args: AllIndicatorGroupsArgs, @Ctx() ctx: Context) { return catalogue(ctx).listGroups(args); }

  @Access(READ_CATALOGUE) @Query(() => ListMetadata)
  async _allIndicatorGroupsMeta(@Args() args: AllIndicatorGroupsArgs, @Ctx() ctx: Context) { return { count: await catalogue(ctx).groupsFiltered(args.filter).getCount() }; }

  @Access(READ_CATALOGUE) @Query(() => IndicatorGroup)
  IndicatorGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return catalogue(ctx).getGroup(id); }

  @Access(EDIT_CATALOGUE) @Mutation(() => IndicatorGroup)
  updateIndicatorGroup(@Args() args: UpdateIndicatorGroupArgs, @Ctx() ctx: Context) { return catalogue(ctx).updateGroup(args); }
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Access(READ_CATALOGUE) @Query(() => [Indicator])
  allIndicators(@Args() args: AllIndicatorsArgs, @Ctx() ctx: Context) { return catalogue(ctx).listIndicators(args); }

  @Access(READ_CATALOGUE) @Query(() => ListMetadata)
  async _allIndicatorsMeta(@Args() args: AllIndicatorsArgs, @Ctx() ctx: Context) { return { count: await catalogue(ctx).indicatorsFiltered(args.filter).getCount() }; }

  @Access(READ_CATALOGUE) @Query(() => Indicator)
  Indicator(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return catalogue(ctx).getIndicator(id); }

  @Access(EDIT_CATALOGUE) @Mutation(() => Indicator)
  createIndicator(@Args() args: CreateIndicatorArgs, @Ctx() ctx: Context) { return catalogue(ctx).createIndicator(args); }

  @Access(EDIT_CATALOGUE) @Mutation(() => Indicator)
  updateIndicator(@Args() args: UpdateIndicatorArgs, @Ctx() ctx: Context) { return catalogue(ctx).updateIndicator(args); }

  @Access(FIELD) @FieldResolver(() => IndicatorGroup)
  group(@Root() i: Indicator, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, i.groupId, ctx.loaders.indicatorGroup);
  }
}

@Resolver(() => IndicatorResult)
export class IndicatorResultResolver {
  @Access(READ_RESULTS) @Query(() => [IndicatorResult])
  allIndicatorResults(@Args() args: AllIndicatorResultsArgs, @Ctx() ctx: Context) { return results(ctx).list(args); }

  @Access(READ_RESULTS) @Query(() => ListMetadata)
  async _allIndicatorResultsMeta(@Args() args: AllIndicatorResultsArgs, @Ctx() ctx: Context) { return { count: await results(ctx).count(args.filter) }; }

  @Access(READ_RESULTS) @Query(() => IndicatorResult)
  IndicatorResult(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return results(ctx).get(id); }

  @Access(WRITE_RESULTS) @Mutation(() => IndicatorResult)
  createIndicatorResult(@Args() args: CreateIndicatorResultArgs, @Ctx() ctx: Context) { return results(ctx).create(args); }

  @Access(WRITE_RESULTS) @Mutation(() => IndicatorResult)
  deleteIndicatorResult(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return results(ctx).delete(id); }

  @Access({ roles: RESULT_WRITERS, why: 'the whole file is checked, then saved in one transaction or not at all' })
  @Mutation(() => ImportReport)
  importIndicatorResults(@Arg('fileName', () => String) fileName: string, @Arg('content', () => String, { description: 'The file, base64' }) content: string, @Ctx() ctx: Context) {
    return results(ctx).import(fileName, content);
  }

  @Access({ roles: RESULT_WRITERS, why: 'the import template, for those who import' })
  @Query(() => FileContent)
  indicatorResultTemplate(@Arg('format', () => ImportFormat) format: ImportFormat, @Ctx() ctx: Context) { return results(ctx).template(format); }

  @Access(READ_RESULTS) @Query(() => IndicatorAccountability, { description: 'Groups and indicators of a unit for a period: score, maximum, target, gap, change, and the tasks meant to move them' })
  indicatorAccountability(@Arg('unitId', () => ID) unitId: string, @Args() period: PeriodArgs, @Ctx() ctx: Context) {
    return accountability(ctx).accountability(unitId, period);
  }

  @Access(READ_RESULTS) @Query(() => [RankingLine], { description: 'Units under one, ranked by total or by a group' })
  indicatorRanking(@Arg('unitId', () => ID) unitId: string, @Args() period: PeriodArgs, @Arg('groupCode', () => String, { nullable: true }) groupCode: string | null, @Ctx() ctx: Context) {
    return accountability(ctx).ranking(unitId, period, groupCode);
  }

  @Access(READ_RESULTS) @Query(() => [BelowTargetLine], { description: 'Indicators furthest below target, with the officials responsible' })
  indicatorsBelowTarget(@Arg('unitId', () => ID) unitId: string, @Args() period: PeriodArgs, @Arg('limit', () => Int, { nullable: true }) limit: number | null, @Ctx() ctx: Context) {
    return accountability(ctx).belowTarget(unitId, period, limit ?? 10);
  }

  @Access(READ_RESULTS) @Query(() => [GroupBelowTargetLine], { description: 'Per group and unit under one, how many indicators are below target for the period' })
  indicatorGroupsBelowTarget(@Arg('unitId', () => ID) unitId: string, @Args() period: PeriodArgs, @Ctx() ctx: Context) {
    return accountability(ctx).groupsBelowTarget(unitId, period);
  }

  @Access(FIELD) @FieldResolver(() => Unit)
  unit(@Root() r: IndicatorResult, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, r.unitId, ctx.loaders.unit);
  }

  @Access(FIELD) @FieldResolver(() => [IndicatorGroupScore])
  groupScores(@Root() r: IndicatorResult, @Ctx() ctx: Context) { return ctx.loaders.groupScores.load(r.id); }

  @Access(FIELD) @FieldResolver(() => [IndicatorValue])
  values(@Root() r: IndicatorResult, @Ctx() ctx: Context) { return ctx.loaders.indicatorValues.load(r.id); }
}

@Resolver(() => IndicatorGroupScore)
export class IndicatorGroupScoreResolver {
  @Access(FIELD) @FieldResolver(() => IndicatorGroup)
  group(@Root() s: IndicatorGroupScore, @Ctx() ctx: Context) { return ctx.loaders.indicatorGroup.load(s.groupId); }
}

@Resolver(() => IndicatorValue)
export class IndicatorValueResolver {
  @Access(FIELD) @FieldResolver(() => Indicator)
  indicator(@Root() v: IndicatorValue, @Ctx() ctx: Context) { return ctx.loaders.indicator.load(v.indicatorId); }
}

@Resolver(() => TaskIndicatorTarget)
export class TaskIndicatorTargetResolver {
  @Access({ roles: TASK_READERS, why: 'links of the tasks the caller may see' }) @Query(() => [TaskIndicatorTarget])
  allTaskIndicatorTargets(@Args() args: AllTaskIndicatorTargetsArgs, @Ctx() ctx: Context) { return accountability(ctx).listTargets(args); }

  @Access({ roles: TASK_READERS, why: 'links of the tasks the caller may see' }) @Query(() => ListMetadata)
  async _allTaskIndicatorTargetsMeta(@Args() args: AllTaskIndicatorTargetsArgs, @Ctx() ctx: Context) { return { count: await accountability(ctx).countTargets(args.filter) }; }

  @Access({ roles: TASK_READERS, why: 'links of the tasks the caller may see' }) @Query(() => TaskIndicatorTarget)
  TaskIndicatorTarget(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return accountability(ctx).getTarget(id); }

  @Access({ roles: TASK_MANAGERS, why: 'whoever manages the task ties it to an indicator' }) @Mutation(() => TaskIndicatorTarget)
  createTaskIndicatorTarget(@Args() args: CreateTaskIndicatorTargetArgs, @Ctx() ctx: Context) { return accountability(ctx).createTarget(args); }

  @Access({ roles: TASK_MANAGERS, why: 'whoever manages the task sets its target' }) @Mutation(() => TaskIndicatorTarget)
  updateTaskIndicatorTarget(@Args() args: UpdateTaskIndicatorTargetArgs, @Ctx() ctx: Context) { return accountability(ctx).updateTarget(args); }

  @Access({ roles: TASK_MANAGERS, why: 'whoever manages the task removes the tie' }) @Mutation(() => TaskIndicatorTarget)
  deleteTaskIndicatorTarget(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return accountability(ctx).deleteTarget(id); }

  @Access(FIELD) @FieldResolver(() => Task)
  task(@Root() x: TaskIndicatorTarget, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    // a link reaches the client only through the visibility of its task (targetsFiltered): load the tasks in one batch
    return onlyIdRequested(info) ? { id: x.taskId } : ctx.loaders.task.load(x.taskId);
  }

  @Access(FIELD) @FieldResolver(() => Indicator)
  indicator(@Root() x: TaskIndicatorTarget, @Ctx() ctx: Context) { return ctx.loaders.indicator.load(x.indicatorId); }
}
