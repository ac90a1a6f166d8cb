import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHundredths, parseHundredths } from '../../server/src/graphql/decimal.js';
import { parsePeriod } from '../../server/src/modules/kpi/kpi-file.js';
import { periodEnd } from '../../server/src/modules/kpi/kpi-result.service.js';
import { consistencyIssues, previousPeriod, rangeIssues, type CatalogueShape } from '../../server/src/rules/kpi.js';

const file = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../server/src/assets/qd766-catalogue.json'), 'utf8'));
let id = 0;
const catalogue: CatalogueShape = {
  groups: file.groups.map((g: any) => ({
    id: (id += 1), code: g.code, max: parseHundredths(g.max)!,
    indicators: g.indicators.map((i: any) => ({ id: (id += 1), code: i.code, max: i.max === null ? null : parseHundredths(i.max) })),
  })),
};
const group = (code: string) => catalogue.groups.find((g) => g.code === code)!;

describe('the Decision 766 catalogue', () => {
  it('has six groups whose maxima are 18, 20, 12, 10, 18, 22 and add up to 100', () => {
    expect(catalogue.groups.map((g) => [g.code, g.max / 100])).toEqual([['CKMB', 18], ['TDGQ', 20], ['CLGQ', 12], ['TTTT', 10], ['MDHL', 18], ['MDSH', 22]]);
    expect(catalogue.groups.reduce((s, g) => s + g.max, 0)).toBe(100_00);
  });
  it('keeps unknown indicator maxima unknown rather than zero', () => {
    expect(group('CLGQ').indicators.map((i) => i.max)).toEqual([null, null]);
  });
});

describe('exact two-decimal numbers', () => {
  it('add 12,3 and 18,5 to exactly 30,8, and the seed groups to 55,3', () => {
    expect(formatHundredths(parseHundredths('12,3')! + parseHundredths('18.5')!)).toBe('30.80');
    expect(['12.3', '18.5', '18', '6.5'].map((v) => parseHundredths(v)!).reduce((a, b) => a + b)).toBe(5530);
    expect(0.1 + 0.2).not.toBe(0.3); // why the hundredths
    expect(parseHundredths('0,1')! + parseHundredths('0,2')!).toBe(parseHundredths('0,3'));
  });
  it('refuse more than two decimals or text', () => {
    expect(parseHundredths('46,631')).toBeNull();
    expect(parseHundredths('bốn mươi')).toBeNull();
    expect(parseHundredths(46.63)).toBe(4663);
    expect(parseHundredths(46.631)).toBeNull();
  });
});

describe('result rules', () => {
  const tdgq = group('TDGQ');
  it('refuse a group above its maximum, a negative score and a rate outside 0–100%', () => {
    expect(rangeIssues(catalogue, { total: 2050, groups: [{ groupId: tdgq.id, score: 2050 }], values: [] })[0]).toMatchObject({ reason: 'kpi.scoreAboveMax', code: 'TDGQ', max: 2000 });
    expect(rangeIssues(catalogue, { total: 0, groups: [{ groupId: tdgq.id, score: -1 }], values: [] })[0]).toMatchObject({ reason: 'kpi.negative' });
    expect(rangeIssues(catalogue, { total: 0, groups: [], values: [{ indicatorId: tdgq.indicators[0].id, score: null, rate: 100_01 }] })[0]).toMatchObject({ reason: 'kpi.rateRange' });
    expect(rangeIssues(catalogue, { total: 2000, groups: [{ groupId: tdgq.id, score: 2000 }], values: [{ indicatorId: tdgq.indicators[0].id, score: 2000, rate: 100_00 }] })).toEqual([]);
  });
  it('accept any indicator score where the maximum is unknown', () => {
    const clgq3 = group('CLGQ').indicators[1];
    expect(rangeIssues(catalogue, { total: 0, groups: [], values: [{ indicatorId: clgq3.id, score: 9_99, rate: null }] })).toEqual([]);
  });
  it('name the seed meeting\'s inconsistency: 46,63 reported, 55,3 summed', () => {
    const groups = [['CKMB', 1230], ['TDGQ', 1850], ['MDHL', 1800], ['MDSH', 650]].map(([c, s]) => ({ groupId: group(String(c)).id, score: Number(s) }));
    expect(consistencyIssues({ total: 4663, groups, values: [] })).toEqual([{ reason: 'kpi.totalMismatch', total: 4663, sum: 5530 }]);
    expect(consistencyIssues({ total: 5530, groups, values: [] })).toEqual([]);
  });
});

describe('periods', () => {
  it('read the file notation', () => {
    expect(parsePeriod('T10/2023')).toEqual({ periodKind: 'MONTH', year: 2023, periodNumber: 10 });
    expect(parsePeriod('q3/2023')).toEqual({ periodKind: 'QUARTER', year: 2023, periodNumber: 3 });
    expect(parsePeriod('10T/2023')).toEqual({ periodKind: 'FIRST_MONTHS', year: 2023, periodNumber: 10 });
    expect(parsePeriod('2023')).toEqual({ periodKind: 'YEAR', year: 2023, periodNumber: 0 });
    expect(parsePeriod('T13/2023')).toBeNull();
    expect(parsePeriod('Q5/2023')).toBeNull();
  });
  it('know their end and the one before', () => {
    expect(periodEnd({ periodKind: 'FIRST_MONTHS' as never, year: 2024, periodNumber: 2 })).toBe('2024-02-29');
    expect(periodEnd({ periodKind: 'QUARTER' as never, year: 2023, periodNumber: 4 })).toBe('2023-12-31');
    expect(previousPeriod('MONTH', 2024, 1)).toEqual({ year: 2023, n: 12 });
    expect(previousPeriod('QUARTER', 2024, 3)).toEqual({ year: 2024, n: 2 });
    expect(previousPeriod('FIRST_MONTHS', 2024, 10)).toEqual({ year: 2023, n: 10 });
  });
});
