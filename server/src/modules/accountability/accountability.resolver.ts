import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Access } from '../../auth/access.js';
import { TASK_READERS } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { ListMetadata } from '../../graphql/list.js';
import { ACCOUNTABILITY_READERS, AccountabilityService } from './accountability.service.js';
import {
  AllOfficialAccountabilitiesArgs, MonthTrend, OfficialAccountabilitiesMetaArgs, OfficialAccountability, OverdueTrendArgs, UnitTaskSummariesArgs,
  UnitTaskSummary,
} from './accountability.types.js';

const service = (ctx: Context) => new AccountabilityService(ctx.db, ctx.clock, ctx.actor);

@Resolver()
export class AccountabilityResolver {
  @Access({ roles: ACCOUNTABILITY_READERS, why: 'leaders, HR and heads rank the officials of a unit of their scope; only tasks they may read count' })
  @Query(() => [OfficialAccountability], { description: 'Per official of a unit (and sub-units): the tasks they answer for or carry out, by timeliness; sortable, paged; by default the widest unit of the caller’s scope' })
  allOfficialAccountabilities(@Args() args: AllOfficialAccountabilitiesArgs, @Ctx() ctx: Context) {
    return service(ctx).officials(args);
  }

  @Access({ roles: ACCOUNTABILITY_READERS, why: 'leaders, HR and heads rank the officials of a unit of their scope; only tasks they may read count' })
  @Query(() => ListMetadata)
  async _allOfficialAccountabilitiesMeta(@Args() args: OfficialAccountabilitiesMetaArgs, @Ctx() ctx: Context) {
    return { count: await service(ctx).countOfficials(args.filter) };
  }

  @Access({ roles: TASK_READERS, why: 'the drill-down of a unit of the caller’s scope, counting only tasks they may read' })
  @Query(() => [UnitTaskSummary], { description: 'The unit’s own tasks, then each unit directly under it with its subtree, by timeliness' })
  unitTaskSummaries(@Args() args: UnitTaskSummariesArgs, @Ctx() ctx: Context) {
    return service(ctx).unitSummaries(args);
  }

  @Access({ roles: TASK_READERS, why: 'the trend of a unit of the caller’s scope, counting only tasks they may read' })
  @Query(() => [MonthTrend], { description: 'Per month of deadline (oldest first, up to the current Vietnam month): tasks due and late' })
  overdueTrend(@Args() args: OverdueTrendArgs, @Ctx() ctx: Context) {
    return service(ctx).overdueTrend(args);
  }
}
