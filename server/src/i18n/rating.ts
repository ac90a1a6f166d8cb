import type { Reason } from '../rules/rating/types.js';
import type { Lang } from './lang.js';

const LEVELS: Record<string, Record<Lang, string>> = {
  OUTSTANDING: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Outstanding' },
  GOOD: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good' },
  COMPLETE: { vi: 'Hoàn thành nhiệm vụ', en: 'Complete' },
  NOT_COMPLETE: { vi: 'Không hoàn thành nhiệm vụ', en: 'Not complete' },
};

export function levelLabel(lang: Lang, level: string | null): string {
  return level ? LEVELS[level][lang] : lang === 'vi' ? 'chưa có mức (do người có thẩm quyền quyết định)' : 'no level (people decide)';
}

const hundredths = (lang: Lang, n: number) => `${Math.floor(n / 100)}${lang === 'vi' ? ',' : '.'}${String(n % 100).padStart(2, '0')}`;

const TEMPLATES: Record<string, Record<Lang, (p: Record<string, any>) => string>> = {
  'rating.noTasks': { vi: () => 'chưa có nhiệm vụ nào của năm đã hoàn thành hoặc đến hạn để làm căn cứ', en: () => 'no task of the year is done or due yet to judge by' },
  'rating.taskFigures': {
    vi: (p) => `${p.assigned} nhiệm vụ (theo trọng số): ${p.onTimeClean} đúng hạn, đạt chất lượng; ${p.missed} trễ hạn, bị trả lại hoặc chưa xong; ${p.exceeded} vượt yêu cầu`,
    en: (p) => `${p.assigned} tasks (weighted): ${p.onTimeClean} on time and to standard; ${p.missed} late, returned or unfinished; ${p.exceeded} exceeded`,
  },
  'rating.notOutstandingExceeded': {
    vi: (p) => `chỉ ${p.exceeded}/${p.assigned} vượt yêu cầu (cần từ 50%) → chưa đạt xuất sắc`,
    en: (p) => `only ${p.exceeded} of ${p.assigned} exceeded (50% needed) → not outstanding`,
  },
  'rating.gapPersonal': {
    vi: (p) => `${p.missed}/${p.assigned} tiêu chí không đạt: giữa mức "hoàn thành" (≤ 20%) và "không hoàn thành" (> 50%) văn bản không quy định, người có thẩm quyền quyết định và ghi lý do`,
    en: (p) => `${p.missed} of ${p.assigned} criteria missed: between "complete" (≤ 20%) and "not complete" (> 50%) the text gives no level; the competent person decides and records why`,
  },
  'rating.unitFigures': {
    vi: (p) => `đơn vị: ${p.done}/${p.assigned} nhiệm vụ hoàn thành, ${p.onTimeClean} đúng hạn, đạt chất lượng, ${p.exceeded} vượt; đơn vị trực thuộc: ${p.completeOrBetter}/${p.subs} hoàn thành trở lên, ${p.goodOrBetter} tốt trở lên`,
    en: (p) => `unit: ${p.done} of ${p.assigned} tasks done, ${p.onTimeClean} on time to standard, ${p.exceeded} exceeded; units under it: ${p.completeOrBetter} of ${p.subs} complete or better, ${p.goodOrBetter} good or better`,
  },
  'rating.gapUnit': {
    vi: (p) => `đơn vị hoàn thành ${p.done}/${p.assigned} chỉ tiêu, trong khoảng 50–70% văn bản không quy định mức`,
    en: (p) => `the unit completed ${p.done} of ${p.assigned} targets; between 50% and 70% the text gives no level`,
  },
  'rating.underSixMonths': { vi: (p) => `công tác ${p.months} tháng trong năm (dưới 6 tháng): không xếp loại`, en: (p) => `worked ${p.months} months in the year (under 6): not rated` },
  'rating.disciplined': { vi: () => 'bị xử lý kỷ luật trong năm → không hoàn thành nhiệm vụ', en: () => 'disciplined in the year → not complete' },
  'rating.absenceCap': { vi: (p) => `nghỉ ${p.months} tháng (từ 3 đến dưới 6 tháng) → tối đa "hoàn thành"`, en: (p) => `absent ${p.months} months (3 to 6) → at most "complete"` },
  'rating.points': {
    vi: (p) => `điểm: chung ${hundredths('vi', p.general)} + kết quả nhiệm vụ ${hundredths('vi', p.task)} = ${hundredths('vi', p.points)}/100`,
    en: (p) => `points: general ${hundredths('en', p.general)} + task results ${hundredths('en', p.task)} = ${hundredths('en', p.points)}/100`,
  },
  'rating.unitPoints': {
    vi: (p) => `kết quả nhiệm vụ của đơn vị ${hundredths('vi', p.task)}/70, cộng 30 điểm tiêu chí chung = ${hundredths('vi', p.points)}/100`,
    en: (p) => `the unit's task results ${hundredths('en', p.task)}/70, plus 30 general points = ${hundredths('en', p.points)}/100`,
  },
  'rating.generalMissing': {
    vi: (p) => `thủ trưởng chưa chấm điểm tiêu chí chung: tổng điểm sẽ từ ${hundredths('vi', p.low)} đến ${hundredths('vi', p.high)}, mức xếp loại xác định khi có điểm`,
    en: (p) => `the head has not marked the general criteria yet: the total will be ${hundredths('en', p.low)} to ${hundredths('en', p.high)}; the level follows once marked`,
  },
  'rating.generalMissingSettled': {
    vi: () => 'điểm tiêu chí chung chưa chấm nhưng dù chấm bao nhiêu (0–30) mức xếp loại vẫn như trên',
    en: () => 'the general criteria are not marked yet, but any mark from 0 to 30 gives the same level',
  },
  'rating.leaderUnitPoints': {
    vi: (p) => `kết quả đơn vị ${hundredths('vi', p.unit)}/70 tính ${p.share}% điểm nhiệm vụ`,
    en: (p) => `the unit's result ${hundredths('en', p.unit)}/70 counts for ${p.share}% of the task points`,
  },
  'rating.unitKpi': {
    vi: (p) => `chỉ số phục vụ người dân, doanh nghiệp của đơn vị ${hundredths('vi', p.total)}/100 → tối đa "${LEVELS[p.cap].vi}"`,
    en: (p) => `the unit's public-service index ${hundredths('en', p.total)}/100 → at most "${LEVELS[p.cap].en}"`,
  },
  'rating.kpiCap': {
    vi: (p) => `mức theo nhiệm vụ hạ xuống "${LEVELS[p.cap].vi}" do chỉ số ${hundredths('vi', p.total)}`,
    en: (p) => `the level from the tasks is lowered to "${LEVELS[p.cap].en}" by the index ${hundredths('en', p.total)}`,
  },
  'rating.leaderBound': {
    vi: (p) => `lãnh đạo không được đề xuất cao hơn mức của đơn vị ("${LEVELS[p.bound].vi}")`,
    en: (p) => `a leader is not proposed above the unit's level ("${LEVELS[p.bound].en}")`,
  },
  'rating.absenceCapSix': {
    vi: (p) => `nghỉ ${p.months} tháng (từ 6 tháng trở lên, vẫn đủ 6 tháng công tác): văn bản không quy định, theo cài đặt áp dụng như nghỉ từ 3 tháng → tối đa "hoàn thành"`,
    en: (p) => `absent ${p.months} months (6 or more, with 6 still worked): the text is silent; by the setting, capped as from 3 months → at most "complete"`,
  },
  'rating.objectiveCauses': {
    vi: (p) => `không trừ điểm do nguyên nhân khách quan được cấp có thẩm quyền xác nhận: ${p.extensions} lần gia hạn, ${p.returns} lần trả lại`,
    en: (p) => `not deducted, the competent person having confirmed an objective cause: ${p.extensions} extensions, ${p.returns} returns`,
  },
  'rating.leaderUnit': {
    vi: (p) => `tiêu chí kết quả của đơn vị được giao phụ trách: ${hundredths('vi', p.percent)}%`,
    en: (p) => `criterion on the results of the unit led: ${hundredths('en', p.percent)}%`,
  },
  'rating.leaderUnitHalved': {
    vi: (p) => `tiêu chí kết quả của đơn vị tính 50% vì có đơn vị trực thuộc không hoàn thành nhiệm vụ: ${hundredths('vi', p.percent)}%`,
    en: (p) => `criterion on the unit's results at half, a unit under it being "not complete": ${hundredths('en', p.percent)}%`,
  },
  'rating.leaderOtherCriterion': {
    vi: () => 'tiêu chí khác của lãnh đạo mà bản tóm tắt Nghị định 335 nêu nhưng không mô tả chưa được tính',
    en: () => 'the further leaders\' criterion the summaries of Decree 335 mention without describing it is not counted',
  },
  'rating.directingMissing': {
    vi: (p) => `cấp trên chưa chấm tiêu chí tổ chức, chỉ đạo, điều hành: tổng điểm sẽ từ ${hundredths('vi', p.low)} đến ${hundredths('vi', p.high)}, mức xếp loại xác định khi có điểm`,
    en: (p) => `the level above has not marked organising and directing yet: the total will be ${hundredths('en', p.low)} to ${hundredths('en', p.high)}; the level follows once marked`,
  },
  'rating.case.DISCIPLINE': {
    vi: (p) => `bị kỷ luật từ khiển trách trở lên do vi phạm trong hoạt động công vụ trong năm → không hoàn thành nhiệm vụ (${p.basis})`,
    en: (p) => `a disciplinary measure of reprimand or above for a public-duty violation in the year → not complete (${p.basis})`,
  },
  'rating.case.DEGRADATION': {
    vi: (p) => `bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống → không hoàn thành nhiệm vụ (${p.basis})`,
    en: (p) => `concluded by the competent authority to show degradation of political ideology, ethics or lifestyle → not complete (${p.basis})`,
  },
  'rating.case.UNIT_CORRUPTION': {
    vi: (p) => `đơn vị thuộc thẩm quyền phụ trách, quản lý trực tiếp liên quan đến tham nhũng, lãng phí và bị xử lý → không hoàn thành nhiệm vụ (${p.basis})`,
    en: (p) => `a unit under their direct charge involved in corruption or waste and dealt with → not complete (${p.basis})`,
  },
  'rating.byHand': { vi: (p) => `không có bộ quy tắc cho loại cán bộ này năm ${p.year}: xếp loại thủ công theo căn cứ pháp lý ghi kèm`, en: (p) => `no rulebook for this category in ${p.year}: rated by hand under the legal basis recorded` },
};

/** "Hoàn thành tốt nhiệm vụ: 14 nhiệm vụ …; chỉ 2/14 vượt yêu cầu → chưa đạt xuất sắc". */
export function explain(lang: Lang, level: string | null, reasons: Reason[]): string {
  const parts = reasons.map((r) => TEMPLATES[r.key]?.[lang](r.params ?? {}) ?? r.key);
  return parts.length ? `${levelLabel(lang, level)}: ${parts.join('; ')}` : levelLabel(lang, level);
}
