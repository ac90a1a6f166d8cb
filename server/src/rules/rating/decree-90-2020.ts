import { DECISION_DEFAULTS, lowerOf, monthsCounted, weightOf, type Proposal, type RatingInput, type RatingLevel, type Reason, type Rulebook, type TaskFact } from './types.js';
import { UNIT_KPI_DEFAULTS, capByKpi, type UnitKpiSettings } from './unit-kpi.js';

/**
 * Decree 90/2020/NĐ-CP as amended by Decree 48/2023/NĐ-CP, for the years up to 2025.
 *
 * Official without a leading post:
 * - outstanding: 100% of tasks on time, high quality (none returned), at least 50% exceeded;
 * - good: 100% on time with quality;
 * - complete: all tasks done, no more than 20% of them late or below quality;
 * - not complete: more than 50% of the task criteria missed, or a disciplinary measure.
 * Between 20% and 50% missed the text gives no level: people decide and say why.
 *
 * A head or deputy is also bounded by the unit they lead:
 * - outstanding: the unit completes all targets, at least 50% exceeded; every unit under it
 *   rated complete or better, at least 70% good or better;
 * - good: all targets, at least 80% on time with quality; every unit under it complete or
 *   better, at least 70% good or better;
 * - complete: over 70% of targets; at least 70% of the units under it complete or better;
 * - not complete: under 50% of targets. Between 50% and 70%, no level follows.
 *
 * Under 6 months worked in the year (months in post less absences, maternity leave excepted):
 * not rated. Absent 3 to 6 months (maternity leave excepted): at most "complete".
 */
const missed = (t: TaskFact) => !t.done || !t.onTime || t.returns > 0;

function personal(tasks: TaskFact[], reasons: Reason[]): RatingLevel | null {
  const assigned = weightOf(tasks);
  if (assigned === 0) {
    reasons.push({ key: 'rating.noTasks' });
    return null;
  }
  const onTimeClean = weightOf(tasks, (t) => t.done && t.onTime && t.returns === 0);
  const exceeded = weightOf(tasks, (t) => t.done && t.exceeded);
  const miss = weightOf(tasks, missed);
  const open = weightOf(tasks, (t) => !t.done);
  reasons.push({ key: 'rating.taskFigures', params: { assigned, onTimeClean, missed: miss, exceeded, open } });
  if (onTimeClean === assigned && exceeded * 2 >= assigned) return 'OUTSTANDING';
  if (onTimeClean === assigned) {
    reasons.push({ key: 'rating.notOutstandingExceeded', params: { exceeded, assigned } });
    return 'GOOD';
  }
  if (open === 0 && miss * 5 <= assigned) return 'COMPLETE';
  if (miss * 2 > assigned) return 'NOT_COMPLETE';
  reasons.push({ key: 'rating.gapPersonal', params: { missed: miss, assigned } });
  return null;
}

/**
 * The level the unit's own results allow: its targets (tasks) and the units under it, by the
 * decree's table, then capped by its public-service index as the settings say (unit-kpi.ts).
 */
export function unitBound(unit: NonNullable<RatingInput['unit']>, reasons: Reason[], kpi: UnitKpiSettings = UNIT_KPI_DEFAULTS): RatingLevel | null {
  return capByKpi(unitTargets(unit, reasons), unit.kpi, reasons, kpi);
}

function unitTargets(unit: NonNullable<RatingInput['unit']>, reasons: Reason[]): RatingLevel | null {
  const assigned = weightOf(unit.tasks);
  const done = weightOf(unit.tasks, (t) => t.done);
  const onTimeClean = weightOf(unit.tasks, (t) => t.done && t.onTime && t.returns === 0);
  const exceeded = weightOf(unit.tasks, (t) => t.done && t.exceeded);
  const subs = unit.subunitRatings.length;
  const completeOrBetter = unit.subunitRatings.filter((r) => r !== 'NOT_COMPLETE').length;
  const goodOrBetter = unit.subunitRatings.filter((r) => r === 'GOOD' || r === 'OUTSTANDING').length;
  reasons.push({ key: 'rating.unitFigures', params: { assigned, done, onTimeClean, exceeded, subs, completeOrBetter, goodOrBetter } });
  if (assigned === 0) return null;
  const subsAllComplete70Good = subs === 0 || (completeOrBetter === subs && goodOrBetter * 10 >= subs * 7);
  if (done === assigned && exceeded * 2 >= assigned && subsAllComplete70Good) return 'OUTSTANDING';
  if (done === assigned && onTimeClean * 10 >= assigned * 8 && subsAllComplete70Good) return 'GOOD';
  if (done * 10 > assigned * 7 && (subs === 0 || completeOrBetter * 10 >= subs * 7)) return 'COMPLETE';
  if (done * 2 < assigned) return 'NOT_COMPLETE';
  reasons.push({ key: 'rating.gapUnit', params: { done, assigned } });
  return null;
}

export const decree90: Rulebook = {
  id: 'ND90-2020+ND48-2023',
  basis: 'Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP',
  decidedBy: DECISION_DEFAULTS,
  unitLevel: (unit, reasons) => unitBound(unit, reasons),
  appliesTo: (year) => year <= 2025,
  propose(input: RatingInput): Proposal {
    const reasons: Reason[] = [];
    if (monthsCounted(input) < 6) return { level: null, notRated: true, reasons: [{ key: 'rating.underSixMonths', params: { months: monthsCounted(input) } }] };
    if (input.disciplined) return { level: 'NOT_COMPLETE', reasons: [{ key: 'rating.disciplined' }] };
    let level = personal(input.tasks, reasons);
    if (input.isLeader && input.unit) {
      const bound = unitBound(input.unit, reasons);
      level = level === null || bound === null ? null : lowerOf(level, bound);
    }
    if (level && input.monthsAbsent >= 3 && !input.maternityLeave && (level === 'GOOD' || level === 'OUTSTANDING')) {
      reasons.push({ key: 'rating.absenceCap', params: { months: input.monthsAbsent } });
      level = 'COMPLETE';
    }
    return { level, reasons };
  },
};
