/**
 * Every number the yearly rating uses, as dated parameters (in the manner of OpenFisca): each
 * version with the day it applies from, where it comes from, and whether it is the law's number
 * or a setting of ours (with its default and why). Rules read a parameter for the day they judge,
 * never a literal or a `year <= 2025` test.
 *
 * Sources. `TEXT`: the decree's text as published. `SUMMARY`: the full text was not reachable
 * when this was written; the value is taken from published summaries of it (named in `source`),
 * to be checked against the Official Gazette (Công báo) when it is. `PRODUCT`: a choice of ours
 * where the text leaves the matter open; `why` says what we chose and why.
 */
import type { RatingLevel } from './levels.js';

export type ParameterKind = 'LAW' | 'SETTING';
export type SourceQuality = 'TEXT' | 'SUMMARY' | 'PRODUCT';

export interface ParameterVersion<T> {
  /** YYYY-MM-DD: the first day this value applies */
  from: string;
  value: T;
  /** the article, or the summaries it was read from */
  source: string;
  kind: ParameterKind;
  quality: SourceQuality;
  /** for a setting: what the default is and why */
  why?: string;
}

export interface Parameter<T> {
  id: string;
  /** what the number is, in Vietnamese then English */
  title: string;
  /** oldest first */
  versions: ParameterVersion<T>[];
}

export class ParameterError extends Error {}

/** The version of a parameter that applies on `day` (YYYY-MM-DD). */
export function versionOn<T>(p: Parameter<T>, day: string): ParameterVersion<T> {
  const v = [...p.versions].reverse().find((x) => x.from <= day);
  if (!v) throw new ParameterError(`${p.id}: no value before ${p.versions[0]?.from}`);
  return v;
}

export function valueOn<T>(p: Parameter<T>, day: string): T {
  return versionOn(p, day).value;
}

/** A year is judged by the rules in force on its last day (Decree 48/2023, in force 17/07/2023, rated 2023). */
export const judgedOn = (year: number) => `${year}-12-31`;

export const forYear = <T>(p: Parameter<T>, year: number): T => valueOn(p, judgedOn(year));

const ND90 = 'Nghị định 90/2020/NĐ-CP';
const ND48 = 'Nghị định 48/2023/NĐ-CP';
const ND335 = 'Nghị định 335/2025/NĐ-CP (ký 21/12/2025, hiệu lực 01/01/2026)';
/** Published summaries of Decree 335 read for these values (the text itself was not reachable). */
const ND335_SUMMARIES = 'tóm tắt đã công bố: vnexpress.net 21/12/2025, vietnamnet.vn 25/12/2025, nld.com.vn 26/12/2025, cafef.vn 28/12/2025';

// --- which rulebook ---------------------------------------------------------------------------

export type Category = 'CAN_BO' | 'CONG_CHUC' | 'VIEN_CHUC';
export type RulebookId = 'ND90-2020+ND48-2023' | 'ND335-2025';

/** One row of the table that says which rulebook rates which category in which years. */
export interface RulebookCoverage {
  rulebook: RulebookId;
  category: Category;
  fromYear: number;
  /** last year covered; null: still in force */
  toYear: number | null;
  source: string;
  quality: SourceQuality;
}

/**
 * Which rulebook covers which category and year. A category and year no row covers (cán bộ and
 * viên chức from 2026) is rated by hand, with its legal basis recorded: Decree 335 rates công
 * chức only; cán bộ such as elected chairmen follow the Party's rules, and the rules for viên
 * chức from 2026 were not settled when this was written.
 */
export const RULEBOOK_COVERAGE: RulebookCoverage[] = [
  { rulebook: 'ND90-2020+ND48-2023', category: 'CAN_BO', fromYear: 2020, toYear: 2025, source: `${ND90}, Điều 1; ${ND48}`, quality: 'TEXT' },
  { rulebook: 'ND90-2020+ND48-2023', category: 'CONG_CHUC', fromYear: 2020, toYear: 2025, source: `${ND90}, Điều 1; thay thế từ 2026 bởi ${ND335}`, quality: 'SUMMARY' },
  { rulebook: 'ND90-2020+ND48-2023', category: 'VIEN_CHUC', fromYear: 2020, toYear: 2025, source: `${ND90}, Điều 1; ${ND48}`, quality: 'TEXT' },
  { rulebook: 'ND335-2025', category: 'CONG_CHUC', fromYear: 2026, toYear: null, source: `${ND335}, phạm vi: cơ quan hành chính nhà nước và công chức; ${ND335_SUMMARIES}`, quality: 'SUMMARY' },
];

