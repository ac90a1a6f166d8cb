import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, buildWorld, CREATE_TASK, REPORT, vietnamTime, type World } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Reports in the offices' layouts, opened and read cell by cell. Today is 10/12/2026 (Vietnam):
 *  "Nộp báo cáo tháng 11"   commune A, Ấn, due 30/11, reported 25/11 and accepted → done on time
 *  "Kiểm tra hồ sơ đất"      commune A, Ấn with Bình assisting, due 05/12, open  → overdue 5 days
 *  "Tổng kết năm"            commune B, Bình, due 20/12, open                   → within deadline
 * The first two come from directive 1 of conclusion 45/TB-UBND; directive 2 has no task yet.
 */
let server: TestServer;
let w: World;
let documentId: string;

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, actor?: string): Promise<T> {
  const res = await server.gql(query, variables, actor ? { actor } : {});
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

async function sheetOf(base64: string): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as never);
  return book.worksheets[0];
}

const rowValues = (sheet: ExcelJS.Worksheet, r: number, width: number) =>
  Array.from({ length: width }, (_, i) => sheet.getCell(r, i + 1).value ?? null);

/** The paragraphs before the table, and the table's rows of cell texts. */
async function docxOf(base64: string): Promise<{ lines: string[]; table: string[][] }> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = (fragment: string) => [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const [before] = xml.split('<w:tbl>');
  const lines = [...before.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => text(m[0])).filter(Boolean);
  const table = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) => [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => text(tc[0])));
  return { lines, table };
}

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set(vietnamTime('2026-11-10'));
  w = await buildWorld(server);
  const doc = await ok(`mutation($u: ID!) { createDocument(kind: CONCLUSION, number: "45/TB-UBND", issuedOn: "2026-11-08", issuingUnitId: $u, title: "Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tháng 11") { id } }`, { u: w.district });
  documentId = doc.createDocument.id;
  const d1 = (await ok(`mutation($d: ID!) { createDirective(documentId: $d, number: 1, text: "Các xã hoàn thành hồ sơ đất đai trong tháng 11") { id } }`, { d: documentId })).createDirective.id;
  await ok(`mutation($d: ID!) { createDirective(documentId: $d, number: 2, text: "Phòng Nội vụ rà soát biên chế") { id } }`, { d: documentId });
  const task = async (title: string, deadline: string, unit: string, responsible: string, assignees: string[] = [], directiveId?: string) =>
    (await ok(CREATE_TASK, { title, leadUnitId: unit, deadline, startDate: '2026-11-01', responsibleOfficialId: responsible, assigneeIds: assignees, directiveId })).createTask;
  const t1 = await task('Nộp báo cáo tháng 11', '2026-11-30', w.communeA, w.officialA, [], d1);
  await task('Kiểm tra hồ sơ đất', '2026-12-05', w.communeA, w.officialA, [w.officialB], d1);
  await task('Tổng kết năm', '2026-12-20', w.communeB, w.officialB);
  server.clock.set(vietnamTime('2026-11-25'));
  await ok(REPORT, { taskId: t1.id, state: 'REPORTED_DONE' }, w.officialA);
  await ok(ACCEPT, { id: t1.id }, w.headA);
  server.clock.set(vietnamTime('2026-12-10'));
});
afterAll(() => server?.stop());

describe('the task report by unit', () => {
  it('as .xlsx: agency, title, period and date lines, then STT, unit, counts and both rates, with a total row', async () => {
    const d = await ok(`query($u: ID!) { taskReport(unitId: $u, format: XLSX) { fileName mimeType base64 } }`, { u: w.district }, w.chairman);
    expect(d.taskReport.fileName).toBe('bao-cao-nhiem-vu-2026-12-10.xlsx');
    const sheet = await sheetOf(d.taskReport.base64);
    expect([1, 2, 3, 4].map((r) => sheet.getCell(r, 1).value)).toEqual([
      'UBND HUYỆN THỬ NGHIỆM', 'BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THEO ĐƠN VỊ', 'Tính đến ngày 10/12/2026', 'Ngày 10 tháng 12 năm 2026',
    ]);
    expect(rowValues(sheet, 6, 9)).toEqual(['STT', 'Đơn vị', 'Tổng số nhiệm vụ', 'Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Đang thực hiện trong hạn', 'Quá hạn chưa hoàn thành', 'Tỷ lệ hoàn thành/tổng số', 'Tỷ lệ hoàn thành/đến hạn']);
    expect([7, 8, 9, 10, 11].map((r) => rowValues(sheet, r, 9))).toEqual([
      [1, 'UBND huyện Thử Nghiệm (trực tiếp chủ trì)', 0, 0, 0, 0, 0, null, null],
      [2, 'Phòng Nội vụ', 0, 0, 0, 0, 0, null, null],
      [3, 'Xã Bản Bó', 1, 0, 0, 1, 0, 0, null],
      [4, 'Xã Đồng Ánh', 2, 1, 0, 0, 1, 0.5, 0.5],
      ['', 'Tổng cộng', 3, 1, 0, 1, 1, 0.3333, 0.5],
    ]);
    expect(sheet.getCell(10, 8).numFmt).toBe('0.00%');
  });

  it('as .docx, in English when the reader asks for it, for a period', async () => {
    const res = await server.gql(`query($u: ID!) { taskReport(unitId: $u, format: DOCX, from: "2026-12-01", to: "2026-12-31") { fileName base64 } }`, { u: w.communeA }, { actor: w.headA, lang: 'en' });
    expect(res.errors).toBeUndefined();
    const { lines, table } = await docxOf(res.data.taskReport.base64);
    expect(lines).toEqual(['XÃ ĐỒNG ÁNH', '10 December 2026', 'TASK REPORT BY UNIT', 'From 1 Dec 2026 to 31 Dec 2026']);
    expect(table).toEqual([
      ['No.', 'Unit', 'Total tasks', 'Done on time', 'Done late', 'Open, within deadline', 'Open, overdue', 'Completion rate of total', 'Completion rate of due'],
      ['1', 'Xã Đồng Ánh (led directly)', '1', '0', '0', '0', '1', '0.00%', '0.00%'],
      ['', 'Total', '1', '0', '0', '0', '1', '0.00%', '0.00%'],
    ]);
  });
});

