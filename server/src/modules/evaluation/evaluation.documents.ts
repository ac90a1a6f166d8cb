import {
  AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ISectionOptions,
} from 'docx';
import { levelLabel } from '../../i18n/rating.js';
import type { Evaluation, EvaluationCycle } from './evaluation.entity.js';

/**
 * Official documents as an office files them, laid out as Decree 30/2020/NĐ-CP (công tác văn thư)
 * prescribes for administrative documents: the issuing agency under its parent (left) and the
 * national motto (right); the number and symbol; the place and date; the title; the body in Times
 * New Roman 14; the signers' positions and names; the recipients.
 *
 * The place in the date line is the agency's locality, read from its name ("Xã Đồng Ánh" → "Đồng
 * Ánh"): units carry no separate place name.
 */
export interface Agency {
  name: string;
  parentName: string | null;
}

export interface FormPerson {
  fullName: string;
  unitName: string;
  explanation: string;
  headName: string | null;
}

const FONT = 'Times New Roman';
/** half-points: 14 pt body, 13 pt tables (Decree 30/2020, Annex I: 13–14) */
const BODY = 28;
const SMALL = 26;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) => new TextRun({ text, font: FONT, size: o.size ?? BODY, bold: o.bold, italics: o.italics });
const para = (children: TextRun[] | string, o: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number } = {}) =>
  new Paragraph({ children: typeof children === 'string' ? [run(children)] : children, alignment: o.align ?? AlignmentType.JUSTIFIED, spacing: { after: o.after ?? 80 } });
const centred = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) => para([run(text, o)], { align: AlignmentType.CENTER, after: 0 });

/** "Xã Đồng Ánh" → "Đồng Ánh"; "UBND huyện Na Rì" → "Na Rì". */
export function placeOf(agencyName: string): string {
  return agencyName.replace(/^(UBND|Ủy ban nhân dân)\s+/i, '').replace(/^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+/i, '').trim();
}

/** "Đồng Ánh, ngày 08 tháng 12 năm 2026" (Decree 30: day and month under 10 with a leading zero). */
export function dateLine(place: string, day: string): string {
  const [y, m, d] = day.split('-');
  return `${place}, ngày ${d} tháng ${m} năm ${y}`;
}

/** The heading block: agency under its parent, number; the national motto, the place and date. */
function heading(agency: Agency, number: string, day: string): Table {
  const cell = (children: Paragraph[], width: number) => new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE } });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({
      children: [
        cell([
          ...(agency.parentName ? [centred(agency.parentName.toUpperCase(), { size: SMALL })] : []),
          centred(agency.name.toUpperCase(), { bold: true, size: SMALL }),
          centred('―――――', { size: SMALL }),
          centred(`Số: ${number}`, { size: SMALL }),
        ], 40),
        cell([
          centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: SMALL }),
          centred('Độc lập - Tự do - Hạnh phúc', { bold: true }),
          centred('―――――――――――――', { size: SMALL }),
          centred(dateLine(placeOf(agency.name), day), { italics: true }),
        ], 60),
      ],
    })],
  });
}

/** Two signers side by side: position in capitals, "(Ký, ghi rõ họ tên)", space, the name. */
function signatures(left: { position: string; name: string | null }, right: { position: string; name: string | null }): Table {
  const block = (s: { position: string; name: string | null }) => new TableCell({
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, width: { size: 50, type: WidthType.PERCENTAGE },
    children: [centred(s.position.toUpperCase(), { bold: true }), centred('(Ký, ghi rõ họ tên)', { italics: true }), centred(''), centred(''), centred(''), centred(s.name ?? '', { bold: true })],
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: [new TableRow({ children: [block(left), block(right)] })] });
}

function grid(rows: string[][], header = true): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map((r, i) => new TableRow({
      children: r.map((text) => new TableCell({ children: [para([run(text, { size: SMALL, bold: header && i === 0 })], { after: 0 })] })),
    })),
  });
}

const CATEGORY: Record<string, string> = { CAN_BO: 'CÁN BỘ', CONG_CHUC: 'CÔNG CHỨC', VIEN_CHUC: 'VIÊN CHỨC' };
const points = (n: number | null) => (n === null ? '' : `${Math.floor(n / 100)},${String(n % 100).padStart(2, '0')}`);

function documentOf(children: ISectionOptions['children']): Promise<Buffer> {
  const doc = new Document({
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    // Decree 30/2020, Annex I: margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (A4)
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } }, children }],
  });
  return Packer.toBuffer(doc);
}

/**
 * The self-assessment and rating form of one person (Phiếu đánh giá, xếp loại chất lượng), by
 * category; under Decree 335 with its scoring sheet (general criteria /30, task results /70).
 */