export function coverageFor(year: number, category: Category, table: RulebookCoverage[] = RULEBOOK_COVERAGE): RulebookCoverage | null {
  return table.find((r) => r.category === category && r.fromYear <= year && (r.toYear === null || year <= r.toYear)) ?? null;
}

// --- Decree 335: points --------------------------------------------------------------------------

/** Hundredths of points. */
export interface Bands { outstanding: number; good: number; complete: number }

export const BANDS_335: Parameter<Bands> = {
  id: 'nd335.bands',
  title: 'Ngưỡng điểm xếp loại (xuất sắc / tốt / hoàn thành) — points from which each level applies',
  versions: [{ from: '2026-01-01', value: { outstanding: 90_00, good: 70_00, complete: 50_00 }, source: `${ND335}, mức xếp loại công chức, khoản 1–3; ${ND335_SUMMARIES}`, kind: 'LAW', quality: 'SUMMARY' }],
};

export const GENERAL_POINTS_335: Parameter<number> = {
  id: 'nd335.generalMax',
  title: 'Điểm tối đa tiêu chí chung — the general criteria’s share of 100 points',
  versions: [{ from: '2026-01-01', value: 30_00, source: `${ND335}, tiêu chí chung (30 điểm); ${ND335_SUMMARIES}`, kind: 'LAW', quality: 'SUMMARY' }],
};

export const TASK_POINTS_335: Parameter<number> = {
  id: 'nd335.taskMax',
  title: 'Điểm tối đa kết quả thực hiện nhiệm vụ — the task results’ share of 100 points',
  versions: [{ from: '2026-01-01', value: 70_00, source: `${ND335}, tiêu chí kết quả thực hiện nhiệm vụ (70 điểm); ${ND335_SUMMARIES}`, kind: 'LAW', quality: 'SUMMARY' }],
};

/**
 * How the task points are made from the items: `MEAN` is the published formula, 70 × the mean of
 * the item percentages; `WEIGHTED` takes the shares of `TASK_ITEM_SHARES` instead (a setting for
 * a ministry's guidance, off by default).
 */
export type TaskFormula = 'MEAN' | 'WEIGHTED';
export const TASK_FORMULA_335: Parameter<TaskFormula> = {
  id: 'nd335.taskFormula',
  title: 'Công thức điểm nhiệm vụ: 70 × (a + b + c) / 3; lãnh đạo: trung bình cả các tiêu chí của lãnh đạo — the task formula',
  versions: [{ from: '2026-01-01', value: 'MEAN', source: `${ND335}, công thức tính điểm kết quả thực hiện nhiệm vụ (a) số lượng, (b) chất lượng, (c) tiến độ; ${ND335_SUMMARIES}`, kind: 'LAW', quality: 'SUMMARY' }],
};

export const DEDUCTION_335: Parameter<number> = {
  id: 'nd335.deductionPercent',
  title: 'Mức trừ mỗi lần chậm tiến độ / mỗi lần đánh giá chưa đạt chất lượng (% điểm của sản phẩm) — deduction per delay or failed check',
  versions: [{
    from: '2026-01-01', value: 25, kind: 'LAW', quality: 'SUMMARY',
    source: `${ND335}, điểm chất lượng và điểm tiến độ: "mỗi lần ... bị trừ 25% điểm ..., trừ trường hợp do nguyên nhân khách quan được cấp có thẩm quyền xác nhận"; ${ND335_SUMMARIES}`,
  }],
};

/**
 * How the year's task points follow from the periods'. The decree measures monthly or quarterly
 * and leaves the yearly method to be read from those results.
 */
export type YearlyMethod = 'MEAN_OF_QUARTERS' | 'WHOLE_YEAR';
export const YEARLY_METHOD_335: Parameter<YearlyMethod> = {
  id: 'nd335.yearly',
  title: 'Cách tính kết quả năm từ các kỳ — the year from its periods',
  versions: [{
    from: '2026-01-01', value: 'MEAN_OF_QUARTERS', kind: 'SETTING', quality: 'PRODUCT', source: `${ND335}: đánh giá hằng tháng hoặc quý`,
    why: 'the decree measures per month or quarter; the mean of the quarters that had work keeps each quarter equal, as the periodic sign-offs do',
  }],
};

