import { describe, expect, it } from 'vitest';
import { decree90, unitBound } from '../../server/src/rules/rating/decree-90-2020.js';
import { DECREE_335_DEFAULTS, band, decree335, leaderTaskPoints, taskPoints, unitLevel335, yearlyTaskPoints } from '../../server/src/rules/rating/decree-335-2025.js';
import { allowedOutstanding, rulebookFor, unitRulebookFor } from '../../server/src/rules/rating/index.js';
import { DECISION_DEFAULTS, competentFor, type RatingInput, type RatingLevel, type Reason, type TaskFact } from '../../server/src/rules/rating/types.js';
import { UNIT_KPI_DEFAULTS, kpiCap, yearKpi, type KpiScore } from '../../server/src/rules/rating/unit-kpi.js';

const task = (over: Partial<TaskFact> = {}): TaskFact => ({ weight: 1, done: true, onTime: true, overdue: false, returns: 0, exceeded: false, delays: 0, ...over });
const tasks = (n: number, over: Partial<TaskFact> = {}) => Array.from({ length: n }, () => task(over));
const base = (over: Partial<RatingInput> = {}): RatingInput => ({
  year: 2024, category: 'CONG_CHUC', isLeader: false, monthsWorked: 12, monthsAbsent: 0, maternityLeave: false, disciplined: false, tasks: tasks(10), ...over,
});
const level90 = (over: Partial<RatingInput>) => decree90.propose(base(over)).level;

describe('which rulebook applies', () => {
  it('Decree 90/48 to 2025, Decree 335 for công chức from 2026, none for cán bộ from 2026', () => {
    expect(rulebookFor(2025, 'CONG_CHUC')?.id).toBe('ND90-2020+ND48-2023');
    expect(rulebookFor(2023, 'CAN_BO')?.id).toBe('ND90-2020+ND48-2023');
    expect(rulebookFor(2026, 'CONG_CHUC')?.id).toBe('ND335-2025');
    expect(rulebookFor(2026, 'CAN_BO')).toBeNull();
  });
});

describe('Decree 90/2020 (amended by 48/2023), an official without a leading post', () => {
  it('outstanding: all on time, none returned, exactly 50% exceeded', () => {
    expect(level90({ tasks: [...tasks(5, { exceeded: true }), ...tasks(5)] })).toBe('OUTSTANDING');
  });
  it('good, not outstanding, at 40% exceeded', () => {
    expect(level90({ tasks: [...tasks(4, { exceeded: true }), ...tasks(6)] })).toBe('GOOD');
  });
  it('good needs 100% on time: one late task makes it complete', () => {
    expect(level90({ tasks: [...tasks(9), task({ onTime: false, delays: 1 })] })).toBe('COMPLETE');
  });
  it('complete at exactly 20% late or below quality; no level at 30%', () => {
    expect(level90({ tasks: [...tasks(8), task({ onTime: false }), task({ returns: 1 })] })).toBe('COMPLETE');
    const gap = decree90.propose(base({ tasks: [...tasks(7), ...tasks(3, { onTime: false })] }));
    expect(gap.level).toBeNull();
    expect(gap.reasons.map((r) => r.key)).toContain('rating.gapPersonal');
  });
  it('not complete above 50% missed, no level at exactly 50%', () => {
    expect(level90({ tasks: [...tasks(4), ...tasks(6, { onTime: false })] })).toBe('NOT_COMPLETE');
    expect(level90({ tasks: [...tasks(5), ...tasks(5, { onTime: false })] })).toBeNull();
  });
  it('a task still open overdue keeps an official from "complete"', () => {
    expect(level90({ tasks: [...tasks(9), task({ done: false, onTime: false, overdue: true })] })).toBeNull();
  });
  it('weights count: one heavy late task outweighs many light ones', () => {
    expect(level90({ tasks: [...tasks(3), task({ weight: 7, onTime: false })] })).toBe('NOT_COMPLETE');
  });
  it('a disciplinary measure forces not complete', () => {
    expect(level90({ disciplined: true, tasks: tasks(10, { exceeded: true }) })).toBe('NOT_COMPLETE');
  });
  it('under 6 months worked: not rated; absent 3–6 months: at most complete, unless maternity leave', () => {
    expect(decree90.propose(base({ monthsWorked: 5 }))).toMatchObject({ level: null, notRated: true });
    expect(level90({ monthsWorked: 6, tasks: tasks(10, { exceeded: true }) })).toBe('OUTSTANDING');
    expect(level90({ monthsAbsent: 3, tasks: tasks(10, { exceeded: true }) })).toBe('COMPLETE');
    expect(level90({ monthsAbsent: 2, tasks: tasks(10, { exceeded: true }) })).toBe('OUTSTANDING');
    expect(level90({ monthsAbsent: 4, maternityLeave: true, tasks: tasks(10, { exceeded: true }) })).toBe('OUTSTANDING');
  });
});

