import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Decimal2 } from '../../graphql/decimal.js';
import { ListArgs } from '../../graphql/list.js';
import { Official } from '../official/official.entity.js';
import { Task } from '../task/task.entity.js';
import { TaskUpdate } from '../task/task-update.entity.js';
import { Timeliness } from '../task/task-state.js';
import { Unit } from '../unit/unit.entity.js';
import { Indicator, IndicatorGroup, IndicatorResult, PeriodKind } from './kpi.entity.js';

@InputType() export class IndicatorCatalogueFilter { @Field(() => [ID], { nullable: true }) ids?: string[]; }
@ArgsType() export class AllIndicatorCataloguesArgs extends ListArgs { @Field(() => IndicatorCatalogueFilter, { nullable: true }) filter?: IndicatorCatalogueFilter; }

@InputType() export class IndicatorGroupFilter { @Field(() => [ID], { nullable: true }) ids?: string[]; @Field(() => ID, { nullable: true }) catalogueId?: string; }
@ArgsType() export class AllIndicatorGroupsArgs extends ListArgs { @Field(() => IndicatorGroupFilter, { nullable: true }) filter?: IndicatorGroupFilter; }
@ArgsType() export class UpdateIndicatorGroupArgs {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) nameVi?: string;
  @Field(() => String, { nullable: true }) nameEn?: string;
  @Field(() => Decimal2, { nullable: true }) max?: number;
}

@InputType() export class IndicatorFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) groupId?: string;
  @Field(() => ID, { nullable: true }) catalogueId?: string;
  @Field(() => String, { nullable: true }) q?: string;
}
@ArgsType() export class AllIndicatorsArgs extends ListArgs { @Field(() => IndicatorFilter, { nullable: true }) filter?: IndicatorFilter; }
@ArgsType() export class CreateIndicatorArgs {
  @Field(() => ID) groupId: string;
  @Field(() => String) code: string;
  @Field(() => String) nameVi: string;
  @Field(() => String) nameEn: string;
  @Field(() => Decimal2, { nullable: true }) max?: number | null;
  @Field(() => String, { nullable: true }) rule?: string | null;
  @Field(() => Boolean, { nullable: true }) uncertain?: boolean;
}
@ArgsType() export class UpdateIndicatorArgs {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) nameVi?: string;
  @Field(() => String, { nullable: true }) nameEn?: string;
  @Field(() => Decimal2, { nullable: true }) max?: number | null;
  @Field(() => String, { nullable: true }) rule?: string | null;
  @Field(() => Boolean, { nullable: true }) uncertain?: boolean;
}

@InputType() export class IndicatorResultFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true, description: 'This unit and the units under it' }) unitId?: string;
  @Field(() => PeriodKind, { nullable: true }) periodKind?: PeriodKind;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => Boolean, { nullable: true, description: 'Only results saved as published although inconsistent' }) asPublished?: boolean;
}
@ArgsType() export class AllIndicatorResultsArgs extends ListArgs { @Field(() => IndicatorResultFilter, { nullable: true }) filter?: IndicatorResultFilter; }

@InputType() export class GroupScoreInput {
  @Field(() => String, { description: 'Group code, e.g. TDGQ' }) groupCode: string;
  @Field(() => Decimal2) score: number;
}
@InputType() export class IndicatorValueInput {
  @Field(() => String, { description: 'Indicator code, e.g. TDGQ.1' }) indicatorCode: string;
  @Field(() => Decimal2, { nullable: true }) score?: number | null;
  @Field(() => Decimal2, { nullable: true, description: 'Rate in %, 0–100' }) rate?: number | null;
}
@ArgsType() export class CreateIndicatorResultArgs {
  @Field(() => ID) unitId: string;
  @Field(() => PeriodKind) periodKind: PeriodKind;
  @Field(() => Int) year: number;
  @Field(() => Int, { description: 'Month 1–12, quarter 1–4, number of first months 1–12, or 0 for a year' }) periodNumber: number;
  @Field(() => Decimal2) total: number;
  @Field(() => [GroupScoreInput], { nullable: true }) groupScores?: GroupScoreInput[];
  @Field(() => [IndicatorValueInput], { nullable: true }) values?: IndicatorValueInput[];
  @Field(() => Boolean, { nullable: true, description: 'Keep it although it does not add up; requires a note' }) asPublished?: boolean;
  @Field(() => String, { nullable: true }) note?: string;
}

export enum ImportFormat { CSV = 'CSV', XLSX = 'XLSX' }
registerEnumType(ImportFormat, { name: 'ImportFormat' });