describe('the list of overdue tasks', () => {
  it('names the responsible official and the assignees, the deadline dd/MM/yyyy and the days overdue', async () => {
    const d = await ok(`query($u: ID!) { overdueTaskReport(unitId: $u, format: XLSX) { base64 } }`, { u: w.district }, w.chairman);
    const sheet = await sheetOf(d.overdueTaskReport.base64);
    expect(sheet.getCell(2, 1).value).toBe('DANH SÁCH NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH');
    expect(rowValues(sheet, 6, 7)).toEqual(['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Cán bộ chịu trách nhiệm', 'Người thực hiện', 'Thời hạn', 'Số ngày quá hạn']);
    expect(rowValues(sheet, 7, 7)).toEqual([1, 'Kiểm tra hồ sơ đất', 'Xã Đồng Ánh', 'Nguyễn Văn Ấn', 'Lý Thị Bình', '05/12/2026', 5]);
    expect(sheet.getCell(8, 1).value).toBeNull();
  });
});

describe('the follow-up report of a conclusion', () => {
  it('lists each directive with its tasks, their state and result, and a directive without a task', async () => {
    const d = await ok(`query($id: ID!) { conclusionReport(documentId: $id, format: DOCX) { fileName base64 } }`, { id: documentId }, w.chairman);
    expect(d.conclusionReport.fileName).toBe('theo-doi-ket-luan-2026-12-10.docx');
    const { lines, table } = await docxOf(d.conclusionReport.base64);
    expect(lines).toEqual(['UBND HUYỆN THỬ NGHIỆM', 'Ngày 10 tháng 12 năm 2026', 'BÁO CÁO THEO DÕI THỰC HIỆN 45/TB-UBND', 'Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tháng 11 (08/11/2026)']);
    expect(table).toEqual([
      ['STT', 'Nội dung chỉ đạo', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái', 'Kết quả'],
      ['1', 'Các xã hoàn thành hồ sơ đất đai trong tháng 11', 'Nộp báo cáo tháng 11', 'Xã Đồng Ánh', '30/11/2026', 'Hoàn thành', 'Hoàn thành đúng hạn (25/11/2026)'],
      ['1', 'Các xã hoàn thành hồ sơ đất đai trong tháng 11', 'Kiểm tra hồ sơ đất', 'Xã Đồng Ánh', '05/12/2026', 'Chưa bắt đầu', 'Quá hạn chưa hoàn thành'],
      ['2', 'Phòng Nội vụ rà soát biên chế', 'Chưa giao nhiệm vụ', '', '', '', ''],
    ]);
  });
});

describe('the KPI results of a period', () => {
  it('ranks the units under one by total, each group against its maximum', async () => {
    const result = (u: string, total: string, tdgq: string) => ok(`mutation($u: ID!, $t: Decimal2!, $s: Decimal2!) {
      createIndicatorResult(unitId: $u, periodKind: FIRST_MONTHS, year: 2026, periodNumber: 10, total: $t, groupScores: [{ groupCode: "TDGQ", score: $s }]) { id } }`, { u, t: total, s: tdgq });
    await result(w.communeA, '12.5', '12.5');
    await result(w.communeB, '15.25', '15.25');
    const d = await ok(`query($u: ID!) { kpiReport(unitId: $u, periodKind: FIRST_MONTHS, year: 2026, periodNumber: 10, format: XLSX) { fileName base64 } }`, { u: w.district }, w.chairman);
    expect(d.kpiReport.fileName).toBe('ket-qua-chi-so-2026-12-10.xlsx');
    const sheet = await sheetOf(d.kpiReport.base64);
    expect([1, 2, 3, 4].map((r) => sheet.getCell(r, 1).value)).toEqual([
      'UBND HUYỆN THỬ NGHIỆM', 'KẾT QUẢ BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP', 'Kỳ đánh giá: 10 tháng đầu năm 2026', 'Ngày 10 tháng 12 năm 2026',
    ]);
    expect(rowValues(sheet, 6, 9)).toEqual(['Xếp hạng', 'Đơn vị', 'Tổng điểm', 'CKMB (tối đa 18)', 'TDGQ (tối đa 20)', 'CLGQ (tối đa 12)', 'TTTT (tối đa 10)', 'MDHL (tối đa 18)', 'MDSH (tối đa 22)']);
    expect(rowValues(sheet, 7, 9)).toEqual([1, 'Xã Bản Bó', 15.25, null, 15.25, null, null, null, null]);
    expect(rowValues(sheet, 8, 9)).toEqual([2, 'Xã Đồng Ánh', 12.5, null, 12.5, null, null, null, null]);
  });
});
