import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ListArgs } from '../../graphql/list.js';
import { LocalDate } from '../../graphql/scalars.js';
import { DeadlineBasis } from '../task/task.inputs.js';

/** Task counts by timeliness, with both completion rates (see rules/timeliness.ts). */
@ObjectType()
export class TimelinessCounts {
  @Field(() => Int, { description: 'All tasks counted (cancelled ones count nowhere)' }) total: number;
  @Field(() => Int) done: number;
  @Field(() => Int) doneOnTime: number;
  @Field(() => Int) doneLate: number;
  @Field(() => Int) doneNoDeadline: number;
  @Field(() => Int) openWithinDeadline: number;
  @Field(() => Int) openOverdue: number;
  @Field(() => Int) openNoDeadline: number;
  @Field(() => Int, { description: 'Tasks returned at least once (failed a quality check)' }) returned: number;
  @Field(() => Float, { nullable: true, description: 'done ÷ total' }) completionRateOfTotal: number | null;
  @Field(() => Float, { nullable: true, description: 'done ÷ (done + open overdue)' }) completionRateOfDue: number | null;
}

/** What one official answers for or carries out: the tasks where they are responsible or an assignee. */
@ObjectType()
export class OfficialAccountability extends TimelinessCounts {
  @Field(() => ID, { description: 'The official' }) id: string;
  @Field(() => String) fullName: string;
  @Field(() => ID, { description: 'The unit of their current post within the unit asked about' }) unitId: string;
  @Field(() => String) unitName: string;
  @Field(() => String) position: string;
}

@InputType()
export class OfficialAccountabilityFilter {
  @Field(() => ID, { nullable: true, description: 'The unit; by default the widest unit of the caller’s scope' }) unitId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Officials of the units under it too (default true)' }) includeSubunits?: boolean;
  @Field(() => LocalDate, { nullable: true, description: 'Tasks whose deadline (or start, without one) is on or after' }) from?: string;
  @Field(() => LocalDate, { nullable: true }) to?: string;
  @Field(() => DeadlineBasis, { nullable: true, description: 'ORIGINAL by default' }) deadlineBasis?: DeadlineBasis;
  @Field(() => [ID], { nullable: true, description: 'These officials only' }) ids?: string[];
}

@ArgsType()
export class AllOfficialAccountabilitiesArgs extends ListArgs {
  @Field(() => OfficialAccountabilityFilter, { nullable: true }) filter?: OfficialAccountabilityFilter | null;
}

/** Takes (and ignores) the paging and sort arguments ra-data-graphql-simple sends with every meta query. */
@ArgsType()
export class OfficialAccountabilitiesMetaArgs extends ListArgs {
  @Field(() => OfficialAccountabilityFilter, { nullable: true }) filter?: OfficialAccountabilityFilter | null;
}

/** One unit's tasks (led by it or by the units under it) by timeliness. */
@ObjectType()
export class UnitTaskSummary extends TimelinessCounts {
  @Field(() => ID) unitId: string;
  @Field(() => String) unitCode: string;
  @Field(() => String) unitName: string;
  @Field(() => Boolean, { description: 'true: the tasks the unit asked about leads itself; false: a unit under it with its subtree' }) own: boolean;
}

@ArgsType()
export class UnitTaskSummariesArgs {
  @Field(() => ID) unitId: string;
  @Field(() => LocalDate, { nullable: true }) from?: string;
  @Field(() => LocalDate, { nullable: true }) to?: string;
  @Field(() => DeadlineBasis, { nullable: true }) deadlineBasis?: DeadlineBasis;
}

/** Tasks whose deadline falls in a month: how many, and how many were or are late. */
@ObjectType()
export class MonthTrend {
  @Field(() => String, { description: 'YYYY-MM' }) month: string;
  @Field(() => Int, { description: 'Tasks due in the month (cancelled ones excluded)' }) due: number;
  @Field(() => Int) doneOnTime: number;
  @Field(() => Int) doneLate: number;
  @Field(() => Int) openOverdue: number;
  @Field(() => Int, { description: 'done late + open overdue' }) late: number;
}

@ArgsType()
export class OverdueTrendArgs {
  @Field(() => ID) unitId: string;
  @Field(() => Int, { nullable: true, description: 'Months back from the current one (Vietnam), 12 by default, 60 at most' }) months?: number;
  @Field(() => DeadlineBasis, { nullable: true }) deadlineBasis?: DeadlineBasis;
}
