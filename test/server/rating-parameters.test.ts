import { describe, expect, it } from 'vitest';
import { decree90 } from '../../server/src/rules/rating/decree-90-2020.js';
import { band, decree335 } from '../../server/src/rules/rating/decree-335-2025.js';
import { RULEBOOKS, allowedOutstanding, rulebookFor } from '../../server/src/rules/rating/index.js';
import { LEVEL_ORDER, RATING_LEVELS, isAbove } from '../../server/src/rules/rating/levels.js';
import { monthsInPost } from '../../server/src/rules/rating/months.js';
import {
  ABSENCE_CAP_MONTHS, BANDS_335, DEDUCTION_335, GENERAL_POINTS_335, MIN_MONTHS, OUTSTANDING_QUOTA, PARAMETERS, RULEBOOK_COVERAGE, TASK_FORMULA_335, TASK_POINTS_335,
  UNIT_INDEX_CAP, forYear, valueOn, versionOn,
} from '../../server/src/rules/rating/parameters.js';
import type { RatingInput, TaskFact } from '../../server/src/rules/rating/types.js';

const task = (over: Partial<TaskFact> = {}): TaskFact => ({ weight: 1, done: true, onTime: true, overdue: false, returns: 0, exceeded: false, delays: 0, ...over });
const base = (over: Partial<RatingInput> = {}): RatingInput => ({
  year: 2024, category: 'CONG_CHUC', isLeader: false, monthsWorked: 12, monthsAbsent: 0, maternityLeave: false, disciplined: false, tasks: Array.from({ length: 10 }, () => task()), ...over,
});

