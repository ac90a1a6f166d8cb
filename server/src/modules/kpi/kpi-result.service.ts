import type { EntityManager } from 'typeorm';
import { inScope, type Actor } from '../../auth/actor.js';
import { ALL_ROLES, Role } from '../../auth/roles.js';
import { requireUnitInScope, unitsInScope } from '../../auth/scope.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { AppError, InputError, NotFoundError } from '../../errors.js';
import { parseHundredths } from '../../graphql/decimal.js';
import { applyListArgs } from '../../graphql/list.js';
import { currentLang } from '../../i18n/lang.js';
import { translate, type MessageKey } from '../../i18n/messages.js';
import { periodLabel } from '../../i18n/period.js';
import { consistencyIssues, rangeIssues, validPeriodNumber, type KpiIssue, type ResultFigures } from '../../rules/kpi.js';
import { optionalText, toId, toIds } from '../../validation.js';
import { noteDeletion, noteHistory } from '../history/history.js';
import { Unit } from '../unit/unit.entity.js';
import { catalogueAt } from './kpi-catalogue.service.js';
import { NOTE_COLUMN, PERIOD_COLUMN, PUBLISHED_COLUMN, TOTAL_COLUMN, UNIT_COLUMN, parsePeriod, readSheet, template } from './kpi-file.js';
import { IndicatorCatalogue, IndicatorGroupScore, IndicatorResult, IndicatorValue, PeriodKind } from './kpi.entity.js';
import type { AllIndicatorResultsArgs, CreateIndicatorResultArgs, IndicatorResultFilter, ImportIssue, ImportReport } from './kpi.inputs.js';

/** Who enters results (the index is published, not computed here) and who reads them. */
export const RESULT_WRITERS = [Role.LEADER, Role.HR, Role.ADMIN];
export const RESULT_READERS = ALL_ROLES;

type Period = { periodKind: PeriodKind; year: number; periodNumber: number };

/** The last calendar day of a period, which picks the catalogue that applies. */
export function periodEnd({ periodKind, year, periodNumber }: Period): string {
  const lastMonth = periodKind === 'YEAR' ? 12 : periodKind === 'QUARTER' ? periodNumber * 3 : periodNumber;
  return new Date(Date.UTC(year, lastMonth, 0)).toISOString().slice(0, 10);
}

interface Prepared { unitId: number; period: Period; catalogueId: number; figures: ResultFigures; asPublished: boolean; note: string | null; inconsistency: string | null }

/** KPI results: entry one by one or by file, validated whole, saved whole or not at all. */
export class KpiResultService {
  constructor(private readonly db: Database, private readonly clock: Clock, private readonly actor: Actor) {}

  async list(args: AllIndicatorResultsArgs): Promise<IndicatorResult[]> {
    return applyListArgs(await this.filtered(args.filter), args, { id: 'r.id', total: 'r.total', year: 'r.year', createdAt: 'r.createdAt' }, { field: 'year', order: 'DESC' }).getMany();
  }

  async count(filter?: IndicatorResultFilter): Promise<number> {
    return (await this.filtered(filter)).getCount();
  }

  async get(id: string): Promise<IndicatorResult> {
    const row = await (await this.filtered({ ids: [id] })).getOne();
    if (!row) throw new NotFoundError('result', id);
    return row;
  }

