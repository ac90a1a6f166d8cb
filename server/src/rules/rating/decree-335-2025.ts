import { UNIT_KPI_DEFAULTS, capByKpi, type UnitKpiSettings, type YearKpi } from './unit-kpi.js';
import { DECISION_DEFAULTS, lowerOf, monthsCounted, type DecisionSettings, weightOf, type Proposal, type RatingInput, type RatingLevel, type Reason, type Rulebook, type TaskFact } from './types.js';

/**
 * Decree 335/2025/NĐ-CP, for công chức from 2026: 100 points = 30 for the general criteria
 * (entered by the head) + 70 for task results. Task results weigh quantity (done ÷ assigned),
 * quality (done to standard ÷ assigned) and progress (done on time ÷ assigned), each task by its
 * weight; an item loses 25% of its points per failed quality check (return) or per delay. Bands:
 * ≥ 90 outstanding, 70 to < 90 good, 50 to < 70 complete, < 50 not complete; a disciplinary
 * measure forces "not complete". A leader's task points also count the results of the unit.
 *
 * The decree's summary leaves open how the 70 points split between the three items and how much
 * the unit counts for a leader: those are settings (below), with documented defaults, never
 * constants in the rule.
 */
export interface Decree335Settings {
  /** shares of the 70 task points, in % (sum 100). Default: equal thirds, pending ministry guidance */
  quantityShare: number;
  qualityShare: number;
  progressShare: number;
  /** share of a leader's task points taken from the unit's results, in %. Default 50 */
  leaderUnitShare: number;
  /** points lost per return or per delay, in % of the item. Decree 335: 25 */
  penaltyPerFailure: number;
  /**
   * How the yearly task score is made from the periods' ones: the mean of the quarters that had
   * tasks (default; the decree measures monthly or quarterly and leaves the yearly method open),
   * or the whole year's tasks at once.
   */
  yearly: 'MEAN_OF_QUARTERS' | 'WHOLE_YEAR';
  /** how the unit's public-service index bounds the unit (and so its leaders): unit-kpi.ts */
  unitKpi: UnitKpiSettings;
  /** who decides: by default the unit's head for its officials, the level above for heads and deputies */
  decidedBy: DecisionSettings;
}

export const DECREE_335_DEFAULTS: Decree335Settings = { quantityShare: 34, qualityShare: 33, progressShare: 33, leaderUnitShare: 50, penaltyPerFailure: 25, yearly: 'MEAN_OF_QUARTERS', unitKpi: UNIT_KPI_DEFAULTS, decidedBy: DECISION_DEFAULTS };

/** The general criteria's share of the 100 points, in hundredths (Decree 335: 30). */
export const GENERAL_MAX = 30_00;
const TASK_MAX = 70_00;

/** Task points in hundredths (0–7000), exact to the hundredth below. */
export function taskPoints(tasks: TaskFact[], s: Decree335Settings = DECREE_335_DEFAULTS): number {
  const assigned = weightOf(tasks);
  if (assigned === 0) return 0;
  const keep = (failures: number) => Math.max(0, 100 - s.penaltyPerFailure * failures);
  // Σ weight × (share_q·100 + share_ql·keep(returns) + share_p·keep(delays)), over assigned × 100 × 100
  const numerator = tasks.reduce((sum, t) => sum + (t.done ? t.weight * (s.quantityShare * 100 + s.qualityShare * keep(t.returns) + s.progressShare * keep(t.delays)) : 0), 0);
  return Math.floor((TASK_MAX * numerator) / (assigned * 100 * 100));
}

/** The year's task points under the settings' method: the mean of the quarters' scores by default. */
export function yearlyTaskPoints(tasks: TaskFact[], s: Decree335Settings = DECREE_335_DEFAULTS): number {
  if (s.yearly === 'WHOLE_YEAR' || tasks.every((t) => t.period === undefined)) return taskPoints(tasks, s);
  const quarters = [1, 2, 3, 4].map((q) => tasks.filter((t) => t.period === q)).filter((q) => q.length > 0);
  if (quarters.length === 0) return 0;
  return Math.floor(quarters.reduce((sum, q) => sum + taskPoints(q, s), 0) / quarters.length);
}

