import { UNIT_KPI_DEFAULTS, capByKpi, type UnitKpiSettings, type YearKpi } from './unit-kpi.js';
import {
  BANDS_335, DEDUCTION_335, GENERAL_POINTS_335, LEADER_UNIT_HALF_335, NOT_COMPLETE_CASES_335, TASK_FORMULA_335, TASK_POINTS_335, UNIT_INDEX_CAP,
  YEARLY_METHOD_335, ABSENCE_CAP_FROM_SIX, ABSENCE_CAP_MONTHS, MIN_MONTHS, forYear, type Bands, type NotCompleteCase, type TaskFormula, type YearlyMethod,
} from './parameters.js';
import { DECISION_DEFAULTS, lowerOf, monthsCounted, type DecisionSettings, weightOf, type Proposal, type RatingInput, type RatingLevel, type Reason, type Rulebook, type TaskFact, type UnitFacts } from './types.js';

/**
 * Decree 335/2025/NĐ-CP, for công chức from 2026, as its published summaries give it (the numbers
 * and their sources are in parameters.ts):
 *
 * - 100 points = 30 for the general criteria (marked by the head) + 70 for task results;
 * - task results from (a) quantity = done ÷ assigned, (b) quality = done to standard ÷ assigned,
 *   (c) progress = done on time ÷ assigned, each in %, products weighted (converted); each failed
 *   quality check and each delay takes 25% of that product's quality or progress points, except
 *   where a competent person confirms an objective cause;
 * - task points = 70 × (a + b + c) / 3; for a leader, 70 × the mean of (a), (b), (c), (d) the
 *   results of the unit led (in full, or half when a unit under it is "not complete") and (e)
 *   organising and directing, marked by the level above. The summaries mention a further leaders'
 *   criterion they do not describe: it is not modelled, and the reasons say so;
 * - bands ≥ 90 outstanding, 70 to < 90 good, 50 to < 70 complete; "not complete" under 50 points
 *   or in one of the recorded cases (NOT_COMPLETE_CASES_335).
 */
export interface Decree335Settings {
  formula: TaskFormula;
  /** for the WEIGHTED formula only: shares of the three items in % (sum 100) */
  shares: { quantity: number; quality: number; progress: number };
  deductionPercent: number;
  bands: Bands;
  generalMax: number;
  taskMax: number;
  /** the unit criterion (d), in % of its value, when a unit under the leader is "not complete" */
  unitFailedShare: number;
  yearly: YearlyMethod;
  minMonths: number;
  absenceCapMonths: number;
  absenceCapFromSix: boolean;
  unitKpi: UnitKpiSettings;
  decidedBy: DecisionSettings;
}

/** The settings of the year, read from the dated parameters. */
export function settings335(year = 2026): Decree335Settings {
  return {
    formula: forYear(TASK_FORMULA_335, year), shares: { quantity: 34, quality: 33, progress: 33 }, deductionPercent: forYear(DEDUCTION_335, year),
    bands: forYear(BANDS_335, year), generalMax: forYear(GENERAL_POINTS_335, year), taskMax: forYear(TASK_POINTS_335, year),
    unitFailedShare: forYear(LEADER_UNIT_HALF_335, year), yearly: forYear(YEARLY_METHOD_335, year), minMonths: forYear(MIN_MONTHS, year),
    absenceCapMonths: forYear(ABSENCE_CAP_MONTHS, year), absenceCapFromSix: forYear(ABSENCE_CAP_FROM_SIX, year),
    unitKpi: { ...UNIT_KPI_DEFAULTS, ...forYear(UNIT_INDEX_CAP, year) }, decidedBy: DECISION_DEFAULTS,
  };
}

export const DECREE_335_DEFAULTS: Decree335Settings = settings335(2026);

/** The general criteria's share of the 100 points, in hundredths (Decree 335: 30). */
export const GENERAL_MAX = DECREE_335_DEFAULTS.generalMax;

/** Sums of a few exact fractions, floored to the hundredth: the epsilon absorbs binary noise only. */
const floorHundredths = (x: number) => Math.floor(x + 1e-9);

/** The three items (a), (b), (c) of a set of tasks, each in % (0–100, unrounded). */
export function items(tasks: TaskFact[], s: Decree335Settings = DECREE_335_DEFAULTS): { quantity: number; quality: number; progress: number } {
  const assigned = weightOf(tasks);
  if (assigned === 0) return { quantity: 0, quality: 0, progress: 0 };
  const keep = (failures: number) => Math.max(0, 100 - s.deductionPercent * failures);
  const done = tasks.filter((t) => t.done);
  return {
    quantity: (weightOf(done) * 100) / assigned,
    quality: done.reduce((sum, t) => sum + t.weight * keep(t.returns), 0) / assigned,
    progress: done.reduce((sum, t) => sum + t.weight * keep(t.delays), 0) / assigned,
  };
}

