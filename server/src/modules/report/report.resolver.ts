import { Arg, Args, Ctx, ID, Query, Resolver, registerEnumType } from 'type-graphql';
import { Access } from '../../auth/access.js';
import { TASK_READERS } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { LocalDate } from '../../graphql/scalars.js';
import { FileContent, PeriodArgs } from '../kpi/kpi.inputs.js';
import { DeadlineBasis } from '../task/task.inputs.js';
import { ReportService } from './report.service.js';
import { RESULT_READERS } from '../kpi/kpi-result.service.js';

export enum ReportFormat { XLSX = 'XLSX', DOCX = 'DOCX' }
registerEnumType(ReportFormat, { name: 'ReportFormat', description: 'Excel (.xlsx) or Word (.docx)' });

const service = (ctx: Context) => new ReportService(ctx.db, ctx.clock, ctx.actor, ctx.lang);

@Resolver()
export class ReportResolver {
  @Access({ roles: TASK_READERS, why: 'a unit of the caller’s scope, counting only tasks they may read' })
  @Query(() => FileContent, { description: 'Task report by unit (STT, unit, total, on time, late, open within deadline, overdue, both rates), in the reader’s language' })
  taskReport(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('format', () => ReportFormat) format: ReportFormat,
    @Arg('from', () => LocalDate, { nullable: true }) from: string | undefined,
    @Arg('to', () => LocalDate, { nullable: true }) to: string | undefined,
    @Arg('deadlineBasis', () => DeadlineBasis, { nullable: true }) deadlineBasis: DeadlineBasis | undefined,
    @Ctx() ctx: Context,
  ) {
    return service(ctx).taskReport({ unitId, format, from: from ?? undefined, to: to ?? undefined, deadlineBasis: deadlineBasis ?? undefined });
  }

  @Access({ roles: TASK_READERS, why: 'a unit of the caller’s scope, listing only tasks they may read' })
  @Query(() => FileContent, { description: 'Overdue open tasks of a unit and its sub-units with their responsible officials and assignees' })
  overdueTaskReport(@Arg('unitId', () => ID) unitId: string, @Arg('format', () => ReportFormat) format: ReportFormat, @Ctx() ctx: Context) {
    return service(ctx).overdueReport({ unitId, format });
  }

  @Access({ roles: TASK_READERS, why: 'a document every signed-in account may read; only tasks the caller may read are listed' })
  @Query(() => FileContent, { description: 'Follow-up of one conclusion or document: each directive, its tasks, state and result' })
  conclusionReport(@Arg('documentId', () => ID) documentId: string, @Arg('format', () => ReportFormat) format: ReportFormat, @Ctx() ctx: Context) {
    return service(ctx).conclusionReport({ documentId, format });
  }

  @Access({ roles: RESULT_READERS, why: 'KPI results are read in scope by every role, as in indicatorRanking' })
  @Query(() => FileContent, { description: 'KPI results of a period for the units under one: rank, total, each group against its maximum' })
  kpiReport(@Arg('unitId', () => ID) unitId: string, @Args() period: PeriodArgs, @Arg('format', () => ReportFormat) format: ReportFormat, @Ctx() ctx: Context) {
    return service(ctx).kpiReport({ unitId, period, format });
  }
}
