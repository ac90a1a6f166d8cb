import { In } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { TASK_MANAGERS } from '../../auth/roles.js';
import { requireUnitInScope, taskVisibility } from '../../auth/scope.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { InputError, NotFoundError } from '../../errors.js';
import { applyListArgs } from '../../graphql/list.js';
import { currentLang } from '../../i18n/lang.js';
import { periodLabel } from '../../i18n/period.js';
import { previousPeriod, validPeriodNumber } from '../../rules/kpi.js';
import { timelinessOf } from '../../rules/timeliness.js';
import { optionalText, requireRow, toId, toIds } from '../../validation.js';
import { Official } from '../official/official.entity.js';
import { TaskState } from '../task/task-state.js';
import { TaskUpdate } from '../task/task-update.entity.js';
import { Task } from '../task/task.entity.js';
import { TaskService } from '../task/task.service.js';
import { Unit } from '../unit/unit.entity.js';
import { catalogueAt } from './kpi-catalogue.service.js';
import { Indicator, IndicatorGroupScore, IndicatorResult, IndicatorValue, PeriodKind, TaskIndicatorTarget } from './kpi.entity.js';
import { RESULT_READERS, periodEnd } from './kpi-result.service.js';
import type {
  AllTaskIndicatorTargetsArgs, BelowTargetLine, CreateTaskIndicatorTargetArgs, GroupBelowTargetLine, IndicatorAccountability, IndicatorLine, LinkedTask, PeriodArgs,
  RankingLine, TaskIndicatorTargetFilter, UpdateTaskIndicatorTargetArgs,
} from './kpi.inputs.js';

/** Lines of linked tasks an indicator shows at most; its target is still read from all of them. */
const TASKS_PER_INDICATOR = 50;
const isOpen = (l: LinkedTask) => l.task.state !== TaskState.DONE && l.task.state !== TaskState.CANCELLED;
const byUrgency = (a: LinkedTask, b: LinkedTask) =>
  Number(isOpen(b)) - Number(isOpen(a)) || (b.task.deadline ?? '').localeCompare(a.task.deadline ?? '') || b.task.id - a.task.id;
/** The first day of a result's period. */
function periodStart({ periodKind, year, periodNumber }: PeriodArgs): string {
  const month = periodKind === 'MONTH' ? periodNumber : periodKind === 'QUARTER' ? (periodNumber - 1) * 3 + 1 : 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}
const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/**
 * The leader's question: this indicator is below target — which tasks were meant to move it, who
 * answers for them, and are they done? Also the ranking of units and the task ↔ indicator links.
 */
export class KpiAccountabilityService {
  constructor(private readonly db: Database, private readonly clock: Clock, private readonly actor: Actor) {}

  async accountability(unitIdArg: string, period: PeriodArgs): Promise<IndicatorAccountability> {
    if (!validPeriodNumber(period.periodKind, period.periodNumber)) throw new InputError('kpi.periodNumber', { field: 'periodNumber' });
    const m = this.db.manager;
    const unit = await requireUnitInScope(m, this.actor, RESULT_READERS, 'unitId', toId('unitId', unitIdArg));
    const result = await m.findOneBy(IndicatorResult, { unitId: unit.id, ...period });
    const prev = previousPeriod(period.periodKind, period.year, period.periodNumber);
    const previous = await m.findOneBy(IndicatorResult, { unitId: unit.id, periodKind: period.periodKind, year: prev.year, periodNumber: prev.n });
    const catalogue = await catalogueAt(m, periodEnd(period));
    if (!catalogue) throw new InputError('kpi.noCatalogue', { period: periodLabel(currentLang(), period.periodKind, period.year, period.periodNumber) });
    const ids = [result?.id, previous?.id].filter((x): x is number => x !== undefined);
    const [scores, values] = ids.length
      ? await Promise.all([m.findBy(IndicatorGroupScore, { resultId: In(ids) }), m.findBy(IndicatorValue, { resultId: In(ids) })])
      : [[], []];
    const scoreMap = new Map(scores.map((s) => [`${s.resultId}|${s.groupId}`, s.score]));
    const valueMap = new Map(values.map((v) => [`${v.resultId}|${v.indicatorId}`, v]));
    const groupScore = (resultId: number | undefined, groupId: number) => scoreMap.get(`${resultId}|${groupId}`) ?? null;
    const value = (resultId: number | undefined, indicatorId: number) => valueMap.get(`${resultId}|${indicatorId}`) ?? null;
    const links = await this.linkedTasks(unit, [...catalogue.indicatorsByCode.values()].map((i) => i.id), periodStart(period));
    const linksByIndicator = new Map<number, LinkedTask[]>();
    for (const l of links) {
      const list = linksByIndicator.get(l.indicatorId);
      if (list) list.push(l.line);
      else linksByIndicator.set(l.indicatorId, [l.line]);
    }
    const indicators: IndicatorLine[] = [...catalogue.indicatorsByCode.values()].map((indicator) => {
      const now = value(result?.id, indicator.id);
      const before = value(previous?.id, indicator.id);
      const linked = linksByIndicator.get(indicator.id) ?? [];
      const target = linked.length ? Math.max(...linked.map((t) => t.target)) : null;
      // bounded: the tasks still open first, then the latest deadlines
      const tasks = linked.length > TASKS_PER_INDICATOR ? [...linked].sort(byUrgency).slice(0, TASKS_PER_INDICATOR) : linked;
      return {
        indicator, score: now?.score ?? null, max: indicator.max, rate: now?.rate ?? null, target,
        gap: minus(target, now?.rate ?? null), change: minus(now?.rate ?? null, before?.rate ?? null), tasks,
      };
    });
    return {
      unit, period: periodLabel(currentLang(), period.periodKind, period.year, period.periodNumber), result, previous,
      groups: catalogue.groups.map((g) => {
        const score = groupScore(result?.id, g.id);
        return { group: catalogue.groupsByCode.get(g.code)!, score, max: g.max, gap: minus(g.max, score), change: minus(score, groupScore(previous?.id, g.id)) };
      }),
      indicators,
    };
  }