/** The mean of the items in %, by the formula of the settings. */
function itemMean(i: ReturnType<typeof items>, s: Decree335Settings): number {
  if (s.formula === 'WEIGHTED') return (i.quantity * s.shares.quantity + i.quality * s.shares.quality + i.progress * s.shares.progress) / 100;
  return (i.quantity + i.quality + i.progress) / 3;
}

/** Task points in hundredths (0–7000) of one set of tasks: 70 × (a + b + c) / 3. */
export function taskPoints(tasks: TaskFact[], s: Decree335Settings = DECREE_335_DEFAULTS): number {
  if (weightOf(tasks) === 0) return 0;
  return floorHundredths((s.taskMax * itemMean(items(tasks, s), s)) / 100);
}

/** The quarters (1–4) that had tasks, each with its tasks; the whole year as one when the method says so. */
function periodsOf(tasks: TaskFact[], s: Decree335Settings): TaskFact[][] {
  if (s.yearly === 'WHOLE_YEAR' || tasks.every((t) => t.period === undefined)) return [tasks];
  return [1, 2, 3, 4].map((q) => tasks.filter((t) => t.period === q)).filter((q) => q.length > 0);
}

/** The year's mean of the items in % (the mean of the quarters' by default). */
function yearlyMean(tasks: TaskFact[], s: Decree335Settings): number {
  const periods = periodsOf(tasks, s).filter((p) => weightOf(p) > 0);
  if (periods.length === 0) return 0;
  return periods.reduce((sum, p) => sum + itemMean(items(p, s), s), 0) / periods.length;
}

/** The year's task points under the settings' method: the mean of the quarters' scores by default. */
export function yearlyTaskPoints(tasks: TaskFact[], s: Decree335Settings = DECREE_335_DEFAULTS): number {
  const periods = periodsOf(tasks, s);
  if (periods.length === 0) return 0;
  return floorHundredths(periods.reduce((sum, p) => sum + taskPoints(p, s), 0) / periods.length);
}

export function band(points: number, bands: Bands = DECREE_335_DEFAULTS.bands): RatingLevel {
  if (points >= bands.outstanding) return 'OUTSTANDING';
  if (points >= bands.good) return 'GOOD';
  if (points >= bands.complete) return 'COMPLETE';
  return 'NOT_COMPLETE';
}

/**
 * A leader's criterion (d), the results of the unit led, in %: the unit's own mean of (a)–(c),
 * at half when a unit under it is rated "not complete".
 */
export function unitCriterion(unit: UnitFacts, s: Decree335Settings = DECREE_335_DEFAULTS): { percent: number; halved: boolean } {
  const percent = yearlyMean(unit.tasks, s);
  const halved = unit.subunitRatings.includes('NOT_COMPLETE');
  return { percent: halved ? (percent * s.unitFailedShare) / 100 : percent, halved };
}

/** A leader's task points: 70 × the mean of (a), (b), (c), (d) and (e). */
export function leaderTaskPoints(tasks: TaskFact[], unit: UnitFacts, directingPercent: number, s: Decree335Settings = DECREE_335_DEFAULTS): number {
  const own = periodsOf(tasks, s).filter((p) => weightOf(p) > 0);
  const ownItems = own.length === 0 ? { quantity: 0, quality: 0, progress: 0 } : own.map((p) => items(p, s)).reduce((acc, i) => ({
    quantity: acc.quantity + i.quantity / own.length, quality: acc.quality + i.quality / own.length, progress: acc.progress + i.progress / own.length,
  }), { quantity: 0, quality: 0, progress: 0 });
  const d = unitCriterion(unit, s).percent;
  const values = s.formula === 'WEIGHTED'
    ? [itemMean(ownItems, s), itemMean(ownItems, s), itemMean(ownItems, s), d, directingPercent]
    : [ownItems.quantity, ownItems.quality, ownItems.progress, d, directingPercent];
  return floorHundredths((s.taskMax * (values.reduce((a, b) => a + b, 0) / values.length)) / 100);
}

/**
 * A unit's own level from its tasks under Decree 335, before the level above confirms it: the
 * task points of the unit's work on the decree's bands, with the general criteria counted full
 * (a unit has no conduct to mark), capped by its public-service index as the settings say. A
 * documented choice, not the decree's text (the decree rates agencies by its own criteria).
 */
export function unitLevel335(tasks: TaskFact[], s: Decree335Settings = DECREE_335_DEFAULTS, kpi: YearKpi | null = null, reasons: Reason[] = []): RatingLevel {
  const task = yearlyTaskPoints(tasks, s);
  reasons.push({ key: 'rating.unitPoints', params: { task, points: s.generalMax + task } });
  return capByKpi(band(s.generalMax + task, s.bands), kpi, reasons, s.unitKpi) ?? 'NOT_COMPLETE';
}

/** The recorded "not complete" cases that apply to this person (leaders only for the unit's corruption). */
function casesOf(input: RatingInput): NotCompleteCase[] {
  const cases = new Set<NotCompleteCase>(input.cases ?? []);
  if (input.disciplined) cases.add('DISCIPLINE');
  if (!input.isLeader) cases.delete('UNIT_CORRUPTION');
  cases.delete('UNDER_50');
  return [...cases];
}

