import { decree90 } from './decree-90-2020.js';
import { decree335 } from './decree-335-2025.js';
import { OUTSTANDING_QUOTA, RULEBOOK_COVERAGE, coverageFor, forYear, type RulebookCoverage } from './parameters.js';
import type { RatingInput, Rulebook } from './types.js';

/**
 * The rulebooks by id. Which one rates a category in a year is the table RULEBOOK_COVERAGE
 * (parameters.ts): a future decree adds a rulebook here and rows there; no old one changes. A
 * year and category no row covers (cán bộ from 2026, for instance) is rated by hand, with its
 * legal basis recorded.
 */
export const RULEBOOKS: Rulebook[] = [decree335(), decree90];

export function rulebookFor(year: number, category: RatingInput['category'], books: Rulebook[] = RULEBOOKS, table: RulebookCoverage[] = RULEBOOK_COVERAGE): Rulebook | null {
  const row = coverageFor(year, category, table);
  return row ? books.find((b) => b.id === row.rulebook) ?? null : null;
}

/**
 * The rulebook a unit's own rating of the year follows: the one its công chức are rated under
 * (a unit has no category of its own).
 */
export function unitRulebookFor(year: number, books: Rulebook[] = RULEBOOKS): Rulebook | null {
  return rulebookFor(year, 'CONG_CHUC', books);
}

/**
 * Outstanding may not exceed 20% of those rated good in the same unit and quota group (Decree
 * 48/2023; Decree 335/2025 lets a unit be allowed more by decision, never less).
 */
export const OUTSTANDING_QUOTA_PERCENT = forYear(OUTSTANDING_QUOTA, 2026);

/** The ratio of the year (parameters.ts): the least a cycle may set. */
export const quotaPercentFor = (year: number) => forYear(OUTSTANDING_QUOTA, year);

export function allowedOutstanding(ratedGood: number, ratioPercent = OUTSTANDING_QUOTA_PERCENT): number {
  return Math.floor((ratedGood * ratioPercent) / 100);
}
