import { In } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { TASK_READERS } from '../../auth/roles.js';
import { requireUnitInScope, taskVisibility } from '../../auth/scope.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { formatDate } from '../../i18n/format-date.js';
import type { Lang } from '../../i18n/lang.js';
import { stateLabels } from '../../i18n/messages.js';
import { timelinessOf, timelinessSql } from '../../rules/timeliness.js';
import { requireRow, toId } from '../../validation.js';
import { AccountabilityService } from '../accountability/accountability.service.js';
import { Directive } from '../document/directive.entity.js';
import { Document } from '../document/document.entity.js';
import { Official } from '../official/official.entity.js';
import { Timeliness } from '../task/task-state.js';
import { Task, TaskAssignee } from '../task/task.entity.js';
import type { DeadlineBasis } from '../task/task.inputs.js';
import { Unit } from '../unit/unit.entity.js';
import { IndicatorGroupScore } from '../kpi/kpi.entity.js';
import { KpiAccountabilityService } from '../kpi/kpi-accountability.service.js';
import { catalogueAt } from '../kpi/kpi-catalogue.service.js';
import { periodEnd } from '../kpi/kpi-result.service.js';
import type { PeriodArgs } from '../kpi/kpi.inputs.js';
import { periodLabel } from '../../i18n/period.js';
import { dateLine, periodLine, reportDocument, reportWorkbook, type Cell, type ReportTable } from './report-file.js';

export type ReportFormatName = 'XLSX' | 'DOCX';

export interface ReportFile { fileName: string; mimeType: string; base64: string }

