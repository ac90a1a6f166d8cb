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
  AllTaskIndicatorTargetsArgs, BelowTargetLine, CreateTaskIndicatorTargetArgs, IndicatorAccountability, IndicatorLine, LinkedTask, PeriodArgs,
  RankingLine, TaskIndicatorTargetFilter, UpdateTaskIndicatorTargetArgs,
} from './kpi.inputs.js';

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
    const groupScore = (resultId: number | undefined, groupId: number) => scores.find((s) => s.resultId === resultId && s.groupId === groupId)?.score ?? null;
    const value = (resultId: number | undefined, indicatorId: number) => values.find((v) => v.resultId === resultId && v.indicatorId === indicatorId) ?? null;
    const links = await this.linkedTasks(unit, [...catalogue.indicatorsByCode.values()].map((i) => i.id));
    const indicators: IndicatorLine[] = [...catalogue.indicatorsByCode.values()].map((indicator) => {
      const now = value(result?.id, indicator.id);
      const before = value(previous?.id, indicator.id);
      const tasks = links.filter((l) => l.indicatorId === indicator.id).map((l) => l.line);
      const target = tasks.length ? Math.max(...tasks.map((t) => t.target)) : null;
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
      score = (r) => scores.find((s) => s.resultId === r.id)?.score ?? 0;
    }
    return results
      .map((r) => ({ result: r, unit: units.find((u) => u.id === r.unitId)!, score: score(r) }))
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
        responsibleOfficials: officials.filter((o) => l.tasks.some((t) => t.task.responsibleOfficialId === o.id)),
        openTasks: l.tasks.filter((t) => t.task.state !== TaskState.DONE && t.task.state !== TaskState.CANCELLED).length,
      }));
  }

  /** Tasks led within the unit's subtree that target the indicators, as far as the actor may see them. */
  private async linkedTasks(unit: Unit, indicatorIds: number[]): Promise<Array<{ indicatorId: number; line: LinkedTask }>> {
    if (indicatorIds.length === 0) return [];
    const m = this.db.manager;
    const qb = m.createQueryBuilder(TaskIndicatorTarget, 'x')
      .innerJoin(Task, 't', 't.id = x.taskId')
      .where('x.indicatorId IN (:...ids)', { ids: indicatorIds })
      .andWhere('t.deletedAt IS NULL')
      .andWhere('t.leadUnitId IN (SELECT lu.id FROM unit lu WHERE lu.path LIKE :lp)', { lp: `${unit.path}%` });
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
    return targets.map((x) => {
      const task = tasks.find((t) => t.id === x.taskId)!;
      return {
        indicatorId: x.indicatorId,
        line: {
          task, target: x.target, baseline: x.baseline,
          responsibleOfficial: officials.find((o) => o.id === task.responsibleOfficialId) ?? null,
          timeliness: timelinessOf(task, today),
          lastUpdate: updates.find((u) => u.taskId === task.id) ?? null,
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