  /** Units under `withinUnitId` ranked by total, or by one group's score. */
  async ranking(withinUnitId: string, period: PeriodArgs, groupCode?: string | null): Promise<RankingLine[]> {
    const m = this.db.manager;
    const root = await requireUnitInScope(m, this.actor, RESULT_READERS, 'unitId', toId('unitId', withinUnitId));
    const results = await m.createQueryBuilder(IndicatorResult, 'r')
      .where('r.unitId IN (SELECT su.id FROM unit su WHERE su.path LIKE :p)', { p: `${root.path}%` })
      .andWhere('r.periodKind = :k AND r.year = :y AND r.periodNumber = :n', { k: period.periodKind, y: period.year, n: period.periodNumber })
      .getMany();
    if (results.length === 0) return [];
    const units = await m.findBy(Unit, { id: In(results.map((r) => r.unitId)) });
    let score = (r: IndicatorResult) => r.total;
    if (groupCode) {
      const catalogue = await catalogueAt(m, periodEnd(period));
      const group = catalogue?.groupsByCode.get(groupCode.toUpperCase());
      if (!group) throw new InputError('kpi.unknownGroup', { code: groupCode, field: 'groupCode' });
      const scores = await m.findBy(IndicatorGroupScore, { resultId: In(results.map((r) => r.id)), groupId: group.id });
      const byResult = new Map(scores.map((s) => [s.resultId, s.score]));
      score = (r) => byResult.get(r.id) ?? 0;
    }
    const unitById = new Map(units.map((u) => [u.id, u]));
    return results
      .map((r) => ({ result: r, unit: unitById.get(r.unitId)!, score: score(r) }))
      .sort((a, b) => b.score - a.score || a.unit.name.localeCompare(b.unit.name, 'vi'))
      .map((line, i) => ({ ...line, rank: i + 1 }));
  }

  /** Indicators with a target, furthest below it first, with the officials who answer for them. */
  async belowTarget(unitId: string, period: PeriodArgs, limit = 10): Promise<BelowTargetLine[]> {
    const view = await this.accountability(unitId, period);
    const lines = view.indicators.filter((l) => l.target !== null && l.gap !== null && l.gap > 0);
    const officialIds = [...new Set(lines.flatMap((l) => l.tasks.map((t) => t.task.responsibleOfficialId)).filter((x): x is number => x !== null))];
    const officials = officialIds.length ? await this.db.manager.findBy(Official, { id: In(officialIds) }) : [];
    return lines
      .sort((a, b) => b.gap! - a.gap!)
      .slice(0, limit)
      .map((l) => ({
        indicator: l.indicator, rate: l.rate, target: l.target!, gap: l.gap!,
        responsibleOfficials: officials.filter((o) => new Set(l.tasks.map((t) => t.task.responsibleOfficialId)).has(o.id)),
        openTasks: l.tasks.filter((t) => t.task.state !== TaskState.DONE && t.task.state !== TaskState.CANCELLED).length,
      }));
  }

