import { numberLocale } from '../common/format.js';

/**
 * Index points and rates travel as strings with two decimals ("46.63"); they are shown in the
 * current language's notation (46,63 in Vietnamese), without trailing zeros. Pure.
 */
export function formatDecimal2(value: string | number | null | undefined, locale: string): string {
  if (value === null || value === undefined || value === '') return '—';
  const n = Number(value);
  if (Number.isNaN(n)) return String(value);
  return new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 2 }).format(n);
}

/** A change with its sign: +4,7 / −1,4. */
export function formatChange(value: string | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '—';
  const n = Number(value);
  return n > 0 ? `+${formatDecimal2(n, locale)}` : formatDecimal2(n, locale);
}

export interface PeriodOf {
  periodKind: string;
  year: number;
  periodNumber: number;
}

/** The message key and arguments of a period label: "Quý 3/2026", "10 tháng đầu năm 2023". */
export function periodMessage({ periodKind, year, periodNumber }: PeriodOf): [string, { n: number; year: number }] {
  return [`app.kpi.period.${periodKind}`, { n: periodNumber, year }];
}
