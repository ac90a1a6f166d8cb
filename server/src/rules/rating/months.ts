/**
 * The time an official worked in a year, in calendar months: the 6-month rule ("dưới 06 tháng":
 * not rated; parameters.ts, MIN_MONTHS) is read in months of the calendar, not in days × 12 / 365,
 * which would count 02/07–31/12 (183 days, five months and 30 days) as six months.
 *
 * A period in post gives its whole calendar months (01/07–31/12: 6; 02/07–31/12: 5, with 30 days
 * over). Days over from several separate periods of the year add up to a month per 30 days (a
 * setting of ours: the text does not say how broken periods combine).
 */
export interface PostPeriod {
  from: string;
  /** null: still in post */
  to: string | null;
}

const dayNumber = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;

/** The day number of `from` moved on by `months` calendar months (the 31st clamped to the month's last day). */
function plusMonths(from: number, months: number): number {
  const d = new Date(from * 86_400_000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / 86_400_000;
}

/** Whole calendar months in the days `from`..`to` (inclusive), and the days over. */
export function wholeMonths(from: number, to: number): { months: number; days: number } {
  let months = 0;
  while (plusMonths(from, months + 1) - 1 <= to) months += 1;
  return { months, days: to - plusMonths(from, months) + 1 };
}

/** Calendar months in post during `year`, overlapping periods counted once. */
export function monthsInPost(periods: PostPeriod[], year: number): number {
  const start = dayNumber(`${year}-01-01`);
  const end = dayNumber(`${year}-12-31`);
  const ranges = periods
    .map((p) => [Math.max(start, dayNumber(p.from)), Math.min(end, p.to ? dayNumber(p.to) : end)] as [number, number])
    .filter(([a, b]) => a <= b)
    .sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  const parts = merged.map(([a, b]) => wholeMonths(a, b));
  const months = parts.reduce((s, p) => s + p.months, 0);
  const over = parts.length > 1 ? Math.floor(parts.reduce((s, p) => s + p.days, 0) / 30) : 0;
  return Math.min(12, months + over);
}
