import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, vietnamTime, type World } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** A conclusion entered at once: proposals from its text, then document, directives and tasks in one transaction. */
let server: TestServer;
let w: World;

const SPLIT = `query($t: String!) { splitConclusion(text: $t) { number text tasks { title leadUnitId coordinatingUnitIds deadline } } }`;
const CREATE = `mutation($n: String!, $u: ID!, $d: [ConclusionDirectiveInput!]!) {
  createConclusionTasks(number: $n, issuedOn: "2026-11-20", issuingUnitId: $u, title: "Kết luận giao ban tháng 11", directives: $d) { id number kind } }`;

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set(vietnamTime('2026-11-21'));
  w = await buildWorld(server);
});
afterAll(() => server?.stop());

describe('entering a conclusion quickly', () => {
  it('proposes a directive per item of the chairman’s list, with the units it names (typed without diacritics) and its deadline', async () => {
    const text = 'Chủ tịch UBND huyện kết luận và giao: xa Dong Anh hoàn thành số hóa hồ sơ đất đai trước ngày 15/12/2026; Phòng Nội vụ phối hợp với Xã Bản Bó rà soát biên chế; các xã tuyên truyền dịch vụ công trực tuyến.';
    const res = await server.gql(SPLIT, { t: text }, { actor: w.chairman });
    expect(res.errors).toBeUndefined();
    expect(res.data.splitConclusion).toEqual([
      { number: 1, text: 'Xa Dong Anh hoàn thành số hóa hồ sơ đất đai trước ngày 15/12/2026.', tasks: [{ title: 'Xa Dong Anh hoàn thành số hóa hồ sơ đất đai trước ngày 15/12/2026.', leadUnitId: w.communeA, coordinatingUnitIds: [], deadline: '2026-12-15' }] },
      { number: 2, text: 'Phòng Nội vụ phối hợp với Xã Bản Bó rà soát biên chế.', tasks: [{ title: 'Phòng Nội vụ phối hợp với Xã Bản Bó rà soát biên chế.', leadUnitId: w.office, coordinatingUnitIds: [w.communeB], deadline: null }] },
      { number: 3, text: 'Các xã tuyên truyền dịch vụ công trực tuyến.', tasks: [{ title: 'Các xã tuyên truyền dịch vụ công trực tuyến.', leadUnitId: null, coordinatingUnitIds: [], deadline: null }] },
    ]);
    // a head matches only the units of their own scope
    const head = await server.gql(SPLIT, { t: text }, { actor: w.headA });
    expect(head.data.splitConclusion.map((d: any) => d.tasks[0].leadUnitId)).toEqual([w.communeA, null, null]);
  });

  it('creates the document, its directives and their tasks in one transaction, each task with its history', async () => {
    const res = await server.gql(CREATE, {
      n: '12/TB-UBND', u: w.district,
      d: [
        { text: 'Xã Đồng Ánh số hóa hồ sơ đất đai.', tasks: [{ title: 'Số hóa hồ sơ đất đai', leadUnitId: w.communeA, responsibleOfficialId: w.officialA, deadline: '2026-12-15' }] },
        { text: 'Phòng Nội vụ rà soát biên chế.', tasks: [{ title: 'Rà soát biên chế', leadUnitId: w.office, coordinatingUnitIds: [w.communeB] }] },
        { text: 'Các xã tuyên truyền.' },
      ],
    }, { actor: w.chairman });
    expect(res.errors).toBeUndefined();
    expect(res.data.createConclusionTasks).toMatchObject({ number: '12/TB-UBND', kind: 'CONCLUSION' });
    const id = res.data.createConclusionTasks.id;
    const directives = (await server.gql(`query($d: ID) { allDirectives(filter: { documentId: $d }) { number text } }`, { d: id })).data.allDirectives;
    expect(directives).toEqual([
      { number: 1, text: 'Xã Đồng Ánh số hóa hồ sơ đất đai.' }, { number: 2, text: 'Phòng Nội vụ rà soát biên chế.' }, { number: 3, text: 'Các xã tuyên truyền.' },
    ]);
    const tasks = (await server.gql(`query($d: ID) { allTasks(filter: { documentId: $d }, sortField: "id") { id title leadUnitId coordinatingUnitIds responsibleOfficialId deadline directive { number } } }`, { d: id })).data.allTasks;
    expect(tasks.map((t: any) => [t.title, t.leadUnitId, t.coordinatingUnitIds, t.responsibleOfficialId, t.deadline, t.directive.number])).toEqual([
      ['Số hóa hồ sơ đất đai', w.communeA, [], w.officialA, '2026-12-15', 1],
      ['Rà soát biên chế', w.office, [w.communeB], null, null, 2],
    ]);
    const history = (await server.gql(`query($t: ID!) { allTaskEvents(filter: { taskId: $t }) { action } }`, { t: tasks[0].id })).data.allTaskEvents;
    expect(history.map((e: any) => e.action)).toEqual(['CREATED']);
  });

  it('creates nothing when one task is wrong: the error names it', async () => {
    const count = async () => (await server.gql(`{ _allDocumentsMeta { count } _allTasksMeta { count } }`)).data;
    const before = await count();
    const res = await server.gql(CREATE, {
      n: '13/TB-UBND', u: w.district,
      d: [
        { text: 'Xã Đồng Ánh làm việc A.', tasks: [{ title: 'Việc A', leadUnitId: w.communeA }] },
        { text: 'Xã Bản Bó làm việc B.', tasks: [{ title: 'Việc B', leadUnitId: w.communeB, startDate: '2026-12-10', deadline: '2026-12-01' }] },
      ],
    }, { actor: w.chairman });
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toBe('Thời hạn (01/12/2026) không được trước ngày bắt đầu (10/12/2026).');
    expect(await count()).toEqual(before);
    const outside = await server.gql(CREATE, { n: '14/TB-UBND', u: w.district, d: [{ text: 'Việc ngoài phạm vi.', tasks: [{ title: 'Việc C', leadUnitId: server.rootUnitId }] }] }, { actor: w.chairman });
    expect(outside.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await count()).toEqual(before);
  });
});

