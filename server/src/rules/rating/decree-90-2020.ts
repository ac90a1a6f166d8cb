import { absenceCap } from './decree-335-2025.js';
import { ABSENCE_CAP_FROM_SIX, ABSENCE_CAP_MONTHS, DECREE_90_THRESHOLDS, MIN_MONTHS, UNIT_INDEX_CAP, forYear } from './parameters.js';
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
 * Under 6 months worked in the year (calendar months in post less absences, maternity leave
 * excepted): not rated. Absent 3 to 6 months (maternity leave excepted): at most "complete".
 * The shares and months are dated parameters (parameters.ts), read for 2025: the text did not
 * change them between 2020 and 2025.
 */
const T = forYear(DECREE_90_THRESHOLDS, 2025);

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
  if (onTimeClean === assigned && exceeded * 100 >= assigned * T.exceededForOutstanding) return 'OUTSTANDING';
  if (onTimeClean === assigned) {
    reasons.push({ key: 'rating.notOutstandingExceeded', params: { exceeded, assigned } });
    return 'GOOD';
  }
  if (open === 0 && miss * 100 <= assigned * T.missedForComplete) return 'COMPLETE';
  if (miss * 100 > assigned * T.missedForNotComplete) return 'NOT_COMPLETE';
  reasons.push({ key: 'rating.gapPersonal', params: { missed: miss, assigned } });
  return null;
}

/**
 * The level the unit's own results allow: its targets (tasks) and the units under it, by the
 * decree's table, then capped by its public-service index as the settings say (unit-kpi.ts).
 */
export function unitBound(unit: NonNullable<RatingInput['unit']>, reasons: Reason[], kpi: UnitKpiSettings = { ...UNIT_KPI_DEFAULTS, ...forYear(UNIT_INDEX_CAP, 2025) }): RatingLevel | null {
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
  const subsAllComplete70Good = subs === 0 || (completeOrBetter === subs && goodOrBetter * 100 >= subs * T.subunitsGood);
  if (done === assigned && exceeded * 100 >= assigned * T.unitExceededForOutstanding && subsAllComplete70Good) return 'OUTSTANDING';
  if (done === assigned && onTimeClean * 100 >= assigned * T.unitOnTimeForGood && subsAllComplete70Good) return 'GOOD';
  if (done * 100 > assigned * T.unitDoneForComplete && (subs === 0 || completeOrBetter * 100 >= subs * T.subunitsComplete)) return 'COMPLETE';
  if (done * 100 < assigned * T.unitDoneForNotComplete) return 'NOT_COMPLETE';
  reasons.push({ key: 'rating.gapUnit', params: { done, assigned } });
  return null;
}

export const decree90: Rulebook = {
  id: 'ND90-2020+ND48-2023',
  basis: 'Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP',
  decidedBy: DECISION_DEFAULTS,
  generalMax: null,
  directingCriterion: false,
  unitLevel: (unit, reasons) => unitBound(unit, reasons),
  propose(input: RatingInput): Proposal {
    const reasons: Reason[] = [];
    if (monthsCounted(input) < forYear(MIN_MONTHS, input.year)) return { level: null, notRated: true, reasons: [{ key: 'rating.underSixMonths', params: { months: monthsCounted(input) } }] };
    if (input.disciplined) return { level: 'NOT_COMPLETE', reasons: [{ key: 'rating.disciplined' }] };
    let level = personal(input.tasks, reasons);
    if (input.isLeader && input.unit) {
      const bound = unitBound(input.unit, reasons);
      level = level === null || bound === null ? null : lowerOf(level, bound);
    }
    level = absenceCap(level, input, forYear(ABSENCE_CAP_MONTHS, input.year), forYear(ABSENCE_CAP_FROM_SIX, input.year), reasons);
    return { level, reasons };
  },
};