export function decree335(settings: Decree335Settings = DECREE_335_DEFAULTS): Rulebook {
  return {
    id: 'ND335-2025',
    basis: 'Nghị định 335/2025/NĐ-CP',
    decidedBy: settings.decidedBy,
    generalMax: settings.generalMax,
    directingCriterion: true,
    unitLevel: (unit, reasons) => unitLevel335(unit.tasks, settings, unit.kpi ?? null, reasons),
    propose(input: RatingInput): Proposal {
      const reasons: Reason[] = [];
      if (monthsCounted(input) < settings.minMonths) return { level: null, notRated: true, reasons: [{ key: 'rating.underSixMonths', params: { months: monthsCounted(input) } }] };
      const cases = casesOf(input);
      const caseReasons: Reason[] = cases.map((c) => ({ key: `rating.case.${c}`, params: { basis: NOT_COMPLETE_CASES_335[c].source } }));
      if (input.tasks.length === 0) {
        // no task of the year can be judged yet: points would say nothing, people decide
        if (cases.length > 0) return { level: 'NOT_COMPLETE', reasons: [{ key: 'rating.noTasks' }, ...caseReasons] };
        return { level: null, reasons: [{ key: 'rating.noTasks' }] };
      }
      const excused = input.tasks.reduce((s, t) => s + (t.excusedReturns ?? 0), 0);
      const extended = input.tasks.filter((t) => t.excusedExtension).length;
      if (excused + extended > 0) reasons.push({ key: 'rating.objectiveCauses', params: { returns: excused, extensions: extended } });
      // the marks people give: the general criteria, and for a leader the directing criterion (e)
      const leader = input.isLeader && input.unit ? input.unit : null;
      const taskAt = (directing: number) => (leader ? leaderTaskPoints(input.tasks, leader, directing, settings) : yearlyTaskPoints(input.tasks, settings));
      if (leader) {
        const d = unitCriterion(leader, settings);
        reasons.push({ key: d.halved ? 'rating.leaderUnitHalved' : 'rating.leaderUnit', params: { percent: Math.floor(d.percent * 100) } });
        reasons.push({ key: 'rating.leaderOtherCriterion' });
      }
      const directingKnown = !leader || (input.directingPercent !== undefined && input.directingPercent !== null);
      const generalKnown = input.generalPoints !== undefined && input.generalPoints !== null;
      const general = Math.min(settings.generalMax, Math.max(0, input.generalPoints ?? 0));
      const task = taskAt(directingKnown ? Math.min(100, Math.max(0, input.directingPercent ?? 0)) : 0);
      const points = general + task;
      reasons.push({ key: 'rating.points', params: { general, task, points } });
      if (cases.length > 0) return { level: 'NOT_COMPLETE', points, reasons: [...reasons, ...caseReasons] };
      let level: RatingLevel | null = band(points, settings.bands);
      if (!generalKnown || !directingKnown) {
        // a mark not given yet: a level follows only if every mark it could take gives the same one
        const low = (generalKnown ? general : 0) + task;
        const high = (generalKnown ? general : settings.generalMax) + (directingKnown ? task : taskAt(100));
        if (band(low, settings.bands) !== band(high, settings.bands)) {
          reasons.push({ key: generalKnown ? 'rating.directingMissing' : 'rating.generalMissing', params: { low, high } });
          return { level: null, points, reasons };
        }
        level = band(low, settings.bands);
        reasons.push({ key: 'rating.generalMissingSettled' });
      }
      if (leader && leader.tasks.length > 0) {
        // a leader is not proposed above what the unit's own rating allows (the decision may, with a reason)
        const bound = unitLevel335(leader.tasks, settings, leader.kpi ?? null, reasons);
        if (lowerOf(level, bound) !== level) {
          reasons.push({ key: 'rating.leaderBound', params: { bound } });
          level = bound;
        }
      }
      return { level: absenceCap(level, input, settings.absenceCapMonths, settings.absenceCapFromSix, reasons), points, reasons };
    },
  };
}

/**
 * Absent `capMonths` months or more (maternity leave excepted): at most "complete". From 3 to
 * under 6 months is the text's; 6 or more (with 6 still worked) the text does not mention, and
 * the setting says whether the cap applies.
 */
export function absenceCap(level: RatingLevel | null, input: Pick<RatingInput, 'monthsAbsent' | 'maternityLeave'>, capMonths: number, fromSix: boolean, reasons: Reason[]): RatingLevel | null {
  if (!level || input.maternityLeave || input.monthsAbsent < capMonths || (level !== 'GOOD' && level !== 'OUTSTANDING')) return level;
  if (input.monthsAbsent >= 6 && !fromSix) return level;
  reasons.push({ key: input.monthsAbsent >= 6 ? 'rating.absenceCapSix' : 'rating.absenceCap', params: { months: input.monthsAbsent } });
  return 'COMPLETE';
}
