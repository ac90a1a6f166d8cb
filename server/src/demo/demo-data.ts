/**
 * Demo data: the real meeting of 08/11/2023 in Na Rì district (Bắc Kạn) and its conclusion,
 * followed through to today's two-tier tree (Thái Nguyên province and its communes, since
 * 01/07/2025).
 *
 * Facts (not marked as sample): Bắc Kạn province, Na Rì district, Phòng Văn hóa và Thông tin,
 * the three district leaders and the content of the meeting (score 46,63/100 for 10 months of
 * 2023, seven directives, here paraphrased). Thái Nguyên province is real (Bắc Kạn merged into
 * it on 01/07/2025). Everything else — other offices, communes, officials, document numbers,
 * the leaders' assignment start dates, the stories of the tasks — is invented and, where the
 * shape allows, marked `isSample: true`.
 *
 * Pure and deterministic: every date relative to "now" is computed from `today`.
 */
import type {
  DemoAssignment, DemoData, DemoDocument, DemoOfficial, DemoTask, DemoUnit, DutyGroup,
  IsoDate, OfficialCategory, PostRole,
} from './demo-data.types.js';

/** Last day of the district level and of Bắc Kạn province. */
const OLD_END: IsoDate = '2025-06-30';
/** First day of the two-tier local government. */
const NEW_START: IsoDate = '2025-07-01';
/** The current plan is issued 40 days before `today`, and must fall in the new tree. */
const CURRENT_DOC_OFFSET = -40;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIso(date: IsoDate): [number, number, number] {
  const m = ISO_RE.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  return [y, mo, d];
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Adds `n` calendar days to a YYYY-MM-DD date (UTC arithmetic, no time zone involved). */
function addDays(date: IsoDate, n: number): IsoDate {
  const [y, m, d] = parseIso(date);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`;
}

function post(
  unitCode: string, position: string, role: PostRole, dutyGroup: DutyGroup,
  from: IsoDate, to: IsoDate | null = OLD_END,
): DemoAssignment {
  return { unitCode, position, role, dutyGroup, from, to };
}

function official(
  key: string, fullName: string, category: OfficialCategory, isSample: boolean,
  ...assignments: DemoAssignment[]
): DemoOfficial {
  return { key, fullName, category, isSample, assignments };
}

const EVIDENCE = 'https://example.gov.vn/minh-chung';

// ---------------------------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------------------------

const U = {
  BK: 'BK',
  NARI: 'BK-NARI',
  VHTT: 'BK-NARI-VHTT',
  NV: 'BK-NARI-NV',
  TP: 'BK-NARI-TP',
  VP: 'BK-NARI-VP',
  TNMT: 'BK-NARI-TNMT',
  YL: 'BK-NARI-YL',
  KL: 'BK-NARI-KL',
  LT: 'BK-NARI-LT',
  VL: 'BK-NARI-VL',
  CL: 'BK-NARI-CL',
  TN: 'TN',
  SNV: 'TN-SNV',
  XA_NARI: 'TN-XA-NARI',
  XA_VANLANG: 'TN-XA-VANLANG',
} as const;

function buildUnits(): DemoUnit[] {
  const office = (code: string, name: string, isSample: boolean): DemoUnit =>
    ({ code, name, kind: 'DISTRICT_OFFICE', parentCode: U.NARI, validFrom: '1997-01-01', validTo: OLD_END, isSample });
  const commune = (code: string, name: string, kind: 'COMMUNE' | 'TOWN' = 'COMMUNE'): DemoUnit =>
    ({ code, name, kind, parentCode: U.NARI, validFrom: '1997-01-01', validTo: OLD_END, isSample: true });
  return [
    // 2023: province → district → offices, communes and the town
    { code: U.BK, name: 'Tỉnh Bắc Kạn', kind: 'PROVINCE', parentCode: null, validFrom: '1997-01-01', validTo: OLD_END, isSample: false },
    { code: U.NARI, name: 'UBND huyện Na Rì', kind: 'DISTRICT', parentCode: U.BK, validFrom: '1997-01-01', validTo: OLD_END, isSample: false },
    office(U.VHTT, 'Phòng Văn hóa và Thông tin huyện Na Rì', false),
    office(U.NV, 'Phòng Nội vụ huyện Na Rì', true),
    office(U.TP, 'Phòng Tư pháp huyện Na Rì', true),
    office(U.VP, 'Văn phòng HĐND và UBND huyện Na Rì', true),
    office(U.TNMT, 'Phòng Tài nguyên và Môi trường huyện Na Rì', true),
    commune(U.YL, 'Thị trấn Yến Lạc', 'TOWN'),
    commune(U.KL, 'Xã Kim Lư'),
    commune(U.LT, 'Xã Lương Thượng'),
    commune(U.VL, 'Xã Văn Lang'),
    commune(U.CL, 'Xã Cư Lễ'),
    // Since 01/07/2025: province → department, communes
    { code: U.TN, name: 'Tỉnh Thái Nguyên', kind: 'PROVINCE', parentCode: null, validFrom: NEW_START, validTo: null, isSample: false },
    { code: U.SNV, name: 'Sở Nội vụ tỉnh Thái Nguyên', kind: 'PROVINCE_DEPARTMENT', parentCode: U.TN, validFrom: NEW_START, validTo: null, isSample: true },
    { code: U.XA_NARI, name: 'Xã Na Rì', kind: 'COMMUNE', parentCode: U.TN, validFrom: NEW_START, validTo: null, isSample: true },
    { code: U.XA_VANLANG, name: 'Xã Văn Lang', kind: 'COMMUNE', parentCode: U.TN, validFrom: NEW_START, validTo: null, isSample: true },
  ];
}

// ---------------------------------------------------------------------------------------------
// Officials
// ---------------------------------------------------------------------------------------------

function buildOfficials(): DemoOfficial[] {
  // Commune posts before 01/07/2025, the same five posts in each commune.
  const chairman = (unit: string, what: string, from: IsoDate) =>
    post(unit, `Chủ tịch UBND ${what}`, 'HEAD', 'LEADERSHIP', from);
  const cadastral = (unit: string, from: IsoDate) =>
    post(unit, 'Công chức Địa chính – xây dựng', 'MEMBER', 'CADASTRAL', from);
  const justice = (unit: string, from: IsoDate) =>
    post(unit, 'Công chức Tư pháp – hộ tịch', 'MEMBER', 'JUSTICE', from);
  const cultureSocial = (unit: string, from: IsoDate) =>
    post(unit, 'Công chức Văn hóa – xã hội', 'MEMBER', 'CULTURE_SOCIAL', from);
  const oneStop = (unit: string, from: IsoDate) =>
    post(unit, 'Công chức Văn phòng – thống kê, trực Bộ phận Một cửa', 'MEMBER', 'ONE_STOP_DESK', from);

  return [
    // The three leaders named in the meeting's facts. Assignment start dates are plausible, not sourced.
    official('ld-cuong', 'Nguyễn Ngọc Cương', 'CAN_BO', false,
      post(U.NARI, 'Phó Bí thư Huyện ủy, Chủ tịch UBND huyện', 'HEAD', 'LEADERSHIP', '2021-06-25')),
    official('ld-loc', 'Lương Thanh Lộc', 'CAN_BO', false,
      post(U.NARI, 'Ủy viên BTV Huyện ủy, Phó Chủ tịch Thường trực UBND huyện', 'DEPUTY', 'LEADERSHIP', '2021-06-25')),
    official('ld-ke', 'Nông Quang Kế', 'CAN_BO', false,
      post(U.NARI, 'Phó Chủ tịch UBND huyện', 'DEPUTY', 'LEADERSHIP', '2021-06-25')),

    // Today's province: its leader over the communes' work since 01/07/2025 (invented; the district's
    // leaders above left their posts when the district was abolished)
    official('tn-pct', 'Đỗ Minh Khang', 'CAN_BO', true,
      post(U.TN, 'Phó Chủ tịch UBND tỉnh Thái Nguyên', 'DEPUTY', 'LEADERSHIP', NEW_START, null)),

    // District offices (invented)
    official('vhtt-tp', 'Hoàng Văn C', 'CONG_CHUC', true,
      post(U.VHTT, 'Trưởng phòng Văn hóa và Thông tin', 'HEAD', 'OTHER', '2020-08-01')),
    official('vhtt-cv', 'Lý Thị D', 'CONG_CHUC', true,
      post(U.VHTT, 'Chuyên viên phụ trách thông tin – truyền thông', 'MEMBER', 'OTHER', '2019-03-01')),
    official('vhtt-vc', 'Nông Văn E', 'VIEN_CHUC', true,
      post(U.VHTT, 'Viên chức phụ trách công nghệ thông tin, chuyển đổi số', 'MEMBER', 'OTHER', '2022-01-10')),
    official('nv-tp', 'Nguyễn Văn A', 'CONG_CHUC', true,
      post(U.NV, 'Trưởng phòng Nội vụ', 'HEAD', 'OTHER', '2019-10-01'),
      post(U.SNV, 'Phó Trưởng phòng Cải cách hành chính, Sở Nội vụ', 'MEMBER', 'OTHER', NEW_START, null)),
    official('nv-cv', 'Trần Thị B', 'CONG_CHUC', true,
      post(U.NV, 'Chuyên viên phụ trách cải cách hành chính', 'MEMBER', 'OTHER', '2021-03-15'),
      post(U.SNV, 'Chuyên viên Phòng Công chức, viên chức, Sở Nội vụ', 'MEMBER', 'OTHER', NEW_START, null)),
    official('tp-tp', 'Hà Thị G', 'CONG_CHUC', true,
      post(U.TP, 'Trưởng phòng Tư pháp', 'HEAD', 'JUSTICE', '2018-07-01')),
    official('tp-cv', 'Ma Văn H', 'CONG_CHUC', true,
      post(U.TP, 'Chuyên viên Phòng Tư pháp, trực Bộ phận Một cửa', 'MEMBER', 'JUSTICE', '2020-05-04')),
    official('vp-cvp', 'Triệu Thị K', 'CONG_CHUC', true,
      post(U.VP, 'Chánh Văn phòng HĐND và UBND huyện', 'HEAD', 'OTHER', '2019-01-02')),
    official('vp-mc1', 'Đinh Văn L', 'CONG_CHUC', true,
      post(U.VP, 'Công chức trực Bộ phận Một cửa huyện', 'MEMBER', 'ONE_STOP_DESK', '2020-09-01'),
      post(U.XA_NARI, 'Công chức Trung tâm Phục vụ hành chính công xã', 'MEMBER', 'ONE_STOP_DESK', NEW_START, null)),
    official('vp-mc2', 'Dương Thị M', 'CONG_CHUC', true,
      post(U.VP, 'Công chức trực Bộ phận Một cửa huyện', 'MEMBER', 'ONE_STOP_DESK', '2022-04-01')),
    official('tnmt-tp', 'Lộc Văn N', 'CONG_CHUC', true,
      post(U.TNMT, 'Trưởng phòng Tài nguyên và Môi trường', 'HEAD', 'OTHER', '2021-02-01')),
    official('tnmt-mc', 'Bế Thị P', 'CONG_CHUC', true,
      post(U.TNMT, 'Chuyên viên lĩnh vực đất đai, trực Bộ phận Một cửa', 'MEMBER', 'ONE_STOP_DESK', '2021-08-16')),

    // Thị trấn Yến Lạc
    official('yl-ct', 'Vi Văn Q', 'CAN_BO', true,
      chairman(U.YL, 'thị trấn Yến Lạc', '2021-06-28'),
      post(U.XA_NARI, 'Chủ tịch UBND xã Na Rì', 'HEAD', 'LEADERSHIP', NEW_START, null)),
    official('yl-dc', 'Phạm Thị S', 'CONG_CHUC', true,
      cadastral(U.YL, '2019-05-02'),
      post(U.XA_NARI, 'Chuyên viên Phòng Kinh tế xã, phụ trách đất đai – xây dựng', 'MEMBER', 'CADASTRAL', NEW_START, null)),
    official('yl-tp', 'Lê Văn T', 'CONG_CHUC', true, justice(U.YL, '2020-03-01')),
    official('yl-vh', 'Hoàng Thị U', 'CONG_CHUC', true, cultureSocial(U.YL, '2018-09-10')),
    official('yl-mc', 'Nông Thị V', 'CONG_CHUC', true,
      oneStop(U.YL, '2021-01-04'),
      post(U.XA_NARI, 'Công chức Trung tâm Phục vụ hành chính công xã', 'MEMBER', 'ONE_STOP_DESK', NEW_START, null)),

    // Xã Kim Lư
    official('kl-ct', 'Lý Văn X', 'CAN_BO', true,
      chairman(U.KL, 'xã Kim Lư', '2021-06-28'),
      post(U.XA_NARI, 'Phó Chủ tịch UBND xã Na Rì', 'DEPUTY', 'LEADERSHIP', NEW_START, null)),
    official('kl-dc', 'Nguyễn Thị Y', 'CONG_CHUC', true, cadastral(U.KL, '2020-02-01')),
    official('kl-tp', 'Trần Văn Đ', 'CONG_CHUC', true,
      justice(U.KL, '2019-07-01'),
      post(U.XA_NARI, 'Chuyên viên Văn phòng HĐND và UBND xã, phụ trách tư pháp – hộ tịch', 'MEMBER', 'JUSTICE', NEW_START, null)),
    official('kl-vh', 'Hà Văn A', 'CONG_CHUC', true, cultureSocial(U.KL, '2020-02-01')),
    official('kl-mc', 'Ma Thị B', 'CONG_CHUC', true, oneStop(U.KL, '2022-06-01')),

    // Xã Lương Thượng
    official('lt-ct', 'Triệu Văn C', 'CAN_BO', true, chairman(U.LT, 'xã Lương Thượng', '2021-06-28')),
    official('lt-dc', 'Đinh Thị D', 'CONG_CHUC', true, cadastral(U.LT, '2020-02-01')),
    official('lt-tp', 'Dương Văn E', 'CONG_CHUC', true, justice(U.LT, '2020-02-01')),
    official('lt-vh', 'Lộc Thị G', 'CONG_CHUC', true,
      cultureSocial(U.LT, '2019-11-01'),
      post(U.XA_NARI, 'Chuyên viên Phòng Văn hóa – Xã hội xã', 'MEMBER', 'CULTURE_SOCIAL', NEW_START, null)),
    official('lt-mc', 'Bế Văn H', 'CONG_CHUC', true, oneStop(U.LT, '2021-09-01')),

    // Xã Văn Lang
    official('vl-ct', 'Vi Thị K', 'CAN_BO', true,
      chairman(U.VL, 'xã Văn Lang', '2021-06-28'),
      post(U.XA_VANLANG, 'Chủ tịch UBND xã Văn Lang', 'HEAD', 'LEADERSHIP', NEW_START, null)),
    official('vl-dc', 'Phạm Văn L', 'CONG_CHUC', true,
      cadastral(U.VL, '2020-02-01'),
      post(U.XA_VANLANG, 'Chuyên viên Phòng Kinh tế xã, phụ trách đất đai – xây dựng', 'MEMBER', 'CADASTRAL', NEW_START, null)),
    official('vl-tp', 'Lê Thị M', 'CONG_CHUC', true, justice(U.VL, '2021-04-01')),
    official('vl-vh', 'Hoàng Văn N', 'CONG_CHUC', true, cultureSocial(U.VL, '2020-02-01')),
    official('vl-mc', 'Nông Thị P', 'CONG_CHUC', true,
      oneStop(U.VL, '2022-03-01'),
      post(U.XA_VANLANG, 'Công chức Trung tâm Phục vụ hành chính công xã', 'MEMBER', 'ONE_STOP_DESK', NEW_START, null)),

    // Xã Cư Lễ
    official('cl-ct', 'Lý Văn Q', 'CAN_BO', true, chairman(U.CL, 'xã Cư Lễ', '2021-06-28')),
    official('cl-dc', 'Nguyễn Thị S', 'CONG_CHUC', true, cadastral(U.CL, '2020-02-01')),
    official('cl-tp', 'Trần Văn T', 'CONG_CHUC', true,
      justice(U.CL, '2020-02-01'),
      post(U.XA_VANLANG, 'Chuyên viên Văn phòng HĐND và UBND xã, phụ trách tư pháp – hộ tịch', 'MEMBER', 'JUSTICE', NEW_START, null)),
    official('cl-vh', 'Hà Thị U', 'CONG_CHUC', true,
      cultureSocial(U.CL, '2021-10-01'),
      post(U.XA_VANLANG, 'Chuyên viên Phòng Văn hóa – Xã hội xã', 'MEMBER', 'CULTURE_SOCIAL', NEW_START, null)),
    official('cl-mc', 'Ma Văn V', 'CONG_CHUC', true, oneStop(U.CL, '2022-08-15')),

    // Province department since 01/07/2025
    official('snv-gd', 'Triệu Thị X', 'CONG_CHUC', true,
      post(U.SNV, 'Giám đốc Sở Nội vụ', 'HEAD', 'LEADERSHIP', NEW_START, null)),
  ];
}

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

const DOC_2023 = 'kl-2023-11-10';
const DOC_CURRENT = 'kh-xa-nari';
const START_2023: IsoDate = '2023-11-10';

function buildDocuments(today: IsoDate): DemoDocument[] {
  const planIssuedOn = addDays(today, CURRENT_DOC_OFFSET);
  const planYear = planIssuedOn.slice(0, 4);
  return [
    {
      key: DOC_2023,
      kind: 'CONCLUSION',
      number: '245/TB-UBND',
      issuedOn: '2023-11-10',
      issuingUnitCode: U.NARI,
      signerKey: 'ld-cuong',
      title: 'Thông báo kết luận của Chủ tịch UBND huyện Na Rì tại cuộc họp đánh giá Chỉ số phục vụ '
        + 'người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công',
      summary: 'Ngày 08/11/2023, UBND huyện Na Rì họp rà soát kết quả Bộ chỉ số phục vụ người dân, doanh '
        + 'nghiệp theo Quyết định 766/QĐ-TTg. Trong 10 tháng đầu năm 2023, huyện mới đạt 46,63/100 điểm; '
        + 'nhóm số hóa hồ sơ chỉ đạt 6,5/22 điểm, tỷ lệ thanh toán trực tuyến nhỉnh hơn 29%, tỷ lệ số hóa '
        + 'kết quả tại Bộ phận Một cửa khoảng 31%, tỷ lệ xử lý trực tuyến và trả kết quả điện tử còn thấp. '
        + 'Chủ tịch UBND huyện kết luận và giao các cơ quan, đơn vị thực hiện bảy nội dung dưới đây.',
      isSample: true, // the number is invented
      directives: [
        { number: 1, text: 'Trưởng các cơ quan chuyên môn huyện và Chủ tịch UBND các xã, thị trấn trực tiếp chỉ đạo, chịu trách nhiệm về cải cách hành chính và chuyển đổi số tại cơ quan, đơn vị mình.' },
        { number: 2, text: 'Mỗi cơ quan, đơn vị phân công cán bộ, công chức có năng lực, có kinh nghiệm và ổn định lâu dài phụ trách nhiệm vụ này.' },
        { number: 3, text: 'Giao nhiệm vụ cải cách hành chính, chuyển đổi số cụ thể cho từng cán bộ, công chức và lấy kết quả thực hiện làm căn cứ đánh giá, xếp loại cuối năm.' },
        { number: 4, text: 'Công chức trực Bộ phận Một cửa hướng dẫn, hỗ trợ người dân nộp trực tuyến 100% hồ sơ đối với các thủ tục hành chính đã được cung cấp dịch vụ công trực tuyến toàn trình hoặc một phần trên Cổng Dịch vụ công quốc gia.' },
        { number: 5, text: 'Bảo đảm 100% hồ sơ được tiếp nhận, giải quyết đúng hạn trên phần mềm một cửa; không để phát sinh hồ sơ quá hạn.' },
        { number: 6, text: 'Các cơ quan, đơn vị nâng cấp hạ tầng, trang thiết bị và đường truyền kết nối tại Bộ phận Một cửa.' },
        { number: 7, text: 'Cán bộ, công chức tích cực tuyên truyền, hướng dẫn người dân nộp hồ sơ trực tuyến.' },
      ],
    },
    {
      key: DOC_CURRENT,
      kind: 'PLAN',
      number: '58/KH-UBND',
      issuedOn: planIssuedOn,
      issuingUnitCode: U.XA_NARI,
      signerKey: 'yl-ct',
      title: `Kế hoạch nâng cao chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính trên địa bàn xã Na Rì năm ${planYear}`,
      summary: 'Kế hoạch của UBND xã Na Rì nhằm cải thiện các chỉ số dịch vụ công trực tuyến, thanh toán '
        + 'trực tuyến, số hóa hồ sơ và tiến độ giải quyết hồ sơ tại Trung tâm Phục vụ hành chính công xã, '
        + 'giao nhiệm vụ cụ thể cho từng công chức.',
      isSample: true,
      directives: [
        { number: 1, text: 'Trung tâm Phục vụ hành chính công xã hướng dẫn, hỗ trợ người dân nộp hồ sơ và thanh toán phí, lệ phí trực tuyến; tuyên truyền đến từng thôn, bản.' },
        { number: 2, text: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ngay khi tiếp nhận; bảo đảm đủ trang thiết bị phục vụ số hóa.' },
        { number: 3, text: 'Công chức chuyên môn giải quyết hồ sơ đúng hạn, không để tồn đọng; báo cáo kết quả hằng tháng.' },
      ],
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Tasks from the 2023 conclusion: stories that ended long ago
// ---------------------------------------------------------------------------------------------

function buildTasks2023(): DemoTask[] {
  const src = (directiveNumber: number) => ({ documentKey: DOC_2023, directiveNumber });
  const allCommunes = [U.YL, U.KL, U.LT, U.VL, U.CL];
  return [
    // Directive 1 — done on time
    {
      key: 'kl23-01-ke-hoach-cchc',
      source: src(1),
      title: 'Tham mưu Kế hoạch cải cách hành chính và chuyển đổi số năm 2024 của huyện',
      description: 'Xây dựng dự thảo kế hoạch, trong đó nêu rõ trách nhiệm trực tiếp của người đứng đầu từng cơ quan, đơn vị đối với từng nhóm chỉ số.',
      expectedResult: 'Kế hoạch được Chủ tịch UBND huyện ký ban hành.',
      leadUnitCode: U.NV, coordinatingUnitCodes: [U.VHTT, U.VP],
      responsibleKey: 'nv-tp', assigneeKeys: ['nv-cv'], createdByKey: 'ld-cuong',
      startDate: START_2023, deadline: '2023-12-15', weight: 2,
      events: [
        { on: '2023-11-20', kind: 'REPORT', byKey: 'nv-cv', state: 'IN_PROGRESS', percent: 40, note: 'Đã lấy ý kiến các phòng, đang tổng hợp.' },
        { on: '2023-12-12', kind: 'REPORT', byKey: 'nv-tp', state: 'REPORTED_DONE', percent: 100, note: 'Kế hoạch đã trình và được ký ban hành.',
          evidenceLinks: [`${EVIDENCE}/na-ri/2023/ke-hoach-cchc-cds-2024.pdf`] },
        { on: '2023-12-14', kind: 'ACCEPT', byKey: 'ld-cuong', note: 'Đạt yêu cầu.' },
      ],
    },
    // Directive 2 — done on time
    {
      key: 'kl23-02-phan-cong-van-lang',
      source: src(2),
      title: 'Xã Văn Lang ban hành quyết định phân công công chức phụ trách cải cách hành chính, chuyển đổi số',
      description: 'Chọn công chức có năng lực, kinh nghiệm, ổn định vị trí công tác; ghi rõ nhiệm vụ được giao.',
      expectedResult: 'Quyết định phân công được ký và gửi Phòng Nội vụ.',
      leadUnitCode: U.VL, coordinatingUnitCodes: [U.NV],
      responsibleKey: 'vl-ct', assigneeKeys: ['vl-mc'], createdByKey: 'ld-loc',
      startDate: START_2023, deadline: '2023-11-30', weight: 1,
      events: [
        { on: '2023-11-24', kind: 'REPORT', byKey: 'vl-ct', state: 'REPORTED_DONE', percent: 100, note: 'Đã ban hành quyết định phân công.',
          evidenceLinks: [`${EVIDENCE}/van-lang/2023/qd-phan-cong-cchc.pdf`] },
        { on: '2023-11-27', kind: 'ACCEPT', byKey: 'ld-loc' },
      ],
    },
    // Directive 2 — done late
    {
      key: 'kl23-02-phan-cong-cu-le',
      source: src(2),
      title: 'Xã Cư Lễ ban hành quyết định phân công công chức phụ trách cải cách hành chính, chuyển đổi số',
      description: 'Chọn công chức có năng lực, kinh nghiệm, ổn định vị trí công tác; ghi rõ nhiệm vụ được giao.',
      expectedResult: 'Quyết định phân công được ký và gửi Phòng Nội vụ.',
      leadUnitCode: U.CL, coordinatingUnitCodes: [U.NV],
      responsibleKey: 'cl-ct', assigneeKeys: ['cl-mc'], createdByKey: 'ld-loc',
      startDate: START_2023, deadline: '2023-11-30', weight: 1,
      events: [
        { on: '2023-11-28', kind: 'REPORT', byKey: 'cl-ct', state: 'IN_PROGRESS', percent: 50, note: 'Đang lấy ý kiến cấp ủy về nhân sự.' },
        { on: '2023-12-06', kind: 'REPORT', byKey: 'cl-ct', state: 'REPORTED_DONE', percent: 100, note: 'Đã ban hành quyết định, chậm do chờ ý kiến cấp ủy.',
          evidenceLinks: [`${EVIDENCE}/cu-le/2023/qd-phan-cong-cchc.pdf`] },
        { on: '2023-12-08', kind: 'ACCEPT', byKey: 'ld-loc', note: 'Hoàn thành nhưng chậm so với thời hạn.' },
      ],
    },
    // Directive 3 — returned, redone, accepted on time
    {
      key: 'kl23-03-huong-dan-danh-gia',
      source: src(3),
      title: 'Hướng dẫn đưa kết quả thực hiện nhiệm vụ cải cách hành chính, chuyển đổi số vào đánh giá, xếp loại công chức năm 2023',
      description: 'Hướng dẫn các cơ quan, đơn vị giao nhiệm vụ cụ thể cho từng công chức và dùng kết quả thực hiện làm tiêu chí khi đánh giá cuối năm.',
      expectedResult: 'Văn bản hướng dẫn gửi các cơ quan, đơn vị trước kỳ đánh giá cuối năm.',
      leadUnitCode: U.NV, coordinatingUnitCodes: [U.VP],
      responsibleKey: 'nv-tp', assigneeKeys: ['nv-cv'], createdByKey: 'ld-cuong',
      startDate: START_2023, deadline: '2023-12-05', weight: 1,
      events: [
        { on: '2023-11-28', kind: 'REPORT', byKey: 'nv-cv', state: 'REPORTED_DONE', percent: 100, note: 'Đã trình dự thảo hướng dẫn.',
          evidenceLinks: [`${EVIDENCE}/na-ri/2023/du-thao-huong-dan-danh-gia.pdf`] },
        { on: '2023-11-30', kind: 'RETURN', byKey: 'ld-cuong', reason: 'Dự thảo chưa nêu cách tính tỷ lệ nhiệm vụ hoàn thành đúng hạn; đề nghị bổ sung.' },
        { on: '2023-12-04', kind: 'REPORT', byKey: 'nv-tp', state: 'REPORTED_DONE', percent: 100, note: 'Đã bổ sung cách tính và ban hành hướng dẫn.',
          evidenceLinks: [`${EVIDENCE}/na-ri/2023/huong-dan-danh-gia-cchc.pdf`] },
        { on: '2023-12-05', kind: 'ACCEPT', byKey: 'ld-cuong' },
      ],
    },
    // Directive 4 — one task per commune's one-stop desk
    {
      key: 'kl23-04-nop-truc-tuyen-yen-lac',
      source: src(4),
      title: 'Hướng dẫn người dân nộp 100% hồ sơ trực tuyến tại Bộ phận Một cửa thị trấn Yến Lạc',
      description: 'Áp dụng cho các thủ tục đã cung cấp dịch vụ công trực tuyến toàn trình hoặc một phần trên Cổng Dịch vụ công quốc gia.',
      expectedResult: '100% hồ sơ thuộc các thủ tục nói trên được nộp trực tuyến.',
      leadUnitCode: U.YL, coordinatingUnitCodes: [U.VHTT],
      responsibleKey: 'yl-mc', assigneeKeys: ['yl-mc'], createdByKey: 'yl-ct',
      startDate: START_2023, deadline: '2023-12-31', weight: 1,
      events: [
        { on: '2023-11-30', kind: 'REPORT', byKey: 'yl-mc', state: 'IN_PROGRESS', percent: 60, note: 'Tỷ lệ nộp trực tuyến tháng 11 đạt khoảng 60%.' },
        { on: '2023-12-27', kind: 'REPORT', byKey: 'yl-mc', state: 'REPORTED_DONE', percent: 100, note: 'Tháng 12 đạt 100%; đồng thời hướng dẫn được nhiều trường hợp thanh toán trực tuyến.',
          evidenceLinks: [`${EVIDENCE}/yen-lac/2023/bao-cao-nop-truc-tuyen-t12.pdf`] },
        { on: '2023-12-29', kind: 'ACCEPT', byKey: 'yl-ct', exceeded: true, note: 'Vượt yêu cầu: tăng cả tỷ lệ thanh toán trực tuyến.' },
      ],
    },
    {
      key: 'kl23-04-nop-truc-tuyen-kim-lu',
      source: src(4),
      title: 'Hướng dẫn người dân nộp 100% hồ sơ trực tuyến tại Bộ phận Một cửa xã Kim Lư',
      description: 'Áp dụng cho các thủ tục đã cung cấp dịch vụ công trực tuyến toàn trình hoặc một phần trên Cổng Dịch vụ công quốc gia.',
      expectedResult: '100% hồ sơ thuộc các thủ tục nói trên được nộp trực tuyến.',
      leadUnitCode: U.KL, coordinatingUnitCodes: [U.VHTT],
      responsibleKey: 'kl-mc', assigneeKeys: ['kl-mc'], createdByKey: 'kl-ct',
      startDate: START_2023, deadline: '2023-12-31', weight: 1,
      events: [
        { on: '2023-11-25', kind: 'REPORT', byKey: 'kl-mc', state: 'IN_PROGRESS', percent: 30, note: 'Nhiều người dân chưa có tài khoản định danh điện tử.' },
        { on: '2023-12-20', kind: 'REPORT', byKey: 'kl-mc', state: 'IN_PROGRESS', percent: 55, note: 'Đã hỗ trợ tạo tài khoản cho người dân các thôn gần trung tâm xã.' },
      ],
    },
    {
      key: 'kl23-04-nop-truc-tuyen-luong-thuong',
      source: src(4),
      title: 'Hướng dẫn người dân nộp 100% hồ sơ trực tuyến tại Bộ phận Một cửa xã Lương Thượng',
      description: 'Áp dụng cho các thủ tục đã cung cấp dịch vụ công trực tuyến toàn trình hoặc một phần trên Cổng Dịch vụ công quốc gia.',
      expectedResult: '100% hồ sơ thuộc các thủ tục nói trên được nộp trực tuyến.',
      leadUnitCode: U.LT, coordinatingUnitCodes: [U.VHTT],
      responsibleKey: 'lt-mc', assigneeKeys: ['lt-mc', 'lt-tp'], createdByKey: 'lt-ct',
      startDate: START_2023, deadline: null, weight: 1,
      events: [
        { on: '2023-12-15', kind: 'REPORT', byKey: 'lt-mc', state: 'IN_PROGRESS', percent: 70, note: 'Đã bố trí một máy tính để người dân tự nộp hồ sơ có hướng dẫn.' },
        { on: '2024-01-15', kind: 'REPORT', byKey: 'lt-mc', state: 'REPORTED_DONE', percent: 100, note: 'Từ tháng 01/2024, 100% hồ sơ thuộc diện nộp trực tuyến đã được nộp trực tuyến.',
          evidenceLinks: [`${EVIDENCE}/luong-thuong/2024/bao-cao-nop-truc-tuyen-t01.pdf`] },
        { on: '2024-01-18', kind: 'ACCEPT', byKey: 'lt-ct' },
      ],
    },
    {
      key: 'kl23-04-nop-truc-tuyen-van-lang',
      source: src(4),
      title: 'Hướng dẫn người dân nộp 100% hồ sơ trực tuyến tại Bộ phận Một cửa xã Văn Lang',
      description: 'Áp dụng cho các thủ tục đã cung cấp dịch vụ công trực tuyến toàn trình hoặc một phần trên Cổng Dịch vụ công quốc gia.',
      expectedResult: '100% hồ sơ thuộc các thủ tục nói trên được nộp trực tuyến.',
      leadUnitCode: U.VL, coordinatingUnitCodes: [U.VHTT],
      responsibleKey: 'vl-mc', assigneeKeys: ['vl-mc'], createdByKey: 'ld-ke',
      startDate: START_2023, deadline: '2023-12-31', weight: 1,
      events: [
        { on: '2023-12-05', kind: 'REPORT', byKey: 'vl-mc', state: 'IN_PROGRESS', percent: 35, note: 'Đường truyền internet tại trụ sở xã thường xuyên gián đoạn.' },
        // the fibre line under construction is an objective cause, confirmed by the vice-chairman who extends: judged by 29/02/2024
        { on: '2023-12-26', kind: 'EXTEND', byKey: 'ld-ke', newDeadline: '2024-02-29', reason: 'Tuyến cáp quang về trụ sở xã đang thi công, chưa bảo đảm đường truyền; đồng ý gia hạn.', objectiveCause: true },
        { on: '2024-02-22', kind: 'REPORT', byKey: 'vl-mc', state: 'REPORTED_DONE', percent: 100, note: 'Đường truyền ổn định; tháng 02/2024 đạt 100% hồ sơ nộp trực tuyến.',
          evidenceLinks: [`${EVIDENCE}/van-lang/2024/bao-cao-nop-truc-tuyen-t02.pdf`] },
        { on: '2024-02-26', kind: 'ACCEPT', byKey: 'vl-ct' },
      ],
    },
    {
      key: 'kl23-04-nop-truc-tuyen-cu-le',
      source: src(4),
      title: 'Hướng dẫn người dân nộp 100% hồ sơ trực tuyến tại Bộ phận Một cửa xã Cư Lễ',
      description: 'Áp dụng cho các thủ tục đã cung cấp dịch vụ công trực tuyến toàn trình hoặc một phần trên Cổng Dịch vụ công quốc gia.',
      expectedResult: '100% hồ sơ thuộc các thủ tục nói trên được nộp trực tuyến.',
      leadUnitCode: U.CL, coordinatingUnitCodes: [U.VHTT],
      responsibleKey: 'cl-mc', assigneeKeys: ['cl-mc'], createdByKey: 'cl-ct',
      startDate: START_2023, deadline: '2023-12-31', weight: 1,
      events: [],
    },
    // Directive 5 — standing target, done late
    {
      key: 'kl23-05-dung-han-mot-cua-huyen',
      source: src(5),
      title: 'Bảo đảm 100% hồ sơ tiếp nhận tại Bộ phận Một cửa huyện được giải quyết đúng hạn',
      description: 'Theo dõi hằng ngày trên phần mềm một cửa, nhắc các phòng chuyên môn xử lý hồ sơ sắp đến hạn.',
      expectedResult: 'Không phát sinh hồ sơ quá hạn trong tháng 11 và tháng 12/2023.',
      leadUnitCode: U.VP, coordinatingUnitCodes: [U.TNMT, U.TP, U.VHTT],
      responsibleKey: 'vp-cvp', assigneeKeys: ['vp-mc1', 'vp-mc2'], createdByKey: 'ld-loc',
      startDate: START_2023, deadline: '2023-12-31', weight: 2,
      events: [
        { on: '2023-12-01', kind: 'REPORT', byKey: 'vp-mc1', state: 'IN_PROGRESS', percent: 50, note: 'Tháng 11 không có hồ sơ quá hạn.' },
        { on: '2024-01-08', kind: 'REPORT', byKey: 'vp-cvp', state: 'REPORTED_DONE', percent: 100, note: 'Tháng 12 đạt 100% đúng hạn; báo cáo chậm do chờ số liệu chốt trên phần mềm.',
          evidenceLinks: [`${EVIDENCE}/na-ri/2024/thong-ke-mot-cua-t11-t12-2023.xlsx`] },
        { on: '2024-01-10', kind: 'ACCEPT', byKey: 'ld-loc' },
      ],
    },
    // Directive 5 — left open, overdue
    {
      key: 'kl23-05-ho-so-dat-dai-qua-han',
      source: src(5),
      title: 'Giải quyết dứt điểm hồ sơ đất đai quá hạn trên phần mềm một cửa',
      description: 'Rà soát từng hồ sơ lĩnh vực đất đai đang quá hạn, xác định nguyên nhân và xin lỗi người dân theo quy định.',
      expectedResult: 'Không còn hồ sơ đất đai quá hạn trên phần mềm một cửa.',
      leadUnitCode: U.TNMT, coordinatingUnitCodes: [U.VP],
      responsibleKey: 'tnmt-tp', assigneeKeys: ['tnmt-mc'], createdByKey: 'ld-loc',
      startDate: START_2023, deadline: '2023-12-31', weight: 1,
      events: [
        { on: '2023-12-15', kind: 'REPORT', byKey: 'tnmt-mc', state: 'IN_PROGRESS', percent: 70, note: 'Còn 3 hồ sơ quá hạn do chưa đo đạc xong thực địa.' },
      ],
    },
    // Directive 6 — deliverable with a deadline, done on time
    {
      key: 'kl23-06-nang-cap-mot-cua-huyen',
      source: src(6),
      title: 'Nâng cấp trang thiết bị và đường truyền tại Bộ phận Một cửa huyện',
      description: 'Bổ sung máy quét tài liệu, thay máy tính đã xuống cấp, nâng băng thông đường truyền.',
      expectedResult: 'Thiết bị mới được lắp đặt, đưa vào sử dụng.',
      leadUnitCode: U.VP, coordinatingUnitCodes: [U.VHTT],
      responsibleKey: 'vp-cvp', assigneeKeys: ['vp-mc1'], createdByKey: 'ld-cuong',
      startDate: START_2023, deadline: '2024-01-31', weight: 2,
      events: [
        { on: '2023-12-10', kind: 'REPORT', byKey: 'vp-mc1', state: 'IN_PROGRESS', percent: 40, note: 'Đã lập dự toán, chờ phê duyệt.' },
        { on: '2024-01-25', kind: 'REPORT', byKey: 'vp-cvp', state: 'REPORTED_DONE', percent: 100, note: 'Đã lắp 2 máy quét, 3 máy tính và nâng cấp đường truyền.',
          evidenceLinks: [`${EVIDENCE}/na-ri/2024/bien-ban-ban-giao-thiet-bi-mot-cua.pdf`] },
        { on: '2024-01-29', kind: 'ACCEPT', byKey: 'ld-cuong' },
      ],
    },
    // Directive 6 — cancelled
    {
      key: 'kl23-06-nang-cap-mot-cua-kim-lu',
      source: src(6),
      title: 'Bổ sung máy quét và đường truyền cho Bộ phận Một cửa xã Kim Lư',
      description: 'Xã tự bố trí kinh phí mua sắm thiết bị phục vụ số hóa hồ sơ.',
      expectedResult: 'Bộ phận Một cửa xã có máy quét và đường truyền ổn định.',
      leadUnitCode: U.KL, coordinatingUnitCodes: [U.VHTT],
      responsibleKey: 'kl-ct', assigneeKeys: ['kl-mc'], createdByKey: 'ld-ke',
      startDate: START_2023, deadline: '2024-01-31', weight: 1,
      events: [
        { on: '2023-12-05', kind: 'CANCEL', byKey: 'ld-ke', reason: 'Thiết bị cho xã đã được mua sắm tập trung trong dự án nâng cấp hạ tầng một cửa của huyện.' },
      ],
    },
    // Directive 7 — no deadline, done
    {
      key: 'kl23-07-tuyen-truyen-nop-truc-tuyen',
      source: src(7),
      title: 'Tuyên truyền, hướng dẫn người dân nộp hồ sơ trực tuyến trên hệ thống truyền thanh và trang thông tin điện tử huyện',
      description: 'Xây dựng tin bài, clip hướng dẫn ngắn; phối hợp các xã, thị trấn phát trên loa truyền thanh cơ sở.',
      expectedResult: 'Chuyên mục hướng dẫn được phát định kỳ và đăng trên trang thông tin điện tử.',
      leadUnitCode: U.VHTT, coordinatingUnitCodes: allCommunes,
      responsibleKey: 'vhtt-tp', assigneeKeys: ['vhtt-cv', 'vhtt-vc'], createdByKey: 'ld-ke',
      startDate: START_2023, deadline: null, weight: 1,
      events: [
        { on: '2023-12-01', kind: 'REPORT', byKey: 'vhtt-cv', state: 'IN_PROGRESS', percent: 50, note: 'Đã phát 4 số chuyên mục trên đài truyền thanh.' },
        { on: '2024-02-05', kind: 'REPORT', byKey: 'vhtt-tp', state: 'REPORTED_DONE', percent: 100, note: 'Chuyên mục đã đi vào nề nếp, phát hằng tuần.',
          evidenceLinks: [`${EVIDENCE}/na-ri/2024/chuyen-muc-dich-vu-cong.html`] },
        { on: '2024-02-07', kind: 'ACCEPT', byKey: 'vhtt-tp' },
      ],
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Current tasks, relative to `today`, in the post-2025 units
// ---------------------------------------------------------------------------------------------

function buildCurrentTasks(today: IsoDate): DemoTask[] {
  const d = (n: number) => addDays(today, n);
  const src = (directiveNumber: number) => ({ documentKey: DOC_CURRENT, directiveNumber });
  const start = d(-30);
  return [
    // Overdue by 3 days
    {
      key: 'now-01-ho-tro-nop-truc-tuyen',
      source: src(1),
      title: 'Hỗ trợ người dân nộp hồ sơ trực tuyến toàn trình tại Trung tâm Phục vụ hành chính công xã',
      description: 'Bố trí công chức hướng dẫn trực tiếp, hỗ trợ tạo tài khoản định danh điện tử cho người chưa có.',
      expectedResult: 'Tỷ lệ hồ sơ nộp trực tuyến đạt từ 80% trở lên.',
      leadUnitCode: U.XA_NARI, coordinatingUnitCodes: [],
      responsibleKey: 'yl-mc', assigneeKeys: ['yl-mc', 'vp-mc1'], createdByKey: 'yl-ct',
      startDate: start, deadline: d(-3), weight: 2,
      events: [
        { on: d(-20), kind: 'REPORT', byKey: 'yl-mc', state: 'IN_PROGRESS', percent: 50, note: 'Đạt khoảng 55% hồ sơ nộp trực tuyến.' },
        { on: d(-8), kind: 'REPORT', byKey: 'vp-mc1', state: 'IN_PROGRESS', percent: 80, note: 'Đạt khoảng 72%, còn vướng ở các thôn xa.' },
      ],
    },
    // Overdue by 10 days
    {
      key: 'now-02-so-hoa-dat-dai',
      source: src(2),
      title: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực đất đai',
      description: 'Quét, ký số và cập nhật kết quả lên kho dữ liệu của người dân ngay khi trả kết quả.',
      expectedResult: '100% kết quả giải quyết lĩnh vực đất đai được số hóa.',
      leadUnitCode: U.XA_NARI, coordinatingUnitCodes: [],
      responsibleKey: 'yl-dc', assigneeKeys: ['yl-dc'], createdByKey: 'yl-ct',
      startDate: start, deadline: d(-10), weight: 1,
      events: [
        { on: d(-15), kind: 'REPORT', byKey: 'yl-dc', state: 'IN_PROGRESS', percent: 40, note: 'Máy quét hay hỏng, tiến độ chậm.' },
      ],
    },
    // Due in 2 days
    {
      key: 'now-03-ho-tich-ton-dong',
      source: src(3),
      title: 'Rà soát, giải quyết hồ sơ hộ tịch, chứng thực còn tồn đọng',
      description: 'Lập danh sách hồ sơ sắp đến hạn, xử lý dứt điểm, không để phát sinh hồ sơ quá hạn.',
      expectedResult: 'Không còn hồ sơ hộ tịch, chứng thực tồn đọng.',
      leadUnitCode: U.XA_NARI, coordinatingUnitCodes: [],
      responsibleKey: 'kl-tp', assigneeKeys: ['kl-tp'], createdByKey: 'yl-ct',
      startDate: start, deadline: d(2), weight: 1,
      events: [
        { on: d(-5), kind: 'REPORT', byKey: 'kl-tp', state: 'IN_PROGRESS', percent: 70, note: 'Còn 4 hồ sơ đang chờ bổ sung giấy tờ.' },
      ],
    },
    // Due in 6 days, not started
    {
      key: 'now-04-ma-qr-thon-ban',
      source: src(1),
      title: 'Niêm yết hướng dẫn nộp hồ sơ trực tuyến và mã QR thanh toán tại các nhà văn hóa thôn',
      description: 'In, niêm yết bảng hướng dẫn và mã QR tại nhà văn hóa các thôn, bản trên địa bàn xã.',
      expectedResult: 'Tất cả nhà văn hóa thôn có bảng hướng dẫn.',
      leadUnitCode: U.XA_NARI, coordinatingUnitCodes: [],
      responsibleKey: 'lt-vh', assigneeKeys: ['lt-vh'], createdByKey: 'yl-ct',
      startDate: start, deadline: d(6), weight: 1,
      events: [],
    },
    // Due in a month
    {
      key: 'now-05-thiet-bi-so-hoa',
      source: src(2),
      title: 'Bổ sung máy quét tài liệu và thiết bị ký số cho Trung tâm Phục vụ hành chính công xã',
      description: 'Lập dự toán, mua sắm và lắp đặt thiết bị phục vụ số hóa hồ sơ.',
      expectedResult: 'Thiết bị được bàn giao và đưa vào sử dụng.',
      leadUnitCode: U.XA_NARI, coordinatingUnitCodes: [],
      responsibleKey: 'kl-ct', assigneeKeys: ['vp-mc1'], createdByKey: 'yl-ct',
      startDate: start, deadline: d(30), weight: 2,
      events: [
        { on: d(-2), kind: 'REPORT', byKey: 'vp-mc1', state: 'IN_PROGRESS', percent: 20, note: 'Đã trình dự toán.' },
      ],
    },
    // No deadline
    {
      key: 'now-06-bao-cao-hang-thang',
      source: src(3),
      title: 'Báo cáo hằng tháng kết quả giải quyết thủ tục hành chính của xã',
      description: 'Tổng hợp số liệu từ Hệ thống thông tin giải quyết thủ tục hành chính, nêu rõ hồ sơ trễ hạn và nguyên nhân.',
      expectedResult: 'Báo cáo gửi Chủ tịch UBND xã trước ngày 05 hằng tháng.',
      leadUnitCode: U.XA_NARI, coordinatingUnitCodes: [],
      responsibleKey: 'yl-mc', assigneeKeys: ['yl-mc'], createdByKey: 'yl-ct',
      startDate: start, deadline: null, weight: 1,
      events: [
        { on: d(-25), kind: 'REPORT', byKey: 'yl-mc', state: 'IN_PROGRESS', percent: 30, note: 'Đã gửi báo cáo tháng trước.' },
      ],
    },
    // Reported done yesterday, waiting for acceptance
    {
      key: 'now-07-tap-huan-truong-thon',
      source: src(1),
      title: 'Tập huấn sử dụng dịch vụ công trực tuyến cho trưởng thôn và tổ công nghệ số cộng đồng',
      description: 'Tổ chức lớp tập huấn thực hành nộp hồ sơ, thanh toán trực tuyến trên điện thoại.',
      expectedResult: 'Trưởng thôn và thành viên tổ công nghệ số cộng đồng tự hướng dẫn được người dân.',
      leadUnitCode: U.XA_NARI, coordinatingUnitCodes: [U.XA_VANLANG],
      responsibleKey: 'lt-vh', assigneeKeys: ['lt-vh', 'yl-mc'], createdByKey: 'yl-ct',
      startDate: start, deadline: d(4), weight: 1,
      events: [
        { on: d(-14), kind: 'REPORT', byKey: 'lt-vh', state: 'IN_PROGRESS', percent: 50, note: 'Đã xây dựng tài liệu, chốt danh sách học viên.' },
        { on: d(-1), kind: 'REPORT', byKey: 'lt-vh', state: 'REPORTED_DONE', percent: 100, note: 'Đã tổ chức tập huấn cho học viên của tất cả các thôn.',
          evidenceLinks: [`${EVIDENCE}/xa-na-ri/tap-huan-dich-vu-cong-truc-tuyen.pdf`] },
      ],
    },
    // Done on time recently
    {
      key: 'now-08-du-lieu-ho-tich-van-lang',
      source: null,
      title: 'Chuẩn hóa dữ liệu hộ tịch điện tử của xã Văn Lang',
      description: 'Đối chiếu sổ hộ tịch giấy với dữ liệu điện tử, sửa các trường thông tin sai lệch.',
      expectedResult: 'Dữ liệu hộ tịch điện tử khớp với sổ gốc.',
      leadUnitCode: U.XA_VANLANG, coordinatingUnitCodes: [],
      responsibleKey: 'cl-tp', assigneeKeys: ['cl-tp'], createdByKey: 'vl-ct',
      startDate: start, deadline: d(-5), weight: 1,
      events: [
        { on: d(-18), kind: 'REPORT', byKey: 'cl-tp', state: 'IN_PROGRESS', percent: 60, note: 'Đã đối chiếu xong các năm gần đây.' },
        { on: d(-7), kind: 'REPORT', byKey: 'cl-tp', state: 'REPORTED_DONE', percent: 100, note: 'Hoàn thành đối chiếu và chỉnh sửa.',
          evidenceLinks: [`${EVIDENCE}/xa-van-lang/bien-ban-doi-chieu-ho-tich.pdf`] },
        { on: d(-6), kind: 'ACCEPT', byKey: 'vl-ct' },
      ],
    },
    // Due in a month, in progress
    {
      key: 'now-09-dat-dai-dung-han-van-lang',
      source: null,
      title: 'Giải quyết đúng hạn 100% hồ sơ đăng ký đất đai tiếp nhận tại xã Văn Lang',
      description: 'Theo dõi tiến độ từng hồ sơ, phối hợp Trung tâm Phục vụ hành chính công xã nhắc hạn.',
      expectedResult: 'Không có hồ sơ đất đai quá hạn trong kỳ.',
      leadUnitCode: U.XA_VANLANG, coordinatingUnitCodes: [],
      responsibleKey: 'vl-dc', assigneeKeys: ['vl-dc', 'vl-mc'], createdByKey: 'vl-ct',
      startDate: start, deadline: d(30), weight: 1,
      events: [
        { on: d(-10), kind: 'REPORT', byKey: 'vl-dc', state: 'IN_PROGRESS', percent: 50, note: 'Tất cả hồ sơ đang trong hạn.' },
      ],
    },
    // Province department, due in three weeks
    {
      key: 'now-10-huong-dan-danh-gia-cong-chuc-xa',
      source: null,
      title: 'Hướng dẫn các xã đánh giá, xếp loại công chức gắn với kết quả thực hiện nhiệm vụ',
      description: 'Hướng dẫn cách lượng hóa số lượng, chất lượng, tiến độ nhiệm vụ theo Nghị định 335/2025/NĐ-CP.',
      expectedResult: 'Văn bản hướng dẫn gửi UBND các xã.',
      leadUnitCode: U.SNV, coordinatingUnitCodes: [U.XA_NARI, U.XA_VANLANG],
      responsibleKey: 'nv-tp', assigneeKeys: ['nv-cv'], createdByKey: 'snv-gd',
      startDate: d(-25), deadline: d(20), weight: 1,
      events: [
        { on: d(-12), kind: 'REPORT', byKey: 'nv-cv', state: 'IN_PROGRESS', percent: 40, note: 'Đã có dự thảo, đang lấy ý kiến các xã.' },
      ],
    },
  ];
}

/**
 * Builds the demo data as seen on `today` (YYYY-MM-DD, Vietnam calendar date).
 * `today` must be on or after 2025-08-10, so that the current plan (issued 40 days before)
 * falls in the post-2025 tree.
 */
export function buildDemoData(today: IsoDate): DemoData {
  parseIso(today);
  if (addDays(today, CURRENT_DOC_OFFSET) < NEW_START) {
    throw new RangeError(`buildDemoData: today (${today}) must be on or after ${addDays(NEW_START, -CURRENT_DOC_OFFSET)}`);
  }
  return {
    units: buildUnits(),
    officials: buildOfficials(),
    documents: buildDocuments(today),
    tasks: [...buildTasks2023(), ...buildCurrentTasks(today)],
  };
}