export async function ratingFormDocx(cycle: EvaluationCycle, e: Evaluation, who: FormPerson, agency: Agency, day: string): Promise<Buffer> {
  const is335 = e.rulebookId === 'ND335-2025';
  const task = e.proposedPoints === null ? null : e.proposedPoints - (e.generalPoints ?? 0);
  const children = [
    heading(agency, `....../PĐG-${cycle.year}`, day),
    para(''),
    centred(`PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ${CATEGORY[e.category] ?? ''}`, { bold: true }),
    centred(`Năm ${cycle.year}`, { bold: true }),
    para(''),
    para([run('Họ và tên: ', { bold: true }), run(who.fullName)]),
    para([run('Chức vụ, chức danh: ', { bold: true }), run(e.position)]),
    para([run('Đơn vị công tác: ', { bold: true }), run(who.unitName)]),
    para([run('Căn cứ: ', { bold: true }), run(e.legalBasis ?? '')]),
    para([run('I. KẾT QUẢ TỰ ĐÁNH GIÁ', { bold: true })]),
    para(e.selfAssessment ?? ''),
    para([run('Tự xếp loại: ', { bold: true }), run(e.selfLevel ? levelLabel('vi', e.selfLevel) : '')]),
    ...(is335 ? [
      para([run('II. BẢNG CHẤM ĐIỂM (Nghị định 335/2025/NĐ-CP)', { bold: true })]),
      grid([
        ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm đạt'],
        ['1', 'Tiêu chí chung', '30', points(e.generalPoints)],
        ['2', 'Kết quả thực hiện nhiệm vụ: 70 × (số lượng + chất lượng + tiến độ) / 3', '70', points(task)],
        ['', 'Tổng cộng', '100', points(e.proposedPoints)],
      ]),
    ] : [para([run('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ', { bold: true })])]),
    para(who.explanation),
    para([run('III. Ý KIẾN CỦA THỦ TRƯỞNG ĐƠN VỊ', { bold: true })]),
    para(e.headComment ?? ''),
    para([run('Đề xuất xếp loại: ', { bold: true }), run(e.headLevel ? levelLabel('vi', e.headLevel) : '')]),
    para([run('IV. KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG', { bold: true })]),
    para([run('Xếp loại: ', { bold: true }), run(e.decidedLevel ? levelLabel('vi', e.decidedLevel) : '')]),
    para(e.decisionReason ?? ''),
    para(''),
    signatures({ position: 'Người tự đánh giá', name: who.fullName }, { position: 'Thủ trưởng đơn vị', name: who.headName }),
  ];
  return documentOf(children);
}

/** The notice of results (Thông báo kết quả đánh giá, xếp loại) of a cycle, by level. */
export async function resultsNoticeDocx(cycle: EvaluationCycle, rows: Array<{ fullName: string; position: string; level: string | null }>, agency: Agency, signer: string | null, day: string): Promise<Buffer> {
  const count = (l: string) => rows.filter((r) => r.level === l).length;
  const children = [
    heading(agency, `....../TB-${cycle.year}`, day),
    para(''),
    centred('THÔNG BÁO', { bold: true }),
    centred(`Kết quả đánh giá, xếp loại chất lượng năm ${cycle.year}`, { bold: true }),
    para(''),
    para(`${agency.name} thông báo kết quả đánh giá, xếp loại chất lượng năm ${cycle.year} như sau: hoàn thành xuất sắc nhiệm vụ ${count('OUTSTANDING')}; hoàn thành tốt nhiệm vụ ${count('GOOD')}; hoàn thành nhiệm vụ ${count('COMPLETE')}; không hoàn thành nhiệm vụ ${count('NOT_COMPLETE')}.`),
    grid([['STT', 'Họ và tên', 'Chức vụ', 'Kết quả xếp loại'], ...rows.map((r, i) => [String(i + 1), r.fullName, r.position, r.level ? levelLabel('vi', r.level) : 'Không xếp loại'])]),
    para(''),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS,
      rows: [new TableRow({
        children: [
          new TableCell({ borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, children: [para([run('Nơi nhận:', { bold: true, italics: true, size: 24 })], { after: 0 }), para([run('- Như trên;', { size: 22 })], { after: 0 }), para([run('- Lưu: VT, hồ sơ cán bộ.', { size: 22 })], { after: 0 })] }),
          new TableCell({ borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, children: [centred('THỦ TRƯỞNG CƠ QUAN', { bold: true }), centred(''), centred(''), centred(''), centred(signer ?? '', { bold: true })] }),
        ],
      })],
    }),
  ];
  return documentOf(children);
}

/**
 * The minutes of the collective review meeting (Biên bản họp xét đánh giá, xếp loại): time and
 * place, who chairs and who keeps the minutes (left blank to fill in), each person with the
 * system's proposal, the head's proposal and the level agreed, and the signatures of the chair
 * and the secretary.
 */
export async function reviewMinutesDocx(
  cycle: EvaluationCycle, rows: Array<{ fullName: string; position: string; proposed: string | null; head: string | null; decided: string | null }>,
  agency: Agency, chair: string | null, day: string,
): Promise<Buffer> {
  const lv = (l: string | null) => (l ? levelLabel('vi', l) : '');
  const [y, m, d] = day.split('-');
  const children = [
    heading(agency, `....../BB-${cycle.year}`, day),
    para(''),
    centred('BIÊN BẢN', { bold: true }),
    centred(`Họp xét đánh giá, xếp loại chất lượng năm ${cycle.year}`, { bold: true }),
    para(''),
    para(`Thời gian: ...... giờ ...... ngày ${d} tháng ${m} năm ${y}.`),
    para(`Địa điểm: trụ sở ${agency.name}.`),
    para(`Chủ trì: ${chair ?? '..............................'}. Thư ký: ..............................`),
    para('Thành phần tham dự: ......................................................................'),
    para([run('NỘI DUNG', { bold: true })]),
    para(`Tập thể xem xét bản tự đánh giá, đề xuất của thủ trưởng và kết quả theo dõi nhiệm vụ của từng người; thống nhất mức xếp loại như sau:`),
    grid([
      ['STT', 'Họ và tên', 'Chức vụ', 'Hệ thống đề xuất', 'Thủ trưởng đề xuất', 'Tập thể thống nhất'],
      ...rows.map((r, i) => [String(i + 1), r.fullName, r.position, lv(r.proposed), lv(r.head), lv(r.decided)]),
    ]),
    para(''),
    para('Cuộc họp kết thúc vào hồi ...... giờ ...... cùng ngày; biên bản đã được thông qua trước các thành viên dự họp.'),
    signatures({ position: 'Thư ký', name: null }, { position: 'Chủ trì', name: chair }),
  ];
  return documentOf(children);
}