describe('Decree 90/2020, a head or deputy is bounded by the unit', () => {
  const leader = (unit: RatingInput['unit'], own = tasks(10, { exceeded: true })) => level90({ isLeader: true, tasks: own, unit });
  it('outstanding needs all targets, 50% exceeded, all units under it complete, 70% good', () => {
    expect(leader({ tasks: tasks(10, { exceeded: true }), subunitRatings: ['GOOD', 'GOOD', 'OUTSTANDING', 'GOOD', 'GOOD', 'GOOD', 'GOOD', 'COMPLETE', 'COMPLETE', 'COMPLETE'] })).toBe('OUTSTANDING');
    expect(leader({ tasks: tasks(10, { exceeded: true }), subunitRatings: ['GOOD', 'GOOD', 'GOOD', 'GOOD', 'GOOD', 'GOOD', 'COMPLETE', 'COMPLETE', 'COMPLETE', 'COMPLETE'] })).toBe('COMPLETE');
  });
  it('good at 80% of the unit on time with quality, complete below', () => {
    expect(leader({ tasks: [...tasks(8), ...tasks(2, { onTime: false })], subunitRatings: [] })).toBe('GOOD');
    expect(leader({ tasks: [...tasks(7), ...tasks(3, { onTime: false })], subunitRatings: [] })).toBe('COMPLETE');
  });
  it('complete needs over 70% of targets: 80% passes, 70% gives no level, under 50% is not complete', () => {
    expect(leader({ tasks: [...tasks(8), ...tasks(2, { done: false, onTime: false })], subunitRatings: [] })).toBe('COMPLETE');
    expect(leader({ tasks: [...tasks(7), ...tasks(3, { done: false, onTime: false })], subunitRatings: [] })).toBeNull();
    expect(leader({ tasks: [...tasks(4), ...tasks(6, { done: false, onTime: false })], subunitRatings: [] })).toBe('NOT_COMPLETE');
  });
  it('never above the official\'s own level', () => {
    expect(leader({ tasks: tasks(10, { exceeded: true }), subunitRatings: [] }, tasks(10))).toBe('GOOD');
  });
});