  /**
   * For each unit under `withinUnitId` with a result for the period, how many indicators of each
   * group are below target, by the rule of the unit's own view (the highest target among the tasks
   * led within the unit, against the unit's rate). A province in a constant number of queries:
   * the results, their values and the linked tasks of the whole subtree are read once.
   */
  async groupsBelowTarget(withinUnitId: string, period: PeriodArgs): Promise<GroupBelowTargetLine[]> {
    if (!validPeriodNumber(period.periodKind, period.periodNumber)) throw new InputError('kpi.periodNumber', { field: 'periodNumber' });
    const m = this.db.manager;
    const root = await requireUnitInScope(m, this.actor, RESULT_READERS, 'unitId', toId('unitId', withinUnitId));
    const results = await m.createQueryBuilder(IndicatorResult, 'r')
      .where('r.unitId IN (SELECT su.id FROM unit su WHERE su.path LIKE :p)', { p: `${root.path}%` })
      .andWhere('r.periodKind = :k AND r.year = :y AND r.periodNumber = :n', { k: period.periodKind, y: period.year, n: period.periodNumber })
      .getMany();
    const catalogue = results.length ? await catalogueAt(m, periodEnd(period)) : null;
    if (!catalogue) return [];
    const indicators = [...catalogue.indicatorsByCode.values()];
    const [units, values, links] = await Promise.all([
      m.findBy(Unit, { id: In(results.map((r) => r.unitId)) }),
      m.findBy(IndicatorValue, { resultId: In(results.map((r) => r.id)) }),
      this.linkedTasks(root, indicators.map((i) => i.id), periodStart(period)),
    ]);
    const leadUnitIds = [...new Set(links.map((l) => l.line.task.leadUnitId))];
    const leadPath = new Map((leadUnitIds.length ? await m.findBy(Unit, { id: In(leadUnitIds) }) : []).map((u) => [u.id, u.path]));
    const unitById = new Map(units.map((u) => [u.id, u]));
    const indicatorById = new Map(indicators.map((i) => [i.id, i]));
    const resultById = new Map(results.map((r) => [r.id, r]));
    const linksByIndicator = new Map<number, typeof links>();
    for (const l of links) {
      const list = linksByIndicator.get(l.indicatorId);
      if (list) list.push(l);
      else linksByIndicator.set(l.indicatorId, [l]);
    }
    const groupById = new Map([...catalogue.groupsByCode.values()].map((g) => [g.id, g]));
    const counts = new Map<string, GroupBelowTargetLine>();
    for (const v of values) {
      const indicator = indicatorById.get(v.indicatorId);
      if (v.rate === null || !indicator) continue;
      const unit = unitById.get(resultById.get(v.resultId)!.unitId)!;
      // the unit's target: the highest among the tasks led within it, as on its own view
      const targets = (linksByIndicator.get(v.indicatorId) ?? []).filter((l) => leadPath.get(l.line.task.leadUnitId)?.startsWith(unit.path)).map((l) => l.line.target);
      if (!targets.length || Math.max(...targets) <= v.rate) continue;
      const key = `${indicator.groupId}|${unit.id}`;
      const line = counts.get(key);
      if (line) line.indicators += 1;
      else counts.set(key, { group: groupById.get(indicator.groupId)!, unit, indicators: 1 });
    }
    const order = new Map(catalogue.groups.map((g, i) => [g.id, i]));
    return [...counts.values()].sort((a, b) => order.get(a.group.id)! - order.get(b.group.id)! || b.indicators - a.indicators || a.unit.name.localeCompare(b.unit.name, 'vi'));
  }

  /** Tasks led within the unit's subtree that target the indicators, as far as the actor may see them. */
  private async linkedTasks(unit: Unit, indicatorIds: number[], from: string): Promise<Array<{ indicatorId: number; line: LinkedTask }>> {
    if (indicatorIds.length === 0) return [];
    const m = this.db.manager;
    const qb = m.createQueryBuilder(TaskIndicatorTarget, 'x')
      .innerJoin(Task, 't', 't.id = x.taskId')
      .where('x.indicatorId IN (:...ids)', { ids: indicatorIds })
      .innerJoin(Unit, 'lu', 'lu.id = t.leadUnitId')
      .andWhere('t.deletedAt IS NULL')
      .andWhere('lu.path LIKE :lp', { lp: `${unit.path}%` })
      // a task done before the period began does not explain its result
      .andWhere('(t.completedOn IS NULL OR t.completedOn >= :from)', { from });
    const visibility = taskVisibility(this.actor, 't');
    if (visibility) qb.andWhere(visibility.sql, visibility.params);
    const targets = await qb.getMany();
    if (targets.length === 0) return [];
    const taskIds = [...new Set(targets.map((x) => x.taskId))];
    const tasks = await m.findBy(Task, { id: In(taskIds) });
    const officialIds = [...new Set(tasks.map((t) => t.responsibleOfficialId).filter((x): x is number => x !== null))];
    const officials = officialIds.length ? await m.findBy(Official, { id: In(officialIds) }) : [];
    const updates = await m.createQueryBuilder(TaskUpdate, 'u').where('u.taskId IN (:...ids)', { ids: taskIds }).orderBy('u.reportedAt', 'DESC').addOrderBy('u.id', 'DESC').getMany();
    const today = this.clock.today();
    const taskById = new Map(tasks.map((t) => [t.id, t]));
    const officialById = new Map(officials.map((o) => [o.id, o]));
    const lastUpdate = new Map<number, TaskUpdate>();
    for (const u of updates) if (!lastUpdate.has(u.taskId)) lastUpdate.set(u.taskId, u);
    return targets.map((x) => {
      const task = taskById.get(x.taskId)!;
      return {
        indicatorId: x.indicatorId,
        line: {
          task, target: x.target, baseline: x.baseline,
          responsibleOfficial: task.responsibleOfficialId === null ? null : officialById.get(task.responsibleOfficialId) ?? null,
          timeliness: timelinessOf(task, today),
          lastUpdate: lastUpdate.get(task.id) ?? null,
        },
      };
    });
  }

