import type { Lang } from './lang.js';
import { formatDate } from './format-date.js';
import { isCalendarDate } from '../dates.js';

/**
 * Every sentence the server says to a user, Vietnamese first. `{field}` is replaced by the
 * field's label in the same language, other `{names}` by the error's parameters.
 */
export const messages = {
  'input.required': { vi: 'Vui lòng nhập {field}.', en: 'Please enter {field}.' },
  'input.tooLong': { vi: '{field} dài quá {max} ký tự.', en: '{field} is longer than {max} characters.' },
  'input.malformedDate': {
    vi: '{field} không phải ngày hợp lệ: hãy nhập theo dạng dd/MM/yyyy (API: YYYY-MM-DD).',
    en: '{field} is not a valid date: write it as dd/MM/yyyy (API: YYYY-MM-DD).',
  },
  'input.percentRange': { vi: '{field} phải từ 0 đến 100.', en: '{field} must be between 0 and 100.' },
  'input.range': { vi: '{field} phải từ {min} đến {max}.', en: '{field} must be between {min} and {max}.' },
  'input.positiveNumber': { vi: '{field} phải lớn hơn 0.', en: '{field} must be greater than 0.' },
  'input.badId': { vi: '{field} không phải mã hợp lệ: "{value}".', en: '{field} is not a valid id: "{value}".' },
  'input.perPage': { vi: 'Số dòng mỗi trang phải từ 1 đến {max}.', en: 'Rows per page must be between 1 and {max}.' },
  'input.page': { vi: 'Số trang phải từ 0 trở lên.', en: 'The page number must be 0 or more.' },
  'input.sortField': {
    vi: 'Không sắp xếp được theo "{value}"; hãy chọn một trong: {allowed}.',
    en: 'Cannot sort by "{value}"; choose one of: {allowed}.',
  },
  'input.dateRange': { vi: '{field} phải sau ngày bắt đầu ({from}).', en: '{field} must not be before the start ({from}).' },
  'record.notFound': { vi: 'Không tìm thấy {field} #{id}.', en: '{field} #{id} was not found.' },
  'record.duplicateCode': { vi: 'Mã "{value}" đã được dùng cho một {field} khác.', en: 'The code "{value}" is already used by another {field}.' },
  'record.inUse': { vi: 'Không xóa được {field} #{id} vì còn {count} bản ghi liên quan.', en: '{field} #{id} cannot be deleted: {count} records still refer to it.' },
  'unit.parentCycle': { vi: 'Đơn vị cấp trên không được là chính đơn vị này hoặc đơn vị cấp dưới của nó.', en: 'The parent unit cannot be the unit itself or one of the units under it.' },
  'directive.duplicateNumber': { vi: 'Văn bản đã có chỉ đạo số {value}.', en: 'The document already has a directive number {value}.' },
  'task.deadlineBeforeStart': {
    vi: 'Thời hạn ({deadline}) không được trước ngày bắt đầu ({startDate}).',
    en: 'The deadline ({deadline}) cannot be before the start date ({startDate}).',
  },
  'task.leadIsCoordinating': {
    vi: 'Đơn vị chủ trì không được đồng thời là đơn vị phối hợp: hãy bỏ nó khỏi {field}.',
    en: 'The lead unit cannot also be a coordinating unit: remove it from {field}.',
  },
  'task.deadlineReasonRequired': {
    vi: 'Đổi thời hạn phải có lý do: hãy nhập {field}.',
    en: 'Changing the deadline requires a reason: please fill in {field}.',
  },
  'task.versionConflict': {
    vi: 'Nhiệm vụ đã được người khác sửa (phiên bản {stored}, bạn đang sửa phiên bản {given}). Hãy tải lại rồi sửa lại.',
    en: 'Someone else changed this task (version {stored}, you edited version {given}). Reload it and make your change again.',
  },
  'task.stateNotSettable': {
    vi: 'Không đặt trực tiếp trạng thái "{value}": báo cáo hoàn thành qua báo cáo tiến độ, rồi đơn vị chủ trì nghiệm thu.',
    en: 'The state "{value}" cannot be set directly: report completion through a progress report, then the lead unit accepts it.',
  },
  'task.closed': {
    vi: 'Nhiệm vụ đang ở trạng thái "{state}", không thể {action}.',
    en: 'The task is "{state}": it cannot be {action}.',
  },
  'task.cannotMove': {
    vi: 'Nhiệm vụ đang ở trạng thái "{state}", không chuyển sang "{target}" được.',
    en: 'The task is "{state}": it cannot be moved to "{target}".',
  },
  'task.notReported': {
    vi: 'Chỉ nghiệm thu hoặc trả lại nhiệm vụ đã báo cáo hoàn thành; nhiệm vụ này đang "{state}".',
    en: 'Only a task reported done can be accepted or returned; this one is "{state}".',
  },
  'task.awaitingAcceptance': {
    vi: 'Nhiệm vụ đã được báo cáo hoàn thành: hãy nghiệm thu, hoặc trả lại kèm lý do, thay vì sửa trạng thái.',
    en: 'The task has been reported done: accept it, or return it with a reason, instead of editing its state.',
  },
  'task.reasonRequired': { vi: 'Hãy nhập {field}.', en: 'Please give {field}.' },
  'task.deleted': { vi: 'Nhiệm vụ #{id} đã bị xóa.', en: 'Task #{id} has been deleted.' },
  'auth.unauthenticated': {
    vi: 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn: hãy đăng nhập lại.',
    en: 'You are not signed in or your session has expired: please sign in again.',
  },
  'auth.forbidden': {
    vi: 'Tài khoản của bạn không có quyền làm việc này. Nếu đây là việc của bạn, hãy đề nghị quản trị viên cấp quyền.',
    en: 'Your account is not allowed to do this. If it is part of your job, ask an administrator for the role.',
  },
  'auth.forbiddenUnit': {
    vi: 'Tài khoản của bạn không có quyền này với đơn vị "{unit}". Nếu đây là việc của bạn, hãy đề nghị quản trị viên cấp quyền.',
    en: 'Your account does not have this right for the unit "{unit}". If it is part of your job, ask an administrator for the role.',
  },
  'auth.notYourTask': {
    vi: 'Bạn chỉ báo cáo tiến độ nhiệm vụ được giao cho mình (chịu trách nhiệm hoặc thực hiện).',
    en: 'You can only report progress on tasks assigned to you (as responsible official or assignee).',
  },
  'auth.badLogin': {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa (khóa 15 phút sau 5 lần nhập sai). Hãy thử lại sau hoặc liên hệ quản trị viên.',
    en: 'Wrong username or password, or the account is locked (for 15 minutes after 5 failed attempts). Try again later or contact an administrator.',
  },
  'auth.passwordTemporary': {
    vi: 'Mật khẩu của bạn là mật khẩu tạm do quản trị viên đặt: hãy đổi mật khẩu trước khi làm việc.',
    en: 'Your password is a temporary one set by an administrator: change it before doing anything else.',
  },
  'auth.wrongPassword': { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  'auth.weakPassword': {
    vi: 'Mật khẩu mới phải có ít nhất {min} ký tự và khác tên đăng nhập.',
    en: 'The new password must have at least {min} characters and differ from the username.',
  },
  'auth.duplicateUsername': { vi: 'Tên đăng nhập "{value}" đã có người dùng.', en: 'The username "{value}" is taken.' },
  'auth.selfLockout': {
    vi: 'Không thể tự khóa hoặc tự bỏ quyền quản trị của chính mình.',
    en: 'You cannot disable your own account or remove your own administrator role.',
  },
  'input.malformedNumber': {
    vi: '{field} không phải số hợp lệ "{value}": tối đa hai chữ số thập phân, ví dụ 46,63.',
    en: '{field} is not a valid number "{value}": at most two decimals, e.g. 46.63.',
  },
  'limits.tooComplex': {
    vi: 'Truy vấn quá lớn (chi phí {cost}, giới hạn {maximum}): hãy lấy ít dòng mỗi trang (perPage), ít mã (ids), ít bí danh, báo cáo hoặc trường hơn, hoặc chia thành nhiều lần gọi.',
    en: 'This query is too large (cost {cost}, limit {maximum}): ask for fewer rows per page (perPage), fewer ids, fewer aliases, reports or fields, or split it into several requests.',
  },
  'limits.tooManyItems': {
    vi: '{field} có {items} mục, nhiều nhất là {max}: hãy chia thành nhiều lần gửi.',
    en: '{field} has {items} items, at most {max} are allowed: send them in several parts.',
  },
  'input.year': { vi: '{field} phải là một năm từ {min} đến {max}.', en: '{field} must be a year from {min} to {max}.' },
  'kpi.scoreAboveMax': { vi: 'Điểm {code} ({value}) vượt quá điểm tối đa {max}.', en: 'The score of {code} ({value}) is above its maximum {max}.' },
  'kpi.negative': { vi: 'Điểm {code} ({value}) không được âm.', en: 'The score of {code} ({value}) cannot be negative.' },
  'kpi.rateRange': { vi: 'Tỷ lệ {code} ({value}%) phải từ 0 đến 100%.', en: 'The rate of {code} ({value}%) must be between 0 and 100%.' },
  'kpi.unknownGroup': { vi: 'Bộ chỉ số không có nhóm "{code}".', en: 'The catalogue has no group "{code}".' },
  'kpi.unknownIndicator': { vi: 'Bộ chỉ số không có chỉ số "{code}".', en: 'The catalogue has no indicator "{code}".' },
  'kpi.duplicate': { vi: '"{code}" được nhập hai lần.', en: '"{code}" is given twice.' },
  'kpi.totalMismatch': {
    vi: 'Tổng điểm ({total}) khác tổng điểm các nhóm ({sum}). Nếu số liệu được công bố đúng như vậy, hãy lưu "theo số liệu công bố" và ghi chú nguồn.',
    en: 'The total ({total}) differs from the sum of the groups ({sum}). If it was published that way, save it "as published" with a note on the source.',
  },
  'kpi.totalAboveMax': { vi: 'Tổng điểm ({value}) vượt quá {max} điểm.', en: 'The total ({value}) is above {max} points.' },
  'kpi.noteRequired': { vi: 'Lưu "theo số liệu công bố" cần ghi chú nguồn số liệu ({field}).', en: 'Saving "as published" needs a note on the source ({field}).' },
  'kpi.duplicateResult': { vi: 'Đơn vị đã có kết quả {period} theo bộ chỉ số này.', en: 'The unit already has a result for {period} under this catalogue.' },
  'kpi.periodNumber': {
    vi: 'Kỳ không hợp lệ: tháng 1–12, quý 1–4, số tháng đầu năm 1–12, năm dùng số 0.',
    en: 'Invalid period: month 1–12, quarter 1–4, first 1–12 months, 0 for a year.',
  },
  'kpi.noCatalogue': { vi: 'Chưa có bộ chỉ số áp dụng cho {period}.', en: 'No catalogue applies to {period}.' },
  'import.emptyFile': { vi: 'Tệp không có dòng số liệu nào dưới dòng tiêu đề.', en: 'The file has no data rows under the header.' },
  'import.badFormat': {
    vi: 'Không đọc được tệp: hãy dùng .xlsx hoặc .csv (phân cách bằng ; hoặc ,) theo mẫu.',
    en: 'The file cannot be read: use .xlsx or .csv (separated by ; or ,) following the template.',
  },
  'import.missingColumn': { vi: 'Thiếu cột "{value}" trong dòng tiêu đề.', en: 'The header has no column "{value}".' },
  'import.unknownColumn': { vi: 'Cột "{value}" không có trong mẫu.', en: 'The column "{value}" is not in the template.' },
  'import.unknownUnit': { vi: 'Không có đơn vị mã "{value}" (hoặc không thuộc phạm vi của bạn).', en: 'No unit has the code "{value}" (or it is outside your scope).' },
  'import.badPeriod': {
    vi: 'Kỳ "{value}" không hợp lệ: dùng T10/2023 (tháng), Q3/2023 (quý), 10T/2023 (10 tháng đầu năm) hoặc 2023 (năm).',
    en: 'The period "{value}" is invalid: use T10/2023 (month), Q3/2023 (quarter), 10T/2023 (first 10 months) or 2023 (year).',
  },
  'import.badNumber': { vi: 'Giá trị "{value}" không phải số (tối đa hai chữ số thập phân).', en: 'The value "{value}" is not a number (at most two decimals).' },
  'import.duplicateRow': { vi: 'Trùng đơn vị và kỳ với dòng {value}.', en: 'Same unit and period as row {value}.' },
  'eval.cycleExists': { vi: 'Đơn vị đã có đợt đánh giá năm {value}.', en: 'The unit already has an evaluation cycle for {value}.' },
  'eval.cycleClosed': { vi: 'Đợt đánh giá đã đóng: không thể thay đổi.', en: 'The evaluation cycle is closed: nothing can change.' },
  'eval.wrongState': {
    vi: 'Phiếu đánh giá đang ở bước "{state}": chưa thể {action}.',
    en: 'The evaluation is at the step "{state}": it cannot be {action} now.',
  },
  'eval.notYours': { vi: 'Bạn chỉ tự đánh giá phiếu của chính mình.', en: 'You can only write the self-assessment of your own evaluation.' },
  'eval.notCompetent': {
    vi: 'Việc quyết định xếp loại thuộc thẩm quyền của {who}.',
    en: 'The decision on this rating belongs to {who}.',
  },
  'eval.quota': {
    vi: 'Vượt tỷ lệ "Hoàn thành xuất sắc": sau thay đổi này có {outstanding} người xuất sắc nhưng chỉ được tối đa {allowed} (= {percent}% của {good} người xếp loại tốt, làm tròn xuống) trong nhóm "{group}".',
    en: 'Over the outstanding quota: after this change {outstanding} would be outstanding but at most {allowed} are allowed ({percent}% of the {good} rated good, rounded down) in the group "{group}".',
  },
  'eval.aboveUnitBound': {
    vi: 'Xếp loại người đứng đầu/cấp phó cao hơn mức kết quả của đơn vị cho phép ({bound}): cần ghi rõ lý do và do cấp trên quyết định.',
    en: 'This rates a head or deputy above what the unit’s result allows ({bound}): it needs a written reason and a decision by the level above.',
  },
  'eval.notAllDecided': { vi: 'Còn {count} phiếu chưa được quyết định: chưa thể công bố.', en: '{count} evaluations are not decided yet: the results cannot be published.' },
  'eval.cycleOverlaps': { vi: 'Đã có đợt đánh giá năm {value} bao gồm {unit}: mỗi người chỉ được đánh giá một lần trong năm.', en: 'An evaluation cycle for {value} already covers {unit}: each person is evaluated once a year.' },
  'eval.ownEvaluation': { vi: 'Không tự cập nhật hoặc thẩm định phiếu đánh giá của chính mình: đề nghị một cán bộ khác của bộ phận tổ chức cán bộ thực hiện.', en: 'You cannot update or review your own evaluation: ask another HR colleague.' },
  'eval.legalBasisRequired': { vi: 'Không có bộ quy tắc cho trường hợp này: hãy ghi căn cứ pháp lý của việc xếp loại trước khi quyết định.', en: 'No rulebook covers this case: record the legal basis of the rating before deciding.' },
  'eval.unitOutsideCycle': { vi: 'Đơn vị này không thuộc phạm vi của đợt đánh giá.', en: 'This unit is outside the evaluation cycle.' },
  'eval.leadersOnlyCase': { vi: 'Trường hợp tham nhũng, lãng phí ở đơn vị thuộc quyền chỉ áp dụng cho công chức lãnh đạo, quản lý.', en: 'Corruption or waste in a unit under one’s charge applies to heads and deputies only.' },
  'eval.caseBasisRequired': { vi: 'Hãy ghi kết luận hoặc quyết định (số, ngày, cơ quan) làm căn cứ cho trường hợp "không hoàn thành nhiệm vụ".', en: 'Record the conclusion or decision (number, date, authority) the "not complete" case rests on.' },
  'eval.noGeneralPoints': { vi: 'Bộ quy tắc áp dụng cho năm này không chấm điểm tiêu chí chung ({basis}): hãy để trống điểm.', en: 'The rulebook of this year marks no general-criteria points ({basis}): leave the points empty.' },
  'eval.noDirectingCriterion': { vi: 'Tiêu chí tổ chức, chỉ đạo, điều hành chỉ chấm cho người đứng đầu, cấp phó theo Nghị định 335/2025: hãy để trống.', en: 'Organising and directing is marked only for heads and deputies under Decree 335/2025: leave it empty.' },
  'eval.wrongStateNext': {
    vi: 'Phiếu đánh giá đang ở bước "{state}": chưa thể {action}. Bước tiếp theo là {next}, do {who} thực hiện.',
    en: 'The evaluation is at the step "{state}": it cannot be {action} now. The next step is {next}, by {who}.',
  },
  'eval.awaitingSelfAssessment': { vi: 'Người được đánh giá chưa tự đánh giá: chỉ đề xuất khi đã có bản tự đánh giá hoặc sau hạn {date}.', en: 'The official has not written the self-assessment yet: propose once it is written or after its deadline, {date}.' },
  'eval.aboveProposalReason': { vi: 'Đề xuất cao hơn mức hệ thống đề xuất ({level}): hãy ghi rõ lý do trong nhận xét.', en: 'This proposes above the system’s proposal ({level}): write the reason in the comment.' },
  'eval.notRated': { vi: 'Người này không thuộc diện xếp loại năm nay: {value}.', en: 'This person is not rated this year: {value}.' },
  'alert.badEmail': { vi: '"{value}" không phải địa chỉ thư điện tử hợp lệ.', en: '"{value}" is not a valid e-mail address.' },
  'evidence.badType': { vi: 'Tệp "{value}" không thuộc loại được nhận; hãy gửi một trong: {allowed}.', en: 'The file "{value}" is not an accepted type; send one of: {allowed}.' },
  'evidence.tooLarge': { vi: 'Tệp minh chứng lớn quá {max} MB: hãy quét với độ phân giải thấp hơn hoặc chia nhỏ.', en: 'The evidence file is larger than {max} MB: scan it at a lower resolution or split it.' },
  'evidence.contentMismatch': { vi: 'Nội dung tệp "{value}" không đúng với phần mở rộng của nó.', en: 'The content of "{value}" does not match its extension.' },
  'server.internal': {
    vi: 'Hệ thống gặp lỗi khi xử lý yêu cầu; không có thay đổi nào được lưu. Hãy thử lại hoặc báo quản trị viên.',
    en: 'The server failed to handle the request; nothing was saved. Try again or tell the administrator.',
  },
  'server.unavailable': {
    vi: 'Tạm thời mất kết nối tới cơ sở dữ liệu. Hãy tải lại để xem thay đổi đã được lưu chưa, rồi thử lại sau ít giây.',
    en: 'The database could not be reached for a moment. Reload to see whether the change was saved, then try again in a few seconds.',
  },
  'auth.noOfficial': {
    vi: 'Tài khoản của bạn không gắn với cán bộ nào nên không thể đứng tên việc này: hãy đăng nhập bằng tài khoản của người thực hiện hoặc đề nghị quản trị viên gắn tài khoản với cán bộ.',
    en: 'Your account is not linked to an official, so it cannot put its name to this: sign in as the person who did the work, or ask an administrator to link your account to an official.',
  },
} satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof messages;

/** Labels of the fields and records that messages name. */
export const fieldLabels: Record<string, Record<Lang, string>> = {
  title: { vi: 'tiêu đề', en: 'the title' },
  name: { vi: 'tên', en: 'the name' },
  code: { vi: 'mã', en: 'the code' },
  fullName: { vi: 'họ và tên', en: 'the full name' },
  position: { vi: 'chức vụ', en: 'the position' },
  number: { vi: 'số', en: 'the number' },
  text: { vi: 'nội dung', en: 'the text' },
  deadline: { vi: 'thời hạn', en: 'the deadline' },
  startDate: { vi: 'ngày bắt đầu', en: 'the start date' },
  validFrom: { vi: 'ngày hiệu lực', en: 'the valid-from date' },
  validTo: { vi: 'ngày hết hiệu lực', en: 'the valid-to date' },
  issuedOn: { vi: 'ngày ban hành', en: 'the issue date' },
  from: { vi: 'từ ngày', en: 'the start of the range' },
  to: { vi: 'đến ngày', en: 'the end of the range' },
  on: { vi: 'ngày', en: 'the date' },
  activeOn: { vi: 'ngày', en: 'the date' },
  deadlineFrom: { vi: 'thời hạn từ ngày', en: 'the deadline range start' },
  deadlineTo: { vi: 'thời hạn đến ngày', en: 'the deadline range end' },
  percentDone: { vi: 'tỷ lệ hoàn thành (%)', en: 'the percent done' },
  weight: { vi: 'trọng số', en: 'the weight' },
  reason: { vi: 'lý do', en: 'the reason' },
  deadlineChangeReason: { vi: 'lý do đổi thời hạn', en: 'the reason for the deadline change' },
  coordinatingUnitIds: { vi: 'đơn vị phối hợp', en: 'the coordinating units' },
  id: { vi: 'bản ghi', en: 'record' },
  task: { vi: 'nhiệm vụ', en: 'task' },
  taskId: { vi: 'nhiệm vụ', en: 'task' },
  unit: { vi: 'đơn vị', en: 'unit' },
  unitId: { vi: 'đơn vị', en: 'unit' },
  parentId: { vi: 'đơn vị cấp trên', en: 'parent unit' },
  leadUnitId: { vi: 'đơn vị chủ trì', en: 'lead unit' },
  issuingUnitId: { vi: 'đơn vị ban hành', en: 'issuing unit' },
  official: { vi: 'cán bộ', en: 'official' },
  officialId: { vi: 'cán bộ', en: 'official' },
  responsibleOfficialId: { vi: 'cán bộ chịu trách nhiệm', en: 'responsible official' },
  assigneeIds: { vi: 'người thực hiện', en: 'assignee' },
  signerOfficialId: { vi: 'người ký', en: 'signer' },
  actorOfficialId: { vi: 'cán bộ thực hiện thao tác', en: 'acting official' },
  document: { vi: 'văn bản', en: 'document' },
  documentId: { vi: 'văn bản', en: 'document' },
  directive: { vi: 'chỉ đạo', en: 'directive' },
  directiveId: { vi: 'chỉ đạo', en: 'directive' },
  assignment: { vi: 'phân công công tác', en: 'assignment' },
  evidenceLinks: { vi: 'liên kết minh chứng', en: 'the evidence links' },
  decisions: { vi: 'danh sách quyết định', en: 'the list of decisions' },
  ids: { vi: 'danh sách mã', en: 'the list of ids' },
  description: { vi: 'mô tả', en: 'the description' },
  note: { vi: 'ghi chú', en: 'the note' },
  total: { vi: 'tổng điểm', en: 'the total' },
  score: { vi: 'điểm', en: 'the score' },
  rate: { vi: 'tỷ lệ', en: 'the rate' },
  target: { vi: 'chỉ tiêu', en: 'the target' },
  baseline: { vi: 'giá trị ban đầu', en: 'the baseline' },
  max: { vi: 'điểm tối đa', en: 'the maximum' },
  indicatorId: { vi: 'chỉ số', en: 'indicator' },
  indicator: { vi: 'chỉ số', en: 'indicator' },
  groupId: { vi: 'nhóm chỉ số', en: 'indicator group' },
  catalogueId: { vi: 'bộ chỉ số', en: 'catalogue' },
  result: { vi: 'kết quả chỉ số', en: 'indicator result' },
  periodNumber: { vi: 'kỳ', en: 'the period' },
  groupScores: { vi: 'điểm các nhóm', en: 'the group scores' },
  values: { vi: 'giá trị các chỉ số', en: 'the indicator values' },
  content: { vi: 'nội dung tệp', en: 'the file content' },
  evaluation: { vi: 'phiếu đánh giá', en: 'evaluation' },
  evaluationId: { vi: 'phiếu đánh giá', en: 'evaluation' },
  cycleId: { vi: 'đợt đánh giá', en: 'evaluation cycle' },
  level: { vi: 'mức xếp loại', en: 'the rating' },
  aboveBoundReason: { vi: 'lý do xếp loại cao hơn kết quả đơn vị', en: 'the reason for rating above the unit' },
  generalPoints: { vi: 'điểm tiêu chí chung (tối đa 30)', en: 'the general criteria points (out of 30)' },
  monthsAbsent: { vi: 'số tháng nghỉ', en: 'the months absent' },
  selfAssessBy: { vi: 'hạn tự đánh giá', en: 'the self-assessment deadline' },
  notCompleteBasis: { vi: 'căn cứ (kết luận, quyết định)', en: 'the conclusion or decision on record' },
  unitCorruption: { vi: 'tham nhũng, lãng phí ở đơn vị thuộc quyền', en: 'corruption or waste in a unit under one’s charge' },
  directingPercent: { vi: 'điểm tổ chức, chỉ đạo, điều hành (%)', en: 'organising and directing (%)' },
  quotaPercent: { vi: 'tỷ lệ xuất sắc (%)', en: 'the outstanding ratio (%)' },
  quotaDecision: { vi: 'quyết định cho phép nâng tỷ lệ xuất sắc', en: 'the decision that raises the outstanding ratio' },
  quotaGroup: { vi: 'nhóm tính hạn mức', en: 'the quota group' },
  legalBasis: { vi: 'căn cứ pháp lý', en: 'the legal basis' },
  selfAssessment: { vi: 'nội dung tự đánh giá', en: 'the self-assessment' },
  comment: { vi: 'nhận xét', en: 'the comment' },
  year: { vi: 'năm', en: 'the year' },
  username: { vi: 'tên đăng nhập', en: 'the username' },
  password: { vi: 'mật khẩu', en: 'the password' },
  newPassword: { vi: 'mật khẩu mới', en: 'the new password' },
  currentPassword: { vi: 'mật khẩu hiện tại', en: 'the current password' },
  account: { vi: 'tài khoản', en: 'account' },
  accountId: { vi: 'tài khoản', en: 'account' },
  accountRole: { vi: 'quyền của tài khoản', en: 'account role' },
  role: { vi: 'vai trò', en: 'the role' },
  email: { vi: 'địa chỉ thư điện tử', en: 'the e-mail address' },
  directives: { vi: 'các nội dung chỉ đạo', en: 'the directives' },
  fileName: { vi: 'tên tệp', en: 'the file name' },
  taskUpdateId: { vi: 'báo cáo tiến độ', en: 'progress report' },
  rows: { vi: 'số dòng', en: 'the number of rows' },
};

export const stateLabels: Record<string, Record<Lang, string>> = {
  NOT_RATED: { vi: 'Không xếp loại', en: 'Not rated' },
  OPEN: { vi: 'Chờ tự đánh giá', en: 'Awaiting self-assessment' },
  SELF_ASSESSED: { vi: 'Đã tự đánh giá', en: 'Self-assessed' },
  PROPOSED: { vi: 'Đã đề xuất', en: 'Proposed' },
  REVIEWED: { vi: 'Đã thẩm định', en: 'Reviewed' },
  DECIDED: { vi: 'Đã quyết định', en: 'Decided' },
  PUBLISHED: { vi: 'Đã công bố', en: 'Published' },
  NOT_STARTED: { vi: 'Chưa bắt đầu', en: 'Not started' },
  IN_PROGRESS: { vi: 'Đang thực hiện', en: 'In progress' },
  REPORTED_DONE: { vi: 'Đã báo cáo hoàn thành', en: 'Reported done' },
  DONE: { vi: 'Hoàn thành', en: 'Done' },
  CANCELLED: { vi: 'Đã hủy', en: 'Cancelled' },
};

export const actionLabels: Record<string, Record<Lang, string>> = {
  selfAssess: { vi: 'tự đánh giá', en: 'self-assessed' },
  propose: { vi: 'đề xuất xếp loại', en: 'given a proposal' },
  review: { vi: 'thẩm định', en: 'reviewed' },
  decide: { vi: 'quyết định', en: 'decided' },
  reopen: { vi: 'mở lại', en: 'reopened' },
  report: { vi: 'báo cáo tiến độ', en: 'reported on' },
  edit: { vi: 'sửa', en: 'edited' },
  changeDeadline: { vi: 'đổi thời hạn', en: 'given a new deadline' },
  start: { vi: 'bắt đầu thực hiện', en: 'started' },
  cancel: { vi: 'hủy', en: 'cancelled' },
};

/** KPI figures travel in hundredths; messages show them with the language's decimal mark. */
const HUNDREDTHS_PARAMS = new Set(['value', 'max', 'total', 'sum']);

function hundredths(lang: Lang, value: number): string {
  const text = `${value < 0 ? '-' : ''}${Math.floor(Math.abs(value) / 100)}${lang === 'vi' ? ',' : '.'}${String(Math.abs(value) % 100).padStart(2, '0')}`;
  return text;
}

export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number | undefined>): string {
  const template = messages[key][lang];
  if (key.startsWith('kpi.') && key !== 'kpi.duplicateResult') {
    params = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, HUNDREDTHS_PARAMS.has(k) && typeof v === 'number' ? hundredths(lang, v) : v]));
  }
  const sentence = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (name === 'field' && typeof value === 'string') return fieldLabels[value]?.[lang] ?? value;
    if ((name === 'state' || name === 'target' || (name === 'value' && key === 'task.stateNotSettable')) && typeof value === 'string') {
      return stateLabels[value]?.[lang] ?? value;
    }
    if (name === 'action' && typeof value === 'string') return actionLabels[value]?.[lang] ?? value;
    // calendar dates as the reader writes them (dd/MM/yyyy in Vietnamese), never ISO
    if (typeof value === 'string' && isCalendarDate(value)) return formatDate(lang, value);
    return value === undefined ? '' : String(value);
  });
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