/**
 * Leaders: the unit's results criterion counts in full, or at half when a unit under the leader's
 * direct charge is rated "not complete".
 */
export const LEADER_UNIT_HALF_335: Parameter<number> = {
  id: 'nd335.leaderUnitFailedShare',
  title: 'Tiêu chí kết quả của đơn vị: tính đủ, hoặc 50% khi có đơn vị trực thuộc không hoàn thành — the unit criterion when a unit under it fails',
  versions: [{ from: '2026-01-01', value: 50, source: `${ND335}, tiêu chí đối với công chức lãnh đạo, quản lý; ${ND335_SUMMARIES}`, kind: 'LAW', quality: 'SUMMARY' }],
};

// --- both rulebooks ------------------------------------------------------------------------------

export const OUTSTANDING_QUOTA: Parameter<number> = {
  id: 'quota.outstandingPercent',
  title: 'Tỷ lệ "hoàn thành xuất sắc" tối đa so với số "hoàn thành tốt" (%) — outstanding per 100 rated good',
  versions: [
    { from: '2023-07-17', value: 20, source: `${ND48}, Điều 1 (bổ sung Điều 2 ${ND90}): không vượt quá tỷ lệ đảng viên xuất sắc, thực tế 20% số hoàn thành tốt`, kind: 'LAW', quality: 'TEXT' },
    { from: '2026-01-01', value: 20, source: `${ND335}, tỷ lệ xếp loại: không quá 20% số công chức hoàn thành tốt, cùng cơ quan và nhóm nhiệm vụ tương đồng; đơn vị xuất sắc có thể được cho phép cao hơn; ${ND335_SUMMARIES}`, kind: 'LAW', quality: 'SUMMARY' },
  ],
};

/** Months of the year to be rated at all; the limit is exclusive ("dưới 06 tháng": not rated). */
export const MIN_MONTHS: Parameter<number> = {
  id: 'rating.minMonths',
  title: 'Thời gian công tác tối thiểu trong năm để được xếp loại (tháng) — months worked to be rated',
  versions: [
    { from: '2020-08-10', value: 6, source: `${ND90}, Điều 2 (nguyên tắc): "thời gian công tác trong năm dưới 06 tháng thì không thực hiện đánh giá, xếp loại"`, kind: 'LAW', quality: 'TEXT' },
    { from: '2026-01-01', value: 6, source: `${ND335}, nguyên tắc (giữ quy tắc 06 tháng); ${ND335_SUMMARIES}`, kind: 'LAW', quality: 'SUMMARY' },
  ],
};

/** Absent this many months or more (maternity leave excepted): at most "complete". */
export const ABSENCE_CAP_MONTHS: Parameter<number> = {
  id: 'rating.absenceCapMonths',
  title: 'Nghỉ từ bao nhiêu tháng thì không xếp loại tốt trở lên (trừ nghỉ thai sản) — absence that caps at "complete"',
  versions: [{ from: '2020-08-10', value: 3, source: `${ND90}, Điều 2 (nguyên tắc): "nghỉ làm việc từ 03 tháng đến dưới 06 tháng ... không xếp loại ở mức hoàn thành tốt nhiệm vụ trở lên", trừ nghỉ chế độ thai sản`, kind: 'LAW', quality: 'TEXT' }],
};

/**
 * The text caps absences of 3 to under 6 months; an absence of 6 months or more that still leaves
 * 6 months worked (a full year in post, 6 months away) it does not mention.
 */
export const ABSENCE_CAP_FROM_SIX: Parameter<boolean> = {
  id: 'rating.absenceCapFromSix',
  title: 'Nghỉ từ 6 tháng trở lên (vẫn đủ 6 tháng công tác): cũng giới hạn ở "hoàn thành" — absent 6 months or more',
  versions: [{
    from: '2020-08-10', value: true, source: `${ND90}, Điều 2: văn bản không quy định`, kind: 'SETTING', quality: 'PRODUCT',
    why: 'someone away half the year should not fare better than someone away three months: the cap applies, and the reason says the text is silent',
  }],
};

// --- Decree 90/2020 ------------------------------------------------------------------------------