const MIME = {
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** At most this many rows in a list report; the title says when it was cut. */
export const REPORT_ROW_LIMIT = 5000;

const TIMELINESS_LABELS: Record<Timeliness, Record<Lang, string>> = {
  DONE_ON_TIME: { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
  DONE_LATE: { vi: 'Hoàn thành quá hạn', en: 'Done late' },
  DONE_NO_DEADLINE: { vi: 'Hoàn thành (không thời hạn)', en: 'Done (no deadline)' },
  OPEN_WITHIN_DEADLINE: { vi: 'Đang thực hiện trong hạn', en: 'Open, within deadline' },
  OPEN_OVERDUE: { vi: 'Quá hạn chưa hoàn thành', en: 'Open, overdue' },
  OPEN_NO_DEADLINE: { vi: 'Đang thực hiện (không thời hạn)', en: 'Open (no deadline)' },
};

const T = {
  taskTitle: { vi: 'BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THEO ĐƠN VỊ', en: 'TASK REPORT BY UNIT' },
  taskColumns: {
    vi: ['STT', 'Đơn vị', 'Tổng số nhiệm vụ', 'Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Đang thực hiện trong hạn', 'Quá hạn chưa hoàn thành', 'Tỷ lệ hoàn thành/tổng số', 'Tỷ lệ hoàn thành/đến hạn'],
    en: ['No.', 'Unit', 'Total tasks', 'Done on time', 'Done late', 'Open, within deadline', 'Open, overdue', 'Completion rate of total', 'Completion rate of due'],
  },
  own: { vi: '{name} (trực tiếp chủ trì)', en: '{name} (led directly)' },
  total: { vi: 'Tổng cộng', en: 'Total' },
  overdueTitle: { vi: 'DANH SÁCH NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH', en: 'OVERDUE TASKS NOT YET DONE' },
  overdueColumns: {
    vi: ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Cán bộ chịu trách nhiệm', 'Người thực hiện', 'Thời hạn', 'Số ngày quá hạn'],
    en: ['No.', 'Task', 'Lead unit', 'Responsible official', 'Assignees', 'Deadline', 'Days overdue'],
  },
  conclusionTitle: { vi: 'BÁO CÁO THEO DÕI THỰC HIỆN', en: 'FOLLOW-UP REPORT' },
  conclusionColumns: {
    vi: ['STT', 'Nội dung chỉ đạo', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái', 'Kết quả'],
    en: ['No.', 'Directive', 'Task', 'Lead unit', 'Deadline', 'State', 'Result'],
  },
  noTask: { vi: 'Chưa giao nhiệm vụ', en: 'No task assigned yet' },
};

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10000) / 10000;
}

/** The reports offices file, as xlsx or docx, from the same figures the panel shows. */
export class ReportService {
  constructor(private readonly db: Database, private readonly clock: Clock, private readonly actor: Actor, private readonly lang: Lang) {}

  private async file(report: ReportTable, format: ReportFormatName, baseName: string): Promise<ReportFile> {
    const buffer = format === 'DOCX' ? await reportDocument(report, this.lang) : await reportWorkbook(report);
    return { fileName: `${baseName}-${this.clock.today()}.${format.toLowerCase()}`, mimeType: MIME[format], base64: buffer.toString('base64') };
  }

  async taskReport(args: { unitId: string; from?: string; to?: string; deadlineBasis?: DeadlineBasis; format: ReportFormatName }): Promise<ReportFile> {
    const lang = this.lang;
    const unit = await requireRow(this.db.manager, Unit, 'unitId', toId('unitId', args.unitId));
    const summaries = await new AccountabilityService(this.db, this.clock, this.actor).unitSummaries(args);
    const rows: Cell[][] = summaries.map((s, i) => [
      i + 1, s.own ? T.own[lang].replace('{name}', s.unitName) : s.unitName, s.total, s.doneOnTime, s.doneLate, s.openWithinDeadline, s.openOverdue,
      s.completionRateOfTotal, s.completionRateOfDue,
    ]);
    const sum = (k: 'total' | 'done' | 'doneOnTime' | 'doneLate' | 'openWithinDeadline' | 'openOverdue') => summaries.reduce((a, s) => a + s[k], 0);
    const totals: Cell[] = ['', T.total[lang], sum('total'), sum('doneOnTime'), sum('doneLate'), sum('openWithinDeadline'), sum('openOverdue'),
      ratio(sum('done'), sum('total')), ratio(sum('done'), sum('done') + sum('openOverdue'))];
    const today = this.clock.today();
    return this.file({
      agency: unit.name.toUpperCase(), title: T.taskTitle[lang], period: periodLine(lang, args.from, args.to, today), dateLine: dateLine(lang, today),
      columns: T.taskColumns[lang], rateColumns: [7, 8], rows, totals, sheetName: lang === 'vi' ? 'Bao cao nhiem vu' : 'Task report',
    }, args.format, 'bao-cao-nhiem-vu');
  }

  async overdueReport(args: { unitId: string; format: ReportFormatName }): Promise<ReportFile> {
    const lang = this.lang;
    const unit = await requireUnitInScope(this.db.manager, this.actor, TASK_READERS, 'unitId', toId('unitId', args.unitId));
    const today = this.clock.today();
    const qb = this.db.manager.createQueryBuilder(Task, 't')
      .innerJoin(Unit, 'lu', 'lu.id = t.leadUnitId')
      .leftJoin(Official, 'ro', 'ro.id = t.responsibleOfficialId')
      .select(['t.id AS id', 't.title AS title', 't.deadline AS deadline', 'lu.name AS unitName', 'ro.fullName AS responsible'])
      .where('t.deletedAt IS NULL AND lu.path LIKE :path', { path: `${unit.path}%` })
      .andWhere(`${timelinessSql('t')} = :overdue`, { overdue: Timeliness.OPEN_OVERDUE, today });
    const visibility = taskVisibility(this.actor, 't');
    if (visibility) qb.andWhere(visibility.sql, visibility.params);
    const tasks: Array<{ id: number; title: string; deadline: string; unitName: string; responsible: string | null }> = await qb
      .orderBy('t.deadline', 'ASC').addOrderBy('t.id', 'ASC').limit(REPORT_ROW_LIMIT).getRawMany();
    const names = await this.assigneeNames(tasks.map((t) => Number(t.id)));
    const rows: Cell[][] = tasks.map((t, i) => {
      const deadline = String(t.deadline).slice(0, 10);
      return [i + 1, t.title, t.unitName, t.responsible ?? '', (names.get(Number(t.id)) ?? []).join(', '), formatDate(lang, deadline), daysBetween(deadline, today)];
    });
    return this.file({
      agency: unit.name.toUpperCase(), title: T.overdueTitle[lang], period: periodLine(lang, null, null, today), dateLine: dateLine(lang, today),
      columns: T.overdueColumns[lang], rows, sheetName: lang === 'vi' ? 'Nhiem vu qua han' : 'Overdue tasks',
    }, args.format, 'nhiem-vu-qua-han');
  }

  async conclusionReport(args: { documentId: string; format: ReportFormatName }): Promise<ReportFile> {
    const lang = this.lang;
    const m = this.db.manager;
    const document = await requireRow(m, Document, 'documentId', toId('documentId', args.documentId));
    const issuer = await requireRow(m, Unit, 'issuingUnitId', document.issuingUnitId);
    const directives = await m.find(Directive, { where: { documentId: document.id }, order: { number: 'ASC', id: 'ASC' } });
    const qb = m.createQueryBuilder(Task, 't').where('t.deletedAt IS NULL').andWhere('t.directiveId IN (:...ids)', { ids: [0, ...directives.map((d) => d.id)] });
    const visibility = taskVisibility(this.actor, 't');
    if (visibility) qb.andWhere(visibility.sql, visibility.params);
    const tasks = await qb.orderBy('t.id', 'ASC').limit(REPORT_ROW_LIMIT).getMany();
    const units = tasks.length ? await m.findBy(Unit, { id: In([...new Set(tasks.map((t) => t.leadUnitId))]) }) : [];
    const today = this.clock.today();
    const rows: Cell[][] = [];
    for (const d of directives) {
      const own = tasks.filter((t) => t.directiveId === d.id);
      if (own.length === 0) rows.push([d.number, d.text, T.noTask[lang], '', '', '', '']);
      for (const t of own) {
        const tl = timelinessOf(t, today);
        const result = tl ? `${TIMELINESS_LABELS[tl][lang]}${t.completedOn ? ` (${formatDate(lang, t.completedOn)})` : ''}` : '';
        rows.push([d.number, d.text, t.title, units.find((u) => u.id === t.leadUnitId)?.name ?? '', t.deadline ? formatDate(lang, t.deadline) : '',
          stateLabels[t.state]?.[lang] ?? t.state, result]);
      }
    }
    const title = `${T.conclusionTitle[lang]} ${document.number}`;
    return this.file({
      agency: issuer.name.toUpperCase(), title, period: `${document.title} (${formatDate(lang, document.issuedOn)})`, dateLine: dateLine(lang, today),
      columns: T.conclusionColumns[lang], rows, sheetName: lang === 'vi' ? 'Theo doi thuc hien' : 'Follow-up',
    }, args.format, 'theo-doi-ket-luan');
  }

  /** KPI results of a period for the units under one: rank, unit, total and each group's score against its maximum. */
  async kpiReport(args: { unitId: string; period: PeriodArgs; format: ReportFormatName }): Promise<ReportFile> {
    const lang = this.lang;
    const m = this.db.manager;
    const unit = await requireRow(m, Unit, 'unitId', toId('unitId', args.unitId));
    const lines = await new KpiAccountabilityService(this.db, this.clock, this.actor).ranking(args.unitId, args.period, null);
    const catalogue = await catalogueAt(m, periodEnd(args.period));
    const groups = catalogue ? [...catalogue.groupsByCode.values()].sort((a, b) => a.sortOrder - b.sortOrder) : [];
    const scores = lines.length ? await m.findBy(IndicatorGroupScore, { resultId: In(lines.map((l) => l.result.id)) }) : [];
    const points = (v: number | null | undefined) => (v === null || v === undefined ? null : v / 100);
    const rows: Cell[][] = lines.map((l) => [l.rank, l.unit.name, points(l.result.total),
      ...groups.map((g) => points(scores.find((s) => s.resultId === l.result.id && s.groupId === g.id)?.score))]);
    const columns = lang === 'vi'
      ? ['Xếp hạng', 'Đơn vị', 'Tổng điểm', ...groups.map((g) => `${g.code} (tối đa ${String(g.max / 100).replace('.', ',')})`)]
      : ['Rank', 'Unit', 'Total', ...groups.map((g) => `${g.code} (max ${g.max / 100})`)];
    const today = this.clock.today();
    const label = periodLabel(lang, args.period.periodKind, args.period.year, args.period.periodNumber);
    return this.file({
      agency: unit.name.toUpperCase(), title: lang === 'vi' ? 'KẾT QUẢ BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP' : 'PUBLIC-SERVICE INDEX RESULTS',
      period: lang === 'vi' ? `Kỳ đánh giá: ${label}` : `Period: ${label}`, dateLine: dateLine(lang, today),
      columns, rows, sheetName: lang === 'vi' ? 'Ket qua chi so' : 'Index results',
    }, args.format, 'ket-qua-chi-so');
  }

  private async assigneeNames(taskIds: number[]): Promise<Map<number, string[]>> {
    const names = new Map<number, string[]>();
    for (let i = 0; i < taskIds.length; i += 500) {
      const rows: Array<{ taskId: number; fullName: string }> = await this.db.manager.createQueryBuilder(TaskAssignee, 'a')
        .innerJoin(Official, 'o', 'o.id = a.officialId')
        .select(['a.taskId AS taskId', 'o.fullName AS fullName'])
        .where('a.taskId IN (:...ids)', { ids: taskIds.slice(i, i + 500) })
        .orderBy('o.fullName', 'ASC').getRawMany();
      for (const r of rows) names.set(Number(r.taskId), [...(names.get(Number(r.taskId)) ?? []), r.fullName]);
    }
    return names;
  }
}