describe('Decree 335/2025 (công chức from 2026)', () => {
  const book = decree335();
  const points = (over: Partial<RatingInput>) => book.propose(base({ year: 2026, ...over }));
  it('gives 70 task points for all tasks done on time and to standard', () => {
    expect(taskPoints(tasks(10))).toBe(70_00);
    expect(points({ generalPoints: 30_00 })).toMatchObject({ points: 100_00, level: 'OUTSTANDING' });
  });
  it('is 70 × (a + b + c) / 3: 4 returns and a delay on one task give 40,83', () => {
    // a = 100%, b = 100 − 4 × 25 = 0%, c = 100 − 25 = 75%: 70 × 175 / 300 = 40,833…
    expect(taskPoints([task({ returns: 4, delays: 1 })])).toBe(40_83);
  });
  it('takes 25% of the product\'s quality per failed check and of its progress per delay, several per task', () => {
    expect(taskPoints([task({ returns: 1 })])).toBe(64_16); // 70 × (100 + 75 + 100) / 300
    expect(taskPoints([task({ delays: 2 })])).toBe(58_33); // 70 × (100 + 100 + 50) / 300
    expect(taskPoints([task({ delays: 4 })])).toBe(46_66); // progress cannot go below 0
    expect(taskPoints([task({ delays: 5 })])).toBe(46_66);
    expect(taskPoints([task({ done: false })])).toBe(0);
    // half the weight done on time: 70 × (50 + 50 + 50) / 300
    expect(taskPoints([task({ weight: 3 }), task({ weight: 3, done: false, onTime: false, overdue: true, delays: 1 })])).toBe(35_00);
  });
  it('does not deduct a return or an extension confirmed as due to an objective cause, and says so', () => {
    const excused = decree335().propose(base({ year: 2026, generalPoints: 20_00, tasks: [task({ excusedReturns: 1 }), task({ excusedExtension: true })] }));
    expect(excused).toMatchObject({ points: 90_00, level: 'OUTSTANDING' });
    expect(excused.reasons).toContainEqual({ key: 'rating.objectiveCauses', params: { returns: 1, extensions: 1 } });
  });
  it('bands at 90, 70 and 50 points exactly', () => {
    expect([band(90_00), band(89_99), band(70_00), band(69_99), band(50_00), band(49_99)]).toEqual(['OUTSTANDING', 'GOOD', 'GOOD', 'COMPLETE', 'COMPLETE', 'NOT_COMPLETE']);
  });
  it('a disciplinary measure forces not complete whatever the points', () => {
    expect(points({ generalPoints: 30_00, disciplined: true })).toMatchObject({ points: 100_00, level: 'NOT_COMPLETE' });
  });
  it('a leader: 70 × the mean of (a), (b), (c), the unit\'s results (d) and organising and directing (e)', () => {
    const own = tasks(10);
    // a = b = c = 100, d = 0 (nothing of the unit done), e = 80: 70 × 380 / 500 = 53,20
    expect(leaderTaskPoints(own, { tasks: tasks(2, { done: false }), subunitRatings: [] }, 80)).toBe(53_20);
    // the unit all done (d = 100) but a unit under it not complete: d counts half: 70 × 450 / 500 = 63
    expect(leaderTaskPoints(own, { tasks: tasks(2), subunitRatings: ['GOOD', 'NOT_COMPLETE'] }, 100)).toBe(63_00);
    const halved = points({ isLeader: true, unit: { tasks: tasks(2), subunitRatings: ['NOT_COMPLETE'] }, generalPoints: 30_00, directingPercent: 100 });
    expect(halved.points).toBe(93_00);
    expect(halved.reasons.map((r) => r.key)).toEqual(expect.arrayContaining(['rating.leaderUnitHalved', 'rating.leaderOtherCriterion']));
  });
  it('a leader not yet marked on directing gets a level only if any mark gives the same one', () => {
    // own 100, unit 100, general 30: e = 0 gives 30 + 56 = 86 (good), e = 100 gives 100 (outstanding)
    const open = points({ isLeader: true, unit: { tasks: tasks(2), subunitRatings: [] }, generalPoints: 30_00 });
    expect(open).toMatchObject({ level: null, points: 86_00 });
    expect(open.reasons).toContainEqual({ key: 'rating.directingMissing', params: { low: 86_00, high: 100_00 } });
  });
  it('the four "not complete" cases are recorded facts; the unit\'s corruption only for leaders', () => {
    expect(points({ generalPoints: 30_00, cases: ['DEGRADATION'] })).toMatchObject({ points: 100_00, level: 'NOT_COMPLETE' });
    const corruption = (isLeader: boolean) => points({ isLeader, unit: isLeader ? { tasks: tasks(2), subunitRatings: [] } : undefined, generalPoints: 30_00, directingPercent: 100, cases: ['UNIT_CORRUPTION'] });
    expect(corruption(true).level).toBe('NOT_COMPLETE');
    expect(corruption(true).reasons.map((r) => r.key)).toContain('rating.case.UNIT_CORRUPTION');
    expect(corruption(false).level).toBe('OUTSTANDING');
    expect(points({ generalPoints: 30_00, tasks: tasks(10, { done: false }) })).toMatchObject({ points: 30_00, level: 'NOT_COMPLETE' });
  });
});

describe('the outstanding quota', () => {
  it('is floor(20% × number rated good)', () => {
    expect([0, 4, 5, 9, 10, 14, 15].map((n) => allowedOutstanding(n))).toEqual([0, 0, 1, 1, 2, 2, 3]);
    expect(allowedOutstanding(5, 40)).toBe(2);
  });
});

describe('months that count', () => {
  it('are the months in post less absences, unless maternity leave', () => {
    expect(decree90.propose(base({ monthsWorked: 8, monthsAbsent: 3 }))).toMatchObject({ level: null, notRated: true });
    expect(decree90.propose(base({ monthsWorked: 9, monthsAbsent: 3, tasks: tasks(10) })).level).toBe('COMPLETE');
    expect(decree90.propose(base({ monthsWorked: 8, monthsAbsent: 4, maternityLeave: true })).notRated).toBeUndefined();
  });
});