/** The shares (in %) of the Decree 90 tables, officials and the units led by heads. */
export interface Decree90Thresholds {
  /** outstanding: at least this share of tasks exceeded */
  exceededForOutstanding: number;
  /** complete: at most this share late or below quality */
  missedForComplete: number;
  /** not complete: more than this share of the task criteria missed */
  missedForNotComplete: number;
  /** unit, outstanding: share of targets exceeded */
  unitExceededForOutstanding: number;
  /** unit, good: share of targets on time with quality */
  unitOnTimeForGood: number;
  /** unit, complete: more than this share of targets done */
  unitDoneForComplete: number;
  /** unit, not complete: less than this share of targets done */
  unitDoneForNotComplete: number;
  /** units under it: at least this share good or better (outstanding, good), complete or better (complete) */
  subunitsGood: number;
  subunitsComplete: number;
}

export const DECREE_90_THRESHOLDS: Parameter<Decree90Thresholds> = {
  id: 'nd90.thresholds',
  title: 'Các tỷ lệ của tiêu chí xếp loại theo Nghị định 90 — the shares of the Decree 90 criteria',
  versions: [{
    from: '2020-08-10', kind: 'LAW', quality: 'TEXT',
    value: { exceededForOutstanding: 50, missedForComplete: 20, missedForNotComplete: 50, unitExceededForOutstanding: 50, unitOnTimeForGood: 80, unitDoneForComplete: 70, unitDoneForNotComplete: 50, subunitsGood: 70, subunitsComplete: 70 },
    source: `${ND90}, Điều 4–7 (cán bộ), 8–11 (công chức), 12–15 (viên chức), sửa đổi bởi ${ND48}`,
  }],
};

// --- the unit's public-service index ---------------------------------------------------------

/** Index points from which each level stays open for a unit (Decision 766 index, hundredths). */
export interface UnitIndexCap { use: boolean; outstandingFrom: number; goodFrom: number; completeFrom: number | null }

export const UNIT_INDEX_CAP: Parameter<UnitIndexCap> = {
  id: 'unit.indexCap',
  title: 'Chỉ số phục vụ người dân, doanh nghiệp giới hạn mức xếp loại đơn vị — the unit index cap',
  versions: [{
    from: '2022-06-23', value: { use: true, outstandingFrom: 90_00, goodFrom: 70_00, completeFrom: null }, kind: 'SETTING', quality: 'PRODUCT',
    source: 'Quyết định 766/QĐ-TTg ngày 23/06/2022 (bộ chỉ số); không văn bản nào quy định công thức giới hạn',
    why: 'the index is one of the unit’s targets, so it may cap the level from its tasks; thresholds follow Decree 335’s own bands; the index alone never makes a unit "not complete" (no decree lists it among the facts that force that level)',
  }],
};

// --- Decree 335: "not complete" -------------------------------------------------------------

/** The cases in which Decree 335 rates a công chức "not complete", whatever the points. */
export type NotCompleteCase = 'UNDER_50' | 'DEGRADATION' | 'DISCIPLINE' | 'UNIT_CORRUPTION';
export const NOT_COMPLETE_CASES_335: Record<NotCompleteCase, { source: string; leadersOnly: boolean }> = {
  UNDER_50: { source: `${ND335}, mức không hoàn thành, điểm a: kết quả dưới 50 điểm; ${ND335_SUMMARIES}`, leadersOnly: false },
  DEGRADATION: { source: `${ND335}, điểm b: bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống; ${ND335_SUMMARIES}`, leadersOnly: false },
  DISCIPLINE: { source: `${ND335}, điểm c: vi phạm liên quan đến hoạt động công vụ bị kỷ luật từ khiển trách trở lên trong năm đánh giá; ${ND335_SUMMARIES}`, leadersOnly: false },
  UNIT_CORRUPTION: { source: `${ND335}, điểm d: đơn vị thuộc thẩm quyền phụ trách, quản lý trực tiếp liên quan đến tham ô, tham nhũng, lãng phí và bị xử lý (công chức lãnh đạo, quản lý); ${ND335_SUMMARIES}`, leadersOnly: true },
};

/** Every parameter, for the README's table and for the test that each has a source. */
export const PARAMETERS: Array<Parameter<unknown>> = [
  BANDS_335, GENERAL_POINTS_335, TASK_POINTS_335, TASK_FORMULA_335, DEDUCTION_335, YEARLY_METHOD_335, LEADER_UNIT_HALF_335,
  OUTSTANDING_QUOTA, MIN_MONTHS, ABSENCE_CAP_MONTHS, ABSENCE_CAP_FROM_SIX, DECREE_90_THRESHOLDS, UNIT_INDEX_CAP,
] as Array<Parameter<unknown>>;

export type { RatingLevel };