  async create(args: CreateIndicatorResultArgs): Promise<IndicatorResult> {
    if (!validPeriodNumber(args.periodKind, args.periodNumber)) throw new InputError('kpi.periodNumber', { field: 'periodNumber' });
    return this.db.transaction(async (m) => {
      const unit = await requireUnitInScope(m, this.actor, RESULT_WRITERS, 'unitId', toId('unitId', args.unitId));
      const period = { periodKind: args.periodKind, year: args.year, periodNumber: args.periodNumber };
      const catalogue = await catalogueAt(m, periodEnd(period));
      if (!catalogue) throw new InputError('kpi.noCatalogue', { period: this.label(period) });
      const unknown = (codes: string[], known: Map<string, unknown>, reason: 'kpi.unknownGroup' | 'kpi.unknownIndicator', field: string) => {
        const bad = codes.find((c) => !known.has(c.trim().toUpperCase()));
        if (bad !== undefined) throw new InputError(reason, { code: bad, field });
      };
      unknown((args.groupScores ?? []).map((g) => g.groupCode), catalogue.groupsByCode, 'kpi.unknownGroup', 'groupScores');
      unknown((args.values ?? []).map((v) => v.indicatorCode), catalogue.indicatorsByCode, 'kpi.unknownIndicator', 'values');
      const figures: ResultFigures = {
        total: args.total,
        groups: (args.groupScores ?? []).map((g) => ({ groupId: catalogue.groupsByCode.get(g.groupCode.trim().toUpperCase())!.id, score: g.score })),
        values: (args.values ?? []).map((v) => ({ indicatorId: catalogue.indicatorsByCode.get(v.indicatorCode.trim().toUpperCase())!.id, score: v.score ?? null, rate: v.rate ?? null })),
      };
      const prepared = this.check(unit.id, period, catalogue, figures, args.asPublished ?? false, optionalText('note', args.note) || null, (issue) => {
        const field = issue.reason === 'kpi.totalMismatch' || issue.reason === 'kpi.totalAboveMax' ? 'total' : issue.reason === 'kpi.noteRequired' ? 'note' : 'groupScores';
        throw new InputError(issue.reason as MessageKey, { ...issue, field } as never);
      });
      await this.requireFree(m, prepared!);
      return this.insert(m, prepared!);
    });
  }

  async delete(id: string): Promise<IndicatorResult> {
    const result = await this.get(id);
    return this.db.transaction(async (m) => {
      await requireUnitInScope(m, this.actor, RESULT_WRITERS, 'unitId', result.unitId);
      await noteDeletion(m, 'indicator_result', [result.id]);
      await m.delete(IndicatorGroupScore, { resultId: result.id });
      await m.delete(IndicatorValue, { resultId: result.id });
      await m.delete(IndicatorResult, result.id);
      return result;
    });
  }