  // --- task ↔ indicator links ------------------------------------------------------------

  async listTargets(args: AllTaskIndicatorTargetsArgs): Promise<TaskIndicatorTarget[]> {
    return applyListArgs(this.targetsFiltered(args.filter), args, { id: 'x.id', target: 'x.target' }, { field: 'id', order: 'ASC' }).getMany();
  }

  countTargets(filter?: TaskIndicatorTargetFilter): Promise<number> {
    return this.targetsFiltered(filter).getCount();
  }

  async getTarget(id: string): Promise<TaskIndicatorTarget> {
    const row = await this.targetsFiltered({ ids: [id] }).getOne();
    if (!row) throw new NotFoundError('id', id);
    return row;
  }

  async createTarget(args: CreateTaskIndicatorTargetArgs): Promise<TaskIndicatorTarget> {
    checkRate('target', args.target);
    if (args.baseline !== undefined && args.baseline !== null) checkRate('baseline', args.baseline);
    const task = await new TaskService(this.db, this.clock, this.actor).get(args.taskId);
    const indicatorId = toId('indicatorId', args.indicatorId);
    return this.db.transaction(async (m) => {
      await requireUnitInScope(m, this.actor, TASK_MANAGERS, 'leadUnitId', task.leadUnitId);
      await requireRow(m, Indicator, 'indicatorId', indicatorId);
      const existing = await m.findOneBy(TaskIndicatorTarget, { taskId: task.id, indicatorId });
      if (existing) return m.save(Object.assign(existing, { target: args.target, baseline: args.baseline ?? existing.baseline }));
      return m.save(m.create(TaskIndicatorTarget, { taskId: task.id, indicatorId, target: args.target, baseline: args.baseline ?? null }));
    });
  }

  async updateTarget(args: UpdateTaskIndicatorTargetArgs): Promise<TaskIndicatorTarget> {
    const link = await this.getTarget(args.id);
    if (args.target !== undefined && args.target !== null) checkRate('target', args.target);
    if (args.baseline !== undefined && args.baseline !== null) checkRate('baseline', args.baseline);
    const task = await new TaskService(this.db, this.clock, this.actor).get(String(link.taskId));
    return this.db.transaction(async (m) => {
      await requireUnitInScope(m, this.actor, TASK_MANAGERS, 'leadUnitId', task.leadUnitId);
      return m.save(Object.assign(link, { target: args.target ?? link.target, baseline: args.baseline === undefined ? link.baseline : args.baseline }));
    });
  }

  async deleteTarget(id: string): Promise<TaskIndicatorTarget> {
    const link = await this.getTarget(id);
    const task = await new TaskService(this.db, this.clock, this.actor).get(String(link.taskId));
    return this.db.transaction(async (m) => {
      await requireUnitInScope(m, this.actor, TASK_MANAGERS, 'leadUnitId', task.leadUnitId);
      await m.delete(TaskIndicatorTarget, link.id);
      return link;
    });
  }

  private targetsFiltered(filter: TaskIndicatorTargetFilter = {}) {
    const qb = this.db.manager.createQueryBuilder(TaskIndicatorTarget, 'x');
    const visibility = taskVisibility(this.actor, 'vt');
    if (visibility) qb.andWhere(`x.taskId IN (SELECT vt.id FROM task vt WHERE vt.deletedAt IS NULL AND ${visibility.sql})`, visibility.params);
    if (filter.ids) qb.andWhere('x.id IN (:...ids)', { ids: [0, ...toIds('ids', filter.ids)] });
    if (filter.taskId) qb.andWhere('x.taskId = :t', { t: toId('taskId', filter.taskId) });
    if (filter.indicatorId) qb.andWhere('x.indicatorId = :i', { i: toId('indicatorId', filter.indicatorId) });
    return qb;
  }
}

function checkRate(field: string, value: number): void {
  if (value < 0 || value > 100_00) throw new InputError('input.percentRange', { field });
}