describe('the law as dated parameters', () => {
  it('gives each number of the texts with the day it applies from and its article', () => {
    expect(forYear(BANDS_335, 2026)).toEqual({ outstanding: 90_00, good: 70_00, complete: 50_00 });
    expect(forYear(GENERAL_POINTS_335, 2026)).toBe(30_00);
    expect(forYear(TASK_POINTS_335, 2026)).toBe(70_00);
    expect(forYear(TASK_FORMULA_335, 2026)).toBe('MEAN');
    expect(forYear(DEDUCTION_335, 2026)).toBe(25);
    expect(forYear(MIN_MONTHS, 2024)).toBe(6);
    expect(forYear(ABSENCE_CAP_MONTHS, 2024)).toBe(3);
    expect(valueOn(OUTSTANDING_QUOTA, '2023-07-17')).toBe(20);
    expect(versionOn(OUTSTANDING_QUOTA, '2023-07-17').source).toContain('Nghị định 48/2023/NĐ-CP');
    expect(versionOn(OUTSTANDING_QUOTA, '2026-01-01').source).toContain('Nghị định 335/2025/NĐ-CP');
    // Decree 48/2023 came into force on 17/07/2023: the quota has no value before it
    expect(() => valueOn(OUTSTANDING_QUOTA, '2023-07-16')).toThrow(/quota.outstandingPercent/);
    // Decree 335's bands apply from 01/01/2026 only
    expect(() => valueOn(BANDS_335, '2025-12-31')).toThrow();
  });

  it('says of each value whether it is the law or a setting, a setting with why, a summary as a summary', () => {
    for (const p of PARAMETERS) {
      for (const v of p.versions) {
        expect(v.source.length, p.id).toBeGreaterThan(10);
        expect(v.from, p.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (v.kind === 'SETTING') expect(v.why, p.id).toBeTruthy();
        if (v.quality === 'SUMMARY') expect(v.source, p.id).toContain('tóm tắt');
      }
    }
    expect(versionOn(UNIT_INDEX_CAP, '2026-01-01')).toMatchObject({ kind: 'SETTING', quality: 'PRODUCT' });
    expect(versionOn(DEDUCTION_335, '2026-01-01')).toMatchObject({ kind: 'LAW', quality: 'SUMMARY' });
  });
});

describe('which rulebook covers which category and year', () => {
  it('is a table: Decree 90/48 for every category 2020–2025, Decree 335 for công chức from 2026, none otherwise', () => {
    expect(RULEBOOK_COVERAGE.map((r) => `${r.rulebook}:${r.category}:${r.fromYear}-${r.toYear ?? ''}`)).toEqual([
      'ND90-2020+ND48-2023:CAN_BO:2020-2025', 'ND90-2020+ND48-2023:CONG_CHUC:2020-2025', 'ND90-2020+ND48-2023:VIEN_CHUC:2020-2025', 'ND335-2025:CONG_CHUC:2026-',
    ]);
    expect(rulebookFor(2025, 'VIEN_CHUC')?.id).toBe('ND90-2020+ND48-2023');
    expect(rulebookFor(2026, 'VIEN_CHUC')).toBeNull();
    expect(rulebookFor(2019, 'CONG_CHUC')).toBeNull();
    expect(rulebookFor(2031, 'CONG_CHUC')?.id).toBe('ND335-2025');
  });
  it('a new row, not new code, brings a category under a rulebook', () => {
    const table = [...RULEBOOK_COVERAGE, { rulebook: 'ND335-2025' as const, category: 'VIEN_CHUC' as const, fromYear: 2027, toYear: null, source: 'a later decree', quality: 'TEXT' as const }];
    expect(rulebookFor(2026, 'VIEN_CHUC', RULEBOOKS, table)).toBeNull();
    expect(rulebookFor(2027, 'VIEN_CHUC', RULEBOOKS, table)?.id).toBe('ND335-2025');
  });
  it('general points exist under Decree 335 (30) and not under Decree 90', () => {
    expect(decree335().generalMax).toBe(30_00);
    expect(decree90.generalMax).toBeNull();
  });
});

describe('one level order for server and panel', () => {
  it('lists the four levels best first and orders them worst first for comparisons', () => {
    expect(RATING_LEVELS).toEqual(['OUTSTANDING', 'GOOD', 'COMPLETE', 'NOT_COMPLETE']);
    expect(LEVEL_ORDER).toEqual(['NOT_COMPLETE', 'COMPLETE', 'GOOD', 'OUTSTANDING']);
    expect([isAbove('OUTSTANDING', 'GOOD'), isAbove('GOOD', 'GOOD'), isAbove('COMPLETE', 'GOOD'), isAbove(null, 'GOOD')]).toEqual([true, false, false, false]);
    expect(band(90_00)).toBe('OUTSTANDING');
    expect(allowedOutstanding(10)).toBe(2);
  });
});

describe('the 6-month rule in calendar months', () => {
  it('a start on 01/07 is six months and rated; on 02/07 five months and 30 days, not rated', () => {
    expect(monthsInPost([{ from: '2025-07-01', to: null }], 2025)).toBe(6);
    expect(monthsInPost([{ from: '2025-07-02', to: null }], 2025)).toBe(5);
    expect(monthsInPost([{ from: '2024-07-02', to: null }], 2024)).toBe(5); // leap year: 183 days, still under six months
    expect(monthsInPost([{ from: '2025-01-01', to: '2025-06-30' }], 2025)).toBe(6);
    expect(monthsInPost([{ from: '2025-01-01', to: '2025-06-29' }], 2025)).toBe(5);
    expect(monthsInPost([{ from: '2020-03-01', to: null }], 2025)).toBe(12);
    const at = (monthsWorked: number) => decree90.propose(base({ monthsWorked }));
    expect(at(6).notRated).toBeUndefined();
    expect(at(5)).toMatchObject({ level: null, notRated: true });
  });
  it('counts overlapping posts once, and days over from separate posts by 30 days a month', () => {
    expect(monthsInPost([{ from: '2025-01-01', to: '2025-08-31' }, { from: '2025-03-01', to: '2025-12-31' }], 2025)).toBe(12);
    // 16/01–31/03: 2 months and 16 days; 17/05–30/09: 4 months and 14 days; 30 days over make a month
    expect(monthsInPost([{ from: '2025-01-16', to: '2025-03-31' }, { from: '2025-05-17', to: '2025-09-30' }], 2025)).toBe(7);
    expect(monthsInPost([{ from: '2025-01-16', to: '2025-03-31' }, { from: '2025-05-18', to: '2025-09-30' }], 2025)).toBe(6);
  });
  it('absence: from 3 months at most "complete"; at 6 months with 6 worked the text is silent and the setting caps, saying so', () => {
    const exceeded = Array.from({ length: 10 }, () => task({ exceeded: true }));
    expect(decree90.propose(base({ monthsAbsent: 2, tasks: exceeded })).level).toBe('OUTSTANDING');
    expect(decree90.propose(base({ monthsAbsent: 3, tasks: exceeded })).level).toBe('COMPLETE');
    const six = decree90.propose(base({ monthsAbsent: 6, tasks: exceeded }));
    expect(six.level).toBe('COMPLETE');
    expect(six.reasons.map((r) => r.key)).toContain('rating.absenceCapSix');
    expect(six.reasons.map((r) => r.key)).not.toContain('rating.underSixMonths');
    expect(decree90.propose(base({ monthsAbsent: 7, tasks: exceeded }))).toMatchObject({ notRated: true });
  });
});