describe('importing tasks from the .xlsx template', () => {
  const IMPORT = `mutation($c: String!) { importTasks(fileName: "nhiem-vu.xlsx", content: $c) { saved rows imported issues { row column message } } }`;
  async function file(rows: unknown[][]): Promise<string> {
    const template = (await server.gql(`{ taskImportTemplate { base64 } }`, {}, { actor: w.chairman })).data.taskImportTemplate.base64;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(template, 'base64') as never);
    const sheet = book.worksheets[0];
    sheet.spliceRows(2, 1);
    rows.forEach((r) => sheet.addRow(r));
    return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
  }
  const count = async () => (await server.gql(`{ _allTasksMeta { count } }`)).data._allTasksMeta.count;

  it('saves nothing when a row is wrong, and names each error by row and column', async () => {
    const before = await count();
    const res = await server.gql(IMPORT, { c: await file([
      ['Lập danh sách hộ nghèo', 'D-A', 'D-B', w.officialA, '01/12/2026', '31/12/2026', 'Danh sách được duyệt', ''],
      ['Việc lỗi', 'X-99', '', '', '31/02/2026', '', '', ''],
      ['', 'D-B', '', '', '', '15/12/2026', '', ''],
    ]) }, { actor: w.chairman });
    expect(res.errors).toBeUndefined();
    expect(res.data.importTasks).toEqual({
      saved: false, rows: 3, imported: 0, issues: [
        { row: 3, column: 'ma_don_vi_chu_tri', message: 'Không có đơn vị mã "X-99" (hoặc không thuộc phạm vi của bạn).' },
        { row: 3, column: 'ngay_bat_dau', message: 'Ngày bắt đầu không phải ngày hợp lệ: hãy nhập theo dạng dd/MM/yyyy (API: YYYY-MM-DD).' },
        { row: 4, column: 'tieu_de', message: 'Vui lòng nhập tiêu đề.' },
      ],
    });
    expect(await count()).toBe(before);
  });

  it('saves every row of a correct file, dates read as dd/MM/yyyy', async () => {
    const res = await server.gql(IMPORT, { c: await file([
      ['Lập danh sách hộ nghèo', 'D-A', 'D-B', w.officialA, '01/12/2026', '31/12/2026', 'Danh sách được duyệt', ''],
      ['Báo cáo biên chế', 'd-b', '', '', '', '15/12/2026', '', 'Gửi Phòng Nội vụ'],
    ]) }, { actor: w.chairman });
    expect(res.data.importTasks).toEqual({ saved: true, rows: 2, imported: 2, issues: [] });
    const tasks = (await server.gql(`{ allTasks(filter: { q: "danh sach ho ngheo" }) { leadUnitId coordinatingUnitIds responsibleOfficialId startDate deadline expectedResult } }`)).data.allTasks;
    expect(tasks).toEqual([{ leadUnitId: w.communeA, coordinatingUnitIds: [w.communeB], responsibleOfficialId: w.officialA, startDate: '2026-12-01', deadline: '2026-12-31', expectedResult: 'Danh sách được duyệt' }]);
  });
});
