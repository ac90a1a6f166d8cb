import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ListArgs } from '../../graphql/list.js';
import { LocalDate } from '../../graphql/scalars.js';
import { TaskState, Timeliness } from './task-state.js';

@InputType()
export class TaskFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true, description: 'Text in the title or description; case and Vietnamese diacritics ignored' }) q?: string;
  @Field(() => ID, { nullable: true, description: 'Lead unit' }) unitId?: string;
  @Field(() => Boolean, { nullable: true, description: 'With unitId: the units under it too (default true)' }) includeSubunits?: boolean;
  @Field(() => TaskState, { nullable: true }) state?: TaskState;
  @Field(() => [TaskState], { nullable: true }) states?: TaskState[];
  @Field(() => Timeliness, { nullable: true }) timeliness?: Timeliness;
  @Field(() => LocalDate, { nullable: true }) deadlineFrom?: string;
  @Field(() => LocalDate, { nullable: true }) deadlineTo?: string;
  @Field(() => ID, { nullable: true }) directiveId?: string;
  @Field(() => ID, { nullable: true }) documentId?: string;
  @Field(() => ID, { nullable: true }) responsibleOfficialId?: string;
  @Field(() => ID, { nullable: true }) assigneeId?: string;
  @Field(() => ID, { nullable: true, description: 'Tasks the official answers for or carries out' }) involvingOfficialId?: string;
}

@ArgsType()
export class AllTasksArgs extends ListArgs {
  @Field(() => TaskFilter, { nullable: true }) filter?: TaskFilter;
}

@ArgsType()
export class CreateTaskArgs {
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => ID, { nullable: true }) directiveId?: string | null;
  @Field(() => ID) leadUnitId: string;
  @Field(() => [ID], { nullable: true }) coordinatingUnitIds?: string[];
  @Field(() => ID, { nullable: true }) responsibleOfficialId?: string | null;
  @Field(() => [ID], { nullable: true }) assigneeIds?: string[];
  @Field(() => LocalDate, { nullable: true, description: 'Today (Vietnam) by default' }) startDate?: string;
  @Field(() => LocalDate, { nullable: true }) deadline?: string | null;
  @Field(() => Int, { nullable: true }) weight?: number;
  @Field(() => String, { nullable: true }) expectedResult?: string;
}

@ArgsType()
export class UpdateTaskArgs {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'The version that was read; an older one is refused with CONFLICT' }) version: number;
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => ID, { nullable: true }) directiveId?: string | null;
  @Field(() => ID, { nullable: true }) leadUnitId?: string;
  @Field(() => [ID], { nullable: true }) coordinatingUnitIds?: string[];
  @Field(() => ID, { nullable: true }) responsibleOfficialId?: string | null;
  @Field(() => [ID], { nullable: true }) assigneeIds?: string[];
  @Field(() => LocalDate, { nullable: true }) startDate?: string;
  @Field(() => LocalDate, { nullable: true }) deadline?: string | null;
  @Field(() => String, { nullable: true, description: 'Required when the deadline changes' }) deadlineChangeReason?: string;
  @Field(() => Boolean, { nullable: true, description: 'The extension is granted for an objective cause (Decree 335): the task is judged by the new deadline and loses no progress points; the reason and the approver are recorded' }) deadlineObjectiveCause?: boolean;
  @Field(() => String, { nullable: true, description: 'Why the other changes were made; kept in history (e.g. why a task is cancelled)' }) changeReason?: string;
  @Field(() => Int, { nullable: true }) weight?: number;
  @Field(() => String, { nullable: true }) expectedResult?: string;
  @Field(() => TaskState, { nullable: true, description: 'Only NOT_STARTED, IN_PROGRESS or CANCELLED can be set here' }) state?: TaskState;
  @Field(() => Int, { nullable: true }) percentDone?: number;
}

@ArgsType()
export class CreateTaskUpdateArgs {
  @Field(() => ID) taskId: string;
  @Field(() => TaskState, { description: 'IN_PROGRESS or REPORTED_DONE' }) state: TaskState;
  @Field(() => Int, { nullable: true }) percentDone?: number;
  @Field(() => String, { nullable: true }) note?: string;
  @Field(() => [String], { nullable: true }) evidenceLinks?: string[];
  @Field(() => Int, { nullable: true }) taskVersion?: number;
}

@InputType()
export class TaskUpdateFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) taskId?: string;
  @Field(() => ID, { nullable: true }) officialId?: string;
}

@ArgsType()
export class AllTaskUpdatesArgs extends ListArgs {
  @Field(() => TaskUpdateFilter, { nullable: true }) filter?: TaskUpdateFilter;
}

@InputType()
export class TaskEventFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) taskId?: string;
}

@ArgsType()
export class AllTaskEventsArgs extends ListArgs {
  @Field(() => TaskEventFilter, { nullable: true }) filter?: TaskEventFilter;
}

export enum DeadlineBasis {
  ORIGINAL = 'ORIGINAL',
  CURRENT = 'CURRENT',
}
registerEnumType(DeadlineBasis, {
  name: 'DeadlineBasis',
  description: 'Which deadline the statistics count against: the original one (as the Government Office counts) or the current, extended one',
});

@ArgsType()
export class TaskSummaryArgs {
  @Field(() => ID) unitId: string;
  @Field(() => Boolean, { nullable: true, description: 'The units under it too (default true)' }) includeSubunits?: boolean;
  @Field(() => LocalDate, { nullable: true, description: 'Tasks whose deadline falls in the range; tasks without a deadline by their start date' }) from?: string;
  @Field(() => LocalDate, { nullable: true }) to?: string;
  @Field(() => DeadlineBasis, { nullable: true, description: 'ORIGINAL by default' }) deadlineBasis?: DeadlineBasis;
}

/** The usual report of assigned work; a rate over nothing is null, not 0. */
@ObjectType()
export class TaskSummary {
  @Field(() => ID) unitId: string;
  @Field(() => Boolean) includeSubunits: boolean;
  @Field(() => LocalDate, { nullable: true }) from: string | null;
  @Field(() => LocalDate, { nullable: true }) to: string | null;
  @Field(() => LocalDate, { description: 'The Vietnam date open tasks were judged on' }) asOf: string;
  @Field(() => DeadlineBasis) deadlineBasis: DeadlineBasis;
  @Field(() => Int, { description: 'All tasks counted (cancelled ones count nowhere)' }) total: number;
  @Field(() => Int) doneOnTime: number;
  @Field(() => Int) doneLate: number;
  @Field(() => Int) doneNoDeadline: number;
  @Field(() => Int) openWithinDeadline: number;
  @Field(() => Int) openOverdue: number;
  @Field(() => Int) openNoDeadline: number;
  @Field(() => Int) done: number;
  @Field(() => Float, { nullable: true, description: 'Completion rate over all tasks: done ÷ total' }) completionRateOfTotal: number | null;
  @Field(() => Float, { nullable: true, description: 'Completion rate over tasks that are due (Government Office): done ÷ (done + open overdue)' }) completionRateOfDue: number | null;
}

@ArgsType()
export class AcceptTaskArgs {
  @Field(() => ID) id: string;
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => Boolean, { nullable: true, description: 'The result exceeded what was expected' }) exceeded?: boolean;
  @Field(() => String, { nullable: true }) note?: string;
}

@ArgsType()
export class ReturnTaskArgs {
  @Field(() => ID) id: string;
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => String) reason: string;
  @Field(() => Boolean, { nullable: true, description: 'The shortfall has an objective cause, as the assigner confirms: the return is recorded but deducts no quality points (Decree 335)' }) objectiveCause?: boolean;
}