export function band(points: number): RatingLevel {
  if (points >= 90_00) return 'OUTSTANDING';
  if (points >= 70_00) return 'GOOD';
  if (points >= 50_00) return 'COMPLETE';
  return 'NOT_COMPLETE';
}

/**
 * A unit's own level from its tasks under Decree 335, before the level above confirms it: the
 * task points of the unit's work on the decree's bands, with the general criteria counted full
 * (a unit has no conduct to mark), capped by its public-service index as the settings say. A
 * documented choice, not the decree's text.
 */
export function unitLevel335(tasks: TaskFact[], s: Decree335Settings = DECREE_335_DEFAULTS, kpi: YearKpi | null = null, reasons: Reason[] = []): RatingLevel {
  const task = yearlyTaskPoints(tasks, s);
  reasons.push({ key: 'rating.unitPoints', params: { task, points: GENERAL_MAX + task } });
  return capByKpi(band(GENERAL_MAX + task), kpi, reasons, s.unitKpi) ?? 'NOT_COMPLETE';
}

export function decree335(settings: Decree335Settings = DECREE_335_DEFAULTS): Rulebook {
  return {
    id: 'ND335-2025',
    basis: 'Nghị định 335/2025/NĐ-CP',
    decidedBy: settings.decidedBy,
    unitLevel: (unit, reasons) => unitLevel335(unit.tasks, settings, unit.kpi ?? null, reasons),
    appliesTo: (year, category) => year >= 2026 && category === 'CONG_CHUC',
    propose(input: RatingInput): Proposal {
      const reasons: Reason[] = [];
      if (monthsCounted(input) < 6) return { level: null, notRated: true, reasons: [{ key: 'rating.underSixMonths', params: { months: monthsCounted(input) } }] };
      const general = Math.min(GENERAL_MAX, Math.max(0, input.generalPoints ?? 0));
      if (input.tasks.length === 0) {
        // no task of the year can be judged yet: points would say nothing, people decide
        if (input.disciplined) return { level: 'NOT_COMPLETE', reasons: [{ key: 'rating.noTasks' }, { key: 'rating.disciplined' }] };
        return { level: null, reasons: [{ key: 'rating.noTasks' }] };
      }
      let task = yearlyTaskPoints(input.tasks, settings);
      if (input.isLeader && input.unit) {
        const unit = yearlyTaskPoints(input.unit.tasks, settings);
        task = Math.floor((task * (100 - settings.leaderUnitShare) + unit * settings.leaderUnitShare) / 100);
        reasons.push({ key: 'rating.leaderUnitPoints', params: { unit, share: settings.leaderUnitShare } });
      }
      const points = general + task;
      reasons.push({ key: 'rating.points', params: { general, task, points } });
      if (input.disciplined) return { level: 'NOT_COMPLETE', points, reasons: [...reasons, { key: 'rating.disciplined' }] };
      let level: RatingLevel | null = band(points);
      if (input.generalPoints === undefined || input.generalPoints === null) {
        // the head has not marked the general criteria yet: a level follows only if every mark out of 30 gives the same one
        if (band(task) !== band(task + GENERAL_MAX)) {
          reasons.push({ key: 'rating.generalMissing', params: { low: task, high: task + GENERAL_MAX } });
          return { level: null, points, reasons };
        }
        level = band(task);
        reasons.push({ key: 'rating.generalMissingSettled' });
      }
      if (input.isLeader && input.unit && input.unit.tasks.length > 0) {
        // a leader is not proposed above what the unit's own rating allows (the decision may, with a reason)
        const bound = unitLevel335(input.unit.tasks, settings, input.unit.kpi ?? null, reasons);
        if (lowerOf(level, bound) !== level) {
          reasons.push({ key: 'rating.leaderBound', params: { bound } });
          level = bound;
        }
      }
      return { level, points, reasons };
    },
  };
}