@ObjectType() export class ImportIssue {
  @Field(() => Int, { description: 'Row in the file (the header is row 1)' }) row: number;
  @Field(() => String, { nullable: true }) column: string | null;
  @Field(() => String) message: string;
}
@ObjectType() export class ImportReport {
  @Field(() => Boolean, { description: 'True when the whole file was saved; false when nothing was' }) saved: boolean;
  @Field(() => Int) rows: number;
  @Field(() => Int) imported: number;
  @Field(() => [ImportIssue]) issues: ImportIssue[];
}
@ObjectType() export class FileContent {
  @Field(() => String) fileName: string;
  @Field(() => String) mimeType: string;
  @Field(() => String) base64: string;
}

@ArgsType() export class PeriodArgs {
  @Field(() => PeriodKind) periodKind: PeriodKind;
  @Field(() => Int) year: number;
  @Field(() => Int) periodNumber: number;
}

@ObjectType() export class LinkedTask {
  @Field(() => Task) task: Task;
  @Field(() => Decimal2) target: number;
  @Field(() => Decimal2, { nullable: true }) baseline: number | null;
  @Field(() => Official, { nullable: true }) responsibleOfficial: Official | null;
  @Field(() => Timeliness, { nullable: true }) timeliness: Timeliness | null;
  @Field(() => TaskUpdate, { nullable: true }) lastUpdate: TaskUpdate | null;
}
@ObjectType() export class GroupLine {
  @Field(() => IndicatorGroup) group: IndicatorGroup;
  @Field(() => Decimal2, { nullable: true }) score: number | null;
  @Field(() => Decimal2) max: number;
  @Field(() => Decimal2, { nullable: true, description: 'Points missing to the maximum' }) gap: number | null;
  @Field(() => Decimal2, { nullable: true, description: 'Against the previous period' }) change: number | null;
}
@ObjectType() export class IndicatorLine {
  @Field(() => Indicator) indicator: Indicator;
  @Field(() => Decimal2, { nullable: true }) score: number | null;
  @Field(() => Decimal2, { nullable: true }) max: number | null;
  @Field(() => Decimal2, { nullable: true }) rate: number | null;
  @Field(() => Decimal2, { nullable: true, description: 'Highest target rate of the linked tasks' }) target: number | null;
  @Field(() => Decimal2, { nullable: true, description: 'Target minus rate, when both are known' }) gap: number | null;
  @Field(() => Decimal2, { nullable: true, description: 'Rate change against the previous period' }) change: number | null;
  @Field(() => [LinkedTask]) tasks: LinkedTask[];
}
@ObjectType() export class IndicatorAccountability {
  @Field(() => Unit) unit: Unit;
  @Field(() => String) period: string;
  @Field(() => IndicatorResult, { nullable: true }) result: IndicatorResult | null;
  @Field(() => IndicatorResult, { nullable: true }) previous: IndicatorResult | null;
  @Field(() => [GroupLine]) groups: GroupLine[];
  @Field(() => [IndicatorLine]) indicators: IndicatorLine[];
}
@ObjectType() export class RankingLine {
  @Field(() => Int) rank: number;
  @Field(() => Unit) unit: Unit;
  @Field(() => IndicatorResult) result: IndicatorResult;
  @Field(() => Decimal2, { description: 'Total, or the chosen group\'s score' }) score: number;
}
@ObjectType() export class BelowTargetLine {
  @Field(() => Indicator) indicator: Indicator;
  @Field(() => Decimal2, { nullable: true }) rate: number | null;
  @Field(() => Decimal2) target: number;
  @Field(() => Decimal2) gap: number;
  @Field(() => [Official]) responsibleOfficials: Official[];
  @Field(() => Int) openTasks: number;
}

@ObjectType({ description: 'How many indicators of a group are below target in one unit for a period' }) export class GroupBelowTargetLine {
  @Field(() => IndicatorGroup) group: IndicatorGroup;
  @Field(() => Unit) unit: Unit;
  @Field(() => Int, { description: 'Indicators of the group whose rate is below the highest target of the unit\'s tasks' }) indicators: number;
}

@InputType() export class TaskIndicatorTargetFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) taskId?: string;
  @Field(() => ID, { nullable: true }) indicatorId?: string;
}
@ArgsType() export class AllTaskIndicatorTargetsArgs extends ListArgs { @Field(() => TaskIndicatorTargetFilter, { nullable: true }) filter?: TaskIndicatorTargetFilter; }
@ArgsType() export class CreateTaskIndicatorTargetArgs {
  @Field(() => ID) taskId: string;
  @Field(() => ID) indicatorId: string;
  @Field(() => Decimal2, { description: 'Target rate in %' }) target: number;
  @Field(() => Decimal2, { nullable: true }) baseline?: number | null;
}
@ArgsType() export class UpdateTaskIndicatorTargetArgs {
  @Field(() => ID) id: string;
  @Field(() => Decimal2, { nullable: true }) target?: number;
  @Field(() => Decimal2, { nullable: true }) baseline?: number | null;
}
