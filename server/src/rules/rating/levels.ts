/**
 * The four rating levels (xếp loại) and their order: one definition for the server, the GraphQL
 * enum and the panel (admin/src/evaluations/levels.ts imports this file). No imports, so that the
 * panel's bundle takes nothing else from the server.
 */
export const RATING_LEVELS = ['OUTSTANDING', 'GOOD', 'COMPLETE', 'NOT_COMPLETE'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];
/** The levels as an enum-like object (the GraphQL enum and the database column are made from it). */
export const RatingLevel: { readonly [L in RatingLevel]: L } = { OUTSTANDING: 'OUTSTANDING', GOOD: 'GOOD', COMPLETE: 'COMPLETE', NOT_COMPLETE: 'NOT_COMPLETE' };

/** Worst first: `rankOf(a) < rankOf(b)` means a is below b. */
export const LEVEL_ORDER: readonly RatingLevel[] = ['NOT_COMPLETE', 'COMPLETE', 'GOOD', 'OUTSTANDING'];

/** -1 for no level, 0 for "not complete" … 3 for "outstanding". */
export function rankOf(level: string | null | undefined): number {
  return level ? LEVEL_ORDER.indexOf(level as RatingLevel) : -1;
}

/** Whether `level` is above `bound`; false when either is missing. */
export function isAbove(level: string | null | undefined, bound: string | null | undefined): boolean {
  const l = rankOf(level);
  const b = rankOf(bound);
  return l >= 0 && b >= 0 && l > b;
}

export function lowerOf(a: RatingLevel, b: RatingLevel): RatingLevel {
  return rankOf(a) <= rankOf(b) ? a : b;
}