describe('Decree 335: the year from its quarters', () => {
  it('is the mean of the quarters that had tasks, by default', () => {
    const q1 = tasks(1, { period: 1 });
    const q2 = [task({ period: 2, done: false })];
    expect(yearlyTaskPoints([...q1, ...q2])).toBe(35_00);
    expect(yearlyTaskPoints([...q1, ...tasks(3, { period: 3 }), ...q2], { ...DECREE_335_DEFAULTS, yearly: 'WHOLE_YEAR' })).toBe(56_00); // 4 of 5 done
  });
});

describe('a unit\'s own level under Decree 335', () => {
  it('puts the unit\'s task points, general criteria counted full, on the bands', () => {
    expect(unitLevel335(tasks(10))).toBe('OUTSTANDING');
    expect(unitLevel335([...tasks(6), ...tasks(4, { done: false })])).toBe('GOOD');
    expect(unitLevel335([...tasks(5), ...tasks(5, { done: false })])).toBe('COMPLETE');
    expect(unitLevel335(tasks(4, { done: false }))).toBe('NOT_COMPLETE');
  });
});

describe('the unit\'s public-service index (Decision 766) in the unit\'s own rating', () => {
  const score = (periodKind: KpiScore['periodKind'], periodNumber: number, total: number, asPublished = false): KpiScore => ({ periodKind, periodNumber, total, asPublished });

  it('takes the yearly result, else the latest "first N months", else the mean of quarters, else of months', () => {
    expect(yearKpi([])).toBeNull();
    expect(yearKpi([score('QUARTER', 1, 60_00), score('YEAR', 0, 81_50), score('FIRST_MONTHS', 10, 70_00)])).toEqual({ total: 81_50, basis: 'YEAR', periods: 12, asPublished: false });
    expect(yearKpi([score('FIRST_MONTHS', 6, 50_00), score('FIRST_MONTHS', 10, 46_63, true), score('QUARTER', 2, 90_00)])).toEqual({ total: 46_63, basis: 'FIRST_MONTHS', periods: 10, asPublished: true });
    expect(yearKpi([score('QUARTER', 2, 58_40), score('QUARTER', 3, 63_11), score('MONTH', 1, 10_00)])).toEqual({ total: 60_75, basis: 'QUARTER', periods: 2, asPublished: false });
    expect(yearKpi([score('MONTH', 1, 70_00), score('MONTH', 2, 71_01, true)])).toEqual({ total: 70_50, basis: 'MONTH', periods: 2, asPublished: true });
  });

  it('leaves every level open from 90 points, good from 70, complete below, and never "not complete" by default', () => {
    expect([100_00, 90_00, 89_99, 70_00, 69_99, 0].map((t) => kpiCap(t))).toEqual(['OUTSTANDING', 'OUTSTANDING', 'GOOD', 'GOOD', 'COMPLETE', 'COMPLETE']);
    const strict = { ...UNIT_KPI_DEFAULTS, completeFrom: 50_00 };
    expect([50_00, 49_99].map((t) => kpiCap(t, strict))).toEqual(['COMPLETE', 'NOT_COMPLETE']);
  });

  const kpi = (total: number) => ({ total, basis: 'YEAR' as const, periods: 12, asPublished: false });
  const outstandingUnit = { tasks: tasks(10, { exceeded: true }), subunitRatings: [] as RatingLevel[] };

  it('lowers a Decree 90 unit (and so its leader) to what the index allows, with the reason', () => {
    const reasons: Reason[] = [];
    expect(unitBound({ ...outstandingUnit, kpi: kpi(90_00) }, [])).toBe('OUTSTANDING');
    expect(unitBound({ ...outstandingUnit, kpi: kpi(89_99) }, reasons)).toBe('GOOD');
    expect(reasons.map((r) => r.key)).toEqual(['rating.unitFigures', 'rating.unitKpi', 'rating.kpiCap']);
    expect(unitBound({ ...outstandingUnit, kpi: kpi(46_63) }, [])).toBe('COMPLETE');
    expect(unitBound({ ...outstandingUnit, kpi: null }, [])).toBe('OUTSTANDING');
    expect(unitBound({ ...outstandingUnit, kpi: kpi(46_63) }, [], { ...UNIT_KPI_DEFAULTS, use: false })).toBe('OUTSTANDING');
    expect(level90({ isLeader: true, tasks: tasks(10, { exceeded: true }), unit: { ...outstandingUnit, kpi: kpi(75_00) } })).toBe('GOOD');
    // a unit already "not complete" by its targets stays so: the index only lowers
    expect(unitBound({ tasks: [...tasks(4), ...tasks(6, { done: false })], subunitRatings: [], kpi: kpi(95_00) }, [])).toBe('NOT_COMPLETE');
  });

  it('lowers a Decree 335 unit the same way, and a leader is not proposed above the unit', () => {
    expect(unitLevel335(tasks(10), undefined, kpi(69_99))).toBe('COMPLETE');
    expect(unitLevel335(tasks(10), undefined, kpi(90_00))).toBe('OUTSTANDING');
    const leader = decree335().propose(base({ year: 2026, isLeader: true, tasks: tasks(10), unit: { tasks: tasks(10), subunitRatings: [], kpi: kpi(72_00) }, generalPoints: 30_00, directingPercent: 100 }));
    expect(leader).toMatchObject({ points: 100_00, level: 'GOOD' });
    expect(leader.reasons.map((r) => r.key)).toContain('rating.leaderBound');
    const without = decree335().propose(base({ year: 2026, isLeader: true, tasks: tasks(10), unit: { tasks: tasks(10), subunitRatings: [], kpi: null }, generalPoints: 30_00, directingPercent: 100 }));
    expect(without.level).toBe('OUTSTANDING');
  });
});

