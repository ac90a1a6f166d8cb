/**
 * Rules of a KPI result under Decision 766/QĐ-TTg, as pure functions over hundredths of a point
 * (no binary floating point anywhere): a group score lies between 0 and the group's maximum, an
 * indicator score between 0 and the indicator's maximum when that is known, a rate between 0 and
 * 100%, and the total is the sum of the groups. Published data sometimes breaks the last rule;
 * `consistencyIssues` names what does not add up so that people can decide to keep it "as
 * published".
 */
export interface CatalogueShape {
  groups: Array<{ id: number; code: string; max: number; indicators: Array<{ id: number; code: string; max: number | null }> }>;
}

export interface ResultFigures {
  total: number;
  groups: Array<{ groupId: number; score: number }>;
  values: Array<{ indicatorId: number; score: number | null; rate: number | null }>;
}

export type KpiIssue =
  | { reason: 'kpi.scoreAboveMax'; code: string; value: number; max: number }
  | { reason: 'kpi.negative'; code: string; value: number }
  | { reason: 'kpi.rateRange'; code: string; value: number }
  | { reason: 'kpi.unknownGroup'; code: string }
  | { reason: 'kpi.unknownIndicator'; code: string }
  | { reason: 'kpi.duplicate'; code: string }
  | { reason: 'kpi.totalMismatch'; total: number; sum: number }
  | { reason: 'kpi.totalAboveMax'; value: number; max: number };

export const HUNDRED_PERCENT = 100_00;

/** Issues that no note can excuse: values outside their ranges. */
export function rangeIssues(catalogue: CatalogueShape, figures: ResultFigures): KpiIssue[] {
  const issues: KpiIssue[] = [];
  const groups = new Map(catalogue.groups.map((g) => [g.id, g]));
  const indicators = new Map(catalogue.groups.flatMap((g) => g.indicators.map((i) => [i.id, i] as const)));
  const seenGroups = new Set<number>();
  for (const { groupId, score } of figures.groups) {
    const group = groups.get(groupId);
    if (!group) { issues.push({ reason: 'kpi.unknownGroup', code: String(groupId) }); continue; }
    if (seenGroups.has(groupId)) issues.push({ reason: 'kpi.duplicate', code: group.code });
    seenGroups.add(groupId);
    if (score < 0) issues.push({ reason: 'kpi.negative', code: group.code, value: score });
    if (score > group.max) issues.push({ reason: 'kpi.scoreAboveMax', code: group.code, value: score, max: group.max });
  }
  const seenIndicators = new Set<number>();
  for (const { indicatorId, score, rate } of figures.values) {
    const indicator = indicators.get(indicatorId);
    if (!indicator) { issues.push({ reason: 'kpi.unknownIndicator', code: String(indicatorId) }); continue; }
    if (seenIndicators.has(indicatorId)) issues.push({ reason: 'kpi.duplicate', code: indicator.code });
    seenIndicators.add(indicatorId);
    if (score !== null && score < 0) issues.push({ reason: 'kpi.negative', code: indicator.code, value: score });
    if (score !== null && indicator.max !== null && score > indicator.max) issues.push({ reason: 'kpi.scoreAboveMax', code: indicator.code, value: score, max: indicator.max });
    if (rate !== null && (rate < 0 || rate > HUNDRED_PERCENT)) issues.push({ reason: 'kpi.rateRange', code: indicator.code, value: rate });
  }
  const max = catalogue.groups.reduce((s, g) => s + g.max, 0);
  if (figures.total < 0) issues.push({ reason: 'kpi.negative', code: 'total', value: figures.total });
  if (figures.total > max) issues.push({ reason: 'kpi.totalAboveMax', value: figures.total, max });
  return issues;
}

/** Issues that a person may accept as "published that way": the total is not the sum of the groups. */
export function consistencyIssues(figures: ResultFigures): KpiIssue[] {
  if (figures.groups.length === 0) return [];
  const sum = figures.groups.reduce((s, g) => s + g.score, 0);
  return sum === figures.total ? [] : [{ reason: 'kpi.totalMismatch', total: figures.total, sum }];
}

/** The period just before, for "change against the previous period". A year's is the year before. */
export function previousPeriod(kind: 'MONTH' | 'QUARTER' | 'FIRST_MONTHS' | 'YEAR', year: number, n: number): { year: number; n: number } {
  if (kind === 'MONTH') return n === 1 ? { year: year - 1, n: 12 } : { year, n: n - 1 };
  if (kind === 'QUARTER') return n === 1 ? { year: year - 1, n: 4 } : { year, n: n - 1 };
  if (kind === 'FIRST_MONTHS') return { year: year - 1, n };
  return { year: year - 1, n: 0 };
}

export function validPeriodNumber(kind: 'MONTH' | 'QUARTER' | 'FIRST_MONTHS' | 'YEAR', n: number): boolean {
  if (kind === 'YEAR') return n === 0;
  if (kind === 'QUARTER') return n >= 1 && n <= 4;
  return n >= 1 && n <= 12;
}
