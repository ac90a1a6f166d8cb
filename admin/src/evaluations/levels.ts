import { RATING_LEVELS, isAbove as serverIsAbove } from '../../../server/src/rules/rating/levels.js';
import { numberLocale } from '../common/format.js';
import { enumChoices } from '../common/inputs.js';

/** The four levels, best first, as choices of a select. */
export const levelChoices = () => {
  return enumChoices('RatingLevel').sort((a, b) => LEVEL_ORDER.indexOf(a.id) - LEVEL_ORDER.indexOf(b.id));
};

/** The order of the levels, best first: the server's own list (server/src/rules/rating/levels.ts). */
export const LEVEL_ORDER: readonly string[] = RATING_LEVELS;

/** Whether `level` is above `bound` (both RatingLevel values); false when either is missing. */
export function isAbove(level: unknown, bound: unknown): boolean {
  return serverIsAbove(level === null || level === undefined ? null : String(level), bound === null || bound === undefined ? null : String(bound));
}

/** A unit's public-service index for the year, as the server puts it in the evidence. */
export interface YearKpi {
  /** hundredths of points, out of 100_00 */
  total: number;
  basis: 'YEAR' | 'FIRST_MONTHS' | 'QUARTER' | 'MONTH';
  periods: number;
  asPublished: boolean;
}

/** The unit's figures in the evidence of a head or deputy, or of a unit rating. */
export type UnitEvidence = Record<string, unknown> & { subunitRatings?: string[]; kpi?: YearKpi | null; level?: string | null };

/** Hundredths of points in the language's notation, always two decimals: 6050 → "60,50" in Vietnamese. */
export function formatHundredths(total: number, locale: string): string {
  return new Intl.NumberFormat(numberLocale(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(total / 100);
}

/** "Chỉ số phục vụ: 46,63/100 (10 tháng đầu năm, số liệu như công bố)", in the language of `translate`. */
export function kpiLine(kpi: YearKpi, locale: string, translate: (key: string, args?: Record<string, unknown>) => string): string {
  const basis = [translate(`app.evaluation.kpi.basis.${kpi.basis}`, { periods: kpi.periods })];
  if (kpi.asPublished) basis.push(translate('app.evaluation.kpi.asPublished'));
  return translate('app.evaluation.kpi.line', { total: formatHundredths(kpi.total, locale), basis: basis.join(', ') });
}

/** The evidence JSON of an evaluation, or nothing when it cannot be read. */
export function parseEvidence(json: unknown): { official?: Record<string, unknown>; unit?: UnitEvidence } {
  if (typeof json !== 'string') return {};
  try {
    const value = JSON.parse(json);
    return value && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

/** The evidence JSON of a unit rating (the unit's figures, flat), or nothing when it cannot be read. */
export function parseUnitEvidence(json: unknown): UnitEvidence {
  return parseEvidence(json) as UnitEvidence;
}

/** Turns a base64 file into a download in the browser. */
export function downloadBase64(file: { fileName: string; mimeType: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