describe('who decides', () => {
  it('is a rulebook setting: by default the unit\'s head for officials, the level above for heads and deputies', () => {
    expect([competentFor(false), competentFor(true)]).toEqual(['UNIT_HEAD', 'LEVEL_ABOVE']);
    for (const book of [decree90, decree335()]) expect(book.decidedBy).toEqual(DECISION_DEFAULTS);
    const everyoneAbove = decree335({ ...DECREE_335_DEFAULTS, decidedBy: { official: 'LEVEL_ABOVE', leader: 'LEVEL_ABOVE' } });
    expect(competentFor(false, everyoneAbove.decidedBy)).toBe('LEVEL_ABOVE');
  });
});

describe('Decree 335 with no task to judge yet', () => {
  it('proposes no level (people decide), unless a disciplinary measure forces "not complete"', () => {
    expect(decree335().propose(base({ year: 2026, tasks: [], generalPoints: 27_00 }))).toMatchObject({ level: null, reasons: [{ key: 'rating.noTasks' }] });
    expect(decree335().propose(base({ year: 2026, tasks: [], disciplined: true })).level).toBe('NOT_COMPLETE');
  });
});

describe('Decree 335 before the head marks the general criteria', () => {
  const propose = (over: Partial<RatingInput>) => decree335().propose(base({ year: 2026, ...over }));
  it('proposes a level only when every mark from 0 to 30 would give the same one', () => {
    // all 10 tasks done on time and to standard: 70 task points, 70 to 100 in all: good or outstanding
    expect(propose({ tasks: tasks(10) })).toMatchObject({ level: null, points: 70_00 });
    expect(propose({ tasks: tasks(10) }).reasons.map((r) => r.key)).toContain('rating.generalMissing');
    // nothing done: 0 to 30 points, "not complete" whatever the mark
    const none = propose({ tasks: tasks(4, { done: false }) });
    expect(none).toMatchObject({ level: 'NOT_COMPLETE', points: 0 });
    expect(none.reasons.map((r) => r.key)).toContain('rating.generalMissingSettled');
    // 19,99 task points can reach 49,99 at most; 20 can reach 50
    expect(band(19_99 + 30_00)).toBe('NOT_COMPLETE');
    expect(band(20_00 + 30_00)).toBe('COMPLETE');
    // once marked, the bands apply
    expect(propose({ tasks: tasks(10), generalPoints: 19_99 }).level).toBe('GOOD');
    expect(propose({ tasks: tasks(10), generalPoints: 20_00 }).level).toBe('OUTSTANDING');
  });
});

describe('a unit\'s own rating follows the year\'s rulebook', () => {
  it('Decree 90 up to 2025 (targets and the units under it), Decree 335 from 2026 (points on its bands)', () => {
    const unit = { tasks: [...tasks(6), ...tasks(4, { done: false })], subunitRatings: [] as RatingLevel[] };
    expect(unitRulebookFor(2025)?.unitLevel(unit, [])).toBeNull(); // 60% of targets: the text's gap
    expect(unitRulebookFor(2026)?.unitLevel(unit, [])).toBe('GOOD'); // 30 + 42 points
  });
});