  async template(format: 'CSV' | 'XLSX'): Promise<{ fileName: string; mimeType: string; base64: string }> {
    const catalogue = await catalogueAt(this.db.manager, this.clock.today());
    if (!catalogue) throw new InputError('kpi.noCatalogue', { period: this.clock.today() });
    const buffer = await template(format, catalogue.groups.map((g) => g.code), [...catalogue.indicatorsByCode.keys()]);
    return format === 'CSV'
      ? { fileName: 'mau-ket-qua-chi-so.csv', mimeType: 'text/csv', base64: buffer.toString('base64') }
      : { fileName: 'mau-ket-qua-chi-so.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: buffer.toString('base64') };
  }

  /**
   * The whole file is checked before anything is written: one bad row and nothing is saved, and
   * every problem comes back with its row, column and reason. A good file is one transaction.
   */
  async import(fileName: string, base64: string): Promise<ImportReport> {
    const lang = currentLang();
    const say = (key: MessageKey, params: Record<string, string | number | undefined> = {}) => translate(lang, key, params);
    const sheet = await readSheet(fileName, Buffer.from(base64, 'base64'));
    if (!sheet) return { saved: false, rows: 0, imported: 0, issues: [{ row: 1, column: null, message: say('import.badFormat') }] };
    const rows = sheet.rows.filter((r) => r.some((c) => c !== ''));
    const issues: ImportIssue[] = [];
    const at = (row: number, column: string | null, message: string) => { if (issues.length < 1000) issues.push({ row, column, message }); };
    const col = new Map(sheet.header.map((h, i) => [h, i]));
    for (const required of [UNIT_COLUMN, PERIOD_COLUMN, TOTAL_COLUMN]) if (!col.has(required)) at(1, required, say('import.missingColumn', { value: required }));
    if (rows.length === 0) at(2, null, say('import.emptyFile'));
    const catalogue = await catalogueAt(this.db.manager, this.clock.today());
    if (!catalogue) return { saved: false, rows: rows.length, imported: 0, issues: [{ row: 1, column: null, message: say('kpi.noCatalogue', { period: this.clock.today() }) }] };
    const groupCols: Array<[number, number]> = [];
    const scoreCols: Array<[number, number]> = [];
    const rateCols: Array<[number, number]> = [];
    sheet.header.forEach((h, i) => {
      const code = h.toUpperCase().replace(/\s*%$/, '');
      if ([UNIT_COLUMN, PERIOD_COLUMN, TOTAL_COLUMN, PUBLISHED_COLUMN, NOTE_COLUMN].includes(h) || h === '') return;
      if (catalogue.groupsByCode.has(h.toUpperCase())) groupCols.push([i, catalogue.groupsByCode.get(h.toUpperCase())!.id]);
      else if (catalogue.indicatorsByCode.has(code)) (h.trim().endsWith('%') ? rateCols : scoreCols).push([i, catalogue.indicatorsByCode.get(code)!.id]);
      else at(1, h, say('import.unknownColumn', { value: h }));
    });
    if (issues.length) return { saved: false, rows: rows.length, imported: 0, issues };

    const codes = [...new Set(rows.map((r) => (r[col.get(UNIT_COLUMN)!] ?? '').toUpperCase()).filter(Boolean))];
    const units = codes.length ? await this.db.manager.createQueryBuilder(Unit, 'u').where('u.code IN (:...codes)', { codes }).getMany() : [];
    const unitByCode = new Map(units.filter((u) => inScope(this.actor, RESULT_WRITERS, u.path)).map((u) => [u.code, u]));
    const existing = unitByCode.size
      ? await this.db.manager.createQueryBuilder(IndicatorResult, 'r').where('r.unitId IN (:...ids)', { ids: [...unitByCode.values()].map((u) => u.id) }).andWhere('r.catalogueId = :c', { c: catalogue.id }).getMany()
      : [];
    const taken = new Map(existing.map((r) => [`${r.unitId}|${r.periodKind}|${r.year}|${r.periodNumber}`, 0]));
    const prepared: Prepared[] = [];
    // the columns follow today's catalogue; a row of a period scored under another one is refused
    const versions = (await this.db.manager.find(IndicatorCatalogue)).sort((a, b) => b.appliesFrom.localeCompare(a.appliesFrom));
    const catalogueIdOf = (period: Period) => versions.find((v) => v.appliesFrom <= periodEnd(period))?.id ?? null;
    const number = (row: number, header: string, raw: string): number | null => {
      if (raw === '') return null;
      const value = parseHundredths(raw);
      if (value === null) at(row, header, say('import.badNumber', { value: raw }));
      return value;
    };
    rows.forEach((r, index) => {
      const row = index + 2;
      const before = issues.length;
      const unit = unitByCode.get((r[col.get(UNIT_COLUMN)!] ?? '').toUpperCase());
      if (!unit) at(row, UNIT_COLUMN, say('import.unknownUnit', { value: r[col.get(UNIT_COLUMN)!] ?? '' }));
      const periodText = r[col.get(PERIOD_COLUMN)!] ?? '';
      const period = parsePeriod(periodText) as Period | null;
      if (!period) at(row, PERIOD_COLUMN, say('import.badPeriod', { value: periodText }));
      const total = number(row, TOTAL_COLUMN, r[col.get(TOTAL_COLUMN)!] ?? '');
      if (total === null && (r[col.get(TOTAL_COLUMN)!] ?? '') === '') at(row, TOTAL_COLUMN, say('input.required', { field: 'total' }));
      const groups = groupCols.map(([i, groupId]) => ({ groupId, score: number(row, sheet.header[i], r[i] ?? '') })).filter((g): g is { groupId: number; score: number } => g.score !== null);
      const scores = new Map(scoreCols.map(([i, id]) => [id, number(row, sheet.header[i], r[i] ?? '')]));
      const rates = new Map(rateCols.map(([i, id]) => [id, number(row, sheet.header[i], r[i] ?? '')]));
      const values = [...new Set([...scores.keys(), ...rates.keys()])]
        .map((indicatorId) => ({ indicatorId, score: scores.get(indicatorId) ?? null, rate: rates.get(indicatorId) ?? null }))
        .filter((v) => v.score !== null || v.rate !== null);
      if (period && catalogueIdOf(period) !== catalogue.id) {
        at(row, PERIOD_COLUMN, say('kpi.noCatalogue', { period: this.label(period) }));
      }
      if (issues.length > before || !unit || !period || total === null) return;
      const asPublished = /^(x|1|có|co|yes|true)$/i.test((col.has(PUBLISHED_COLUMN) ? r[col.get(PUBLISHED_COLUMN)!] : '') ?? '');
      const note = (col.has(NOTE_COLUMN) ? r[col.get(NOTE_COLUMN)!] : '')?.trim() || null;
      const key = `${unit.id}|${period.periodKind}|${period.year}|${period.periodNumber}`;
      if (taken.has(key)) {
        const first = taken.get(key)!;
        at(row, PERIOD_COLUMN, first ? say('import.duplicateRow', { value: first }) : say('kpi.duplicateResult', { period: this.label(period) }));
        return;
      }
      taken.set(key, row);
      const p = this.check(unit.id, period, catalogue, { total, groups, values }, asPublished, note, (issue) => {
        at(row, issueColumn(issue, sheet.header), say(issue.reason as MessageKey, issue as never));
      });
      if (p) prepared.push(p);
    });
    if (issues.length) return { saved: false, rows: rows.length, imported: 0, issues };
    await this.db.transaction((m) => this.insertMany(m, prepared));
    return { saved: true, rows: rows.length, imported: prepared.length, issues: [] };
  }

  /** Range rules always; the total rule unless kept as published with a note. */
  private check(
    unitId: number, period: Period, catalogue: { id: number } & import('../../rules/kpi.js').CatalogueShape, figures: ResultFigures,
    asPublished: boolean, note: string | null, fail: (issue: KpiIssue | { reason: 'kpi.noteRequired' }) => void,
  ): Prepared | null {
    const ranges = rangeIssues(catalogue, figures);
    for (const issue of ranges) fail(issue);
    if (ranges.length) return null;
    const mismatch = consistencyIssues(figures);
    if (mismatch.length && !asPublished) { fail(mismatch[0]); return null; }
    if (mismatch.length && !note) { fail({ reason: 'kpi.noteRequired' }); return null; }
    const inconsistency = mismatch.length ? translate('vi', 'kpi.totalMismatch', mismatch[0] as never) : null;
    return { unitId, period, catalogueId: catalogue.id, figures, asPublished: mismatch.length > 0, note, inconsistency };
  }

  private async requireFree(m: EntityManager, p: Prepared): Promise<void> {
    const clash = await m.findOneBy(IndicatorResult, { unitId: p.unitId, catalogueId: p.catalogueId, ...p.period });
    if (clash) throw new AppError('CONFLICT', 'kpi.duplicateResult', { period: this.label(p.period), field: 'periodNumber' });
  }

  private async insert(m: EntityManager, p: Prepared): Promise<IndicatorResult> {
    const result = await m.save(m.create(IndicatorResult, {
      unitId: p.unitId, catalogueId: p.catalogueId, ...p.period, total: p.figures.total, asPublished: p.asPublished, note: p.note,
      inconsistency: p.inconsistency, createdAt: this.clock.now(), createdByAccountId: this.actor.accountId,
    }));
    noteHistory(m, 'indicator_result', [result.id]);
    if (p.figures.groups.length) await m.insert(IndicatorGroupScore, p.figures.groups.map((g) => ({ resultId: result.id, groupId: g.groupId, score: g.score })));
    if (p.figures.values.length) await m.insert(IndicatorValue, p.figures.values.map((v) => ({ resultId: result.id, ...v })));
    return result;
  }

  /**
   * A file's results in a few multi-row statements: results in chunks, their ids read back by
   * (unit, period), then every group score and value in chunks. Thousands of rows stay seconds.
   */
  private async insertMany(m: EntityManager, all: Prepared[]): Promise<void> {
    const now = this.clock.now();
    const chunk = <T>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
    for (const part of chunk(all, 500)) {
      await m.insert(IndicatorResult, part.map((p) => ({
        unitId: p.unitId, catalogueId: p.catalogueId, ...p.period, total: p.figures.total, asPublished: p.asPublished, note: p.note,
        inconsistency: p.inconsistency, createdAt: now, createdByAccountId: this.actor.accountId,
      })));
    }
    const ids = new Map<string, number>();
    for (const unitIds of chunk([...new Set(all.map((p) => p.unitId))], 500)) {
      const saved = await m.createQueryBuilder(IndicatorResult, 'r').select(['r.id', 'r.unitId', 'r.periodKind', 'r.year', 'r.periodNumber', 'r.catalogueId'])
        .where('r.unitId IN (:...unitIds)', { unitIds }).getMany();
      for (const r of saved) ids.set(`${r.unitId}|${r.periodKind}|${r.year}|${r.periodNumber}|${r.catalogueId}`, r.id);
    }
    const idOf = (p: Prepared) => ids.get(`${p.unitId}|${p.period.periodKind}|${p.period.year}|${p.period.periodNumber}|${p.catalogueId}`)!;
    noteHistory(m, 'indicator_result', all.map(idOf));
    const scores = all.flatMap((p) => p.figures.groups.map((g) => ({ resultId: idOf(p), groupId: g.groupId, score: g.score })));
    const values = all.flatMap((p) => p.figures.values.map((v) => ({ resultId: idOf(p), ...v })));
    for (const part of chunk(scores, 1000)) await m.insert(IndicatorGroupScore, part);
    for (const part of chunk(values, 1000)) await m.insert(IndicatorValue, part);
  }

  private label(p: Period): string {
    return periodLabel(currentLang(), p.periodKind, p.year, p.periodNumber);
  }

  private async filtered(filter: IndicatorResultFilter = {}) {
    const qb = this.db.manager.createQueryBuilder(IndicatorResult, 'r');
    const scope = unitsInScope(this.actor, RESULT_READERS, 'r.unitId', 'rs');
    if (scope) qb.andWhere(scope.sql, scope.params);
    if (filter.ids) qb.andWhere('r.id IN (:...ids)', { ids: [0, ...toIds('ids', filter.ids)] });
    if (filter.unitId) {
      const unit = await this.db.manager.findOneBy(Unit, { id: toId('unitId', filter.unitId) });
      if (!unit) throw new NotFoundError('unitId', filter.unitId);
      qb.andWhere('r.unitId IN (SELECT fu.id FROM unit fu WHERE fu.path LIKE :fp)', { fp: `${unit.path}%` });
    }
    if (filter.periodKind) qb.andWhere('r.periodKind = :pk', { pk: filter.periodKind });
    if (filter.year) qb.andWhere('r.year = :y', { y: filter.year });
    if (filter.asPublished !== undefined && filter.asPublished !== null) qb.andWhere('r.asPublished = :ap', { ap: filter.asPublished });
    return qb;
  }
}

function issueColumn(issue: KpiIssue | { reason: 'kpi.noteRequired' }, header: string[]): string | null {
  if (issue.reason === 'kpi.totalMismatch' || issue.reason === 'kpi.totalAboveMax') return TOTAL_COLUMN;
  if (issue.reason === 'kpi.noteRequired') return NOTE_COLUMN;
  if ('code' in issue) return header.find((h) => h.toUpperCase().replace(/\s*%$/, '') === issue.code) ?? issue.code;
  return null;
}
