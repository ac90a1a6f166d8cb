import { UNIT_INDEX_CAP, forYear } from './parameters.js';
import { lowerOf, type RatingLevel, type Reason } from './types.js';

/**
 * How a unit's public-service index (Decision 766, out of 100) bears on the unit's own rating.
 *
 * Neither Decree 90/2020 nor Decree 335/2025 gives a formula: Decree 90 asks whether the unit
 * "completes its targets", Decree 335 counts "the results of the unit" for its leader. The index
 * is one of those targets, so the product lets it cap the level derived from the unit's tasks. The
 * thresholds are settings, defaulting to Decree 335's own bands (90 / 70 / 50 points), and the
 * index never makes a unit "not complete" on its own: the decrees list the facts that force that
 * level, and a portal score is not one of them. With `use: false` the index is shown as evidence
 * and bounds nothing.
 */
export interface UnitKpiSettings {
  use: boolean;
  /** index points (hundredths) from which each level stays open */
  outstandingFrom: number;
  goodFrom: number;
  /** below this the index allows only "not complete"; null (default): the index alone never goes below "complete" */
  completeFrom: number | null;
}

/** The defaults are the dated parameter UNIT_INDEX_CAP (a setting of ours; parameters.ts says why). */
export const UNIT_KPI_DEFAULTS: UnitKpiSettings = { ...forYear(UNIT_INDEX_CAP, 2026) };

export type KpiPeriodKind = 'MONTH' | 'QUARTER' | 'FIRST_MONTHS' | 'YEAR';

/** One published result of the unit on the index. */
export interface KpiScore {
  periodKind: KpiPeriodKind;
  periodNumber: number;
  /** hundredths, 0–10000 */
  total: number;
  /** kept "as published" although it does not add up */
  asPublished: boolean;
}

/** The unit's index for the year, and where it comes from. */
export interface YearKpi {
  total: number;
  /** YEAR; FIRST_MONTHS with the months; or the mean of QUARTER / MONTH results with their count */
  basis: KpiPeriodKind;
  periods: number;
  asPublished: boolean;
}

/**
 * The year's index: the yearly result when there is one; else the latest "first N months"
 * result; else the mean of the quarters, else of the months, published so far.
 */
export function yearKpi(results: KpiScore[]): YearKpi | null {
  const year = results.find((r) => r.periodKind === 'YEAR');
  if (year) return { total: year.total, basis: 'YEAR', periods: 12, asPublished: year.asPublished };
  const cumulative = results.filter((r) => r.periodKind === 'FIRST_MONTHS').sort((a, b) => b.periodNumber - a.periodNumber)[0];
  if (cumulative) return { total: cumulative.total, basis: 'FIRST_MONTHS', periods: cumulative.periodNumber, asPublished: cumulative.asPublished };
  for (const kind of ['QUARTER', 'MONTH'] as const) {
    const some = results.filter((r) => r.periodKind === kind);
    if (some.length > 0) {
      return { total: Math.floor(some.reduce((s, r) => s + r.total, 0) / some.length), basis: kind, periods: some.length, asPublished: some.some((r) => r.asPublished) };
    }
  }
  return null;
}

/** The highest level the index leaves open. */
export function kpiCap(total: number, s: UnitKpiSettings = UNIT_KPI_DEFAULTS): RatingLevel {
  if (total >= s.outstandingFrom) return 'OUTSTANDING';
  if (total >= s.goodFrom) return 'GOOD';
  return s.completeFrom !== null && total < s.completeFrom ? 'NOT_COMPLETE' : 'COMPLETE';
}

/** The level from the unit's tasks, lowered to what its index allows; the reason says so when it bites. */
export function capByKpi(level: RatingLevel | null, kpi: YearKpi | null | undefined, reasons: Reason[], s: UnitKpiSettings = UNIT_KPI_DEFAULTS): RatingLevel | null {
  if (!kpi || !s.use) return level;
  const cap = kpiCap(kpi.total, s);
  reasons.push({ key: 'rating.unitKpi', params: { total: kpi.total, cap } });
  if (level === null) return null;
  const capped = lowerOf(level, cap);
  if (capped !== level) reasons.push({ key: 'rating.kpiCap', params: { total: kpi.total, cap } });
  return capped;
}
