import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT, buildWorld, vietnamTime, type World } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let w: World;

const CREATE = `mutation($u: ID!, $kind: PeriodKind!, $y: Int!, $n: Int!, $total: Decimal2!, $groups: [GroupScoreInput!], $values: [IndicatorValueInput!], $pub: Boolean, $note: String) {
  createIndicatorResult(unitId: $u, periodKind: $kind, year: $y, periodNumber: $n, total: $total, groupScores: $groups, values: $values, asPublished: $pub, note: $note) {
    id total asPublished inconsistency groupScores { score group { code } } values { rate score indicator { code } } } }`;
const IMPORT = `mutation($f: String!, $c: String!) { importIndicatorResults(fileName: $f, content: $c) { saved rows imported issues { row column message } } }`;
const COUNT = `query($u: ID) { _allIndicatorResultsMeta(filter: { unitId: $u }) { count } }`;

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const count = async (unit: string) => (await server.gql(COUNT, { u: unit })).data._allIndicatorResultsMeta.count;

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set(vietnamTime('2026-11-26'));
  w = await buildWorld(server);
});
afterAll(() => server?.stop());

describe('entering a result', () => {
  it('sums exactly: 12,3 + 18,5 is 30,8', async () => {
    const res = await server.gql(CREATE, { u: w.communeA, kind: 'QUARTER', y: 2024, n: 1, total: '30,8', groups: [{ groupCode: 'CKMB', score: '12,3' }, { groupCode: 'TDGQ', score: 18.5 }] });
    expect(res.errors).toBeUndefined();
    expect(res.data.createIndicatorResult).toMatchObject({ total: '30.80', asPublished: false, inconsistency: null });
    expect(res.data.createIndicatorResult.groupScores.map((g: { score: string }) => g.score).sort()).toEqual(['12.30', '18.50']);
  });

  const refused: Array<[string, Record<string, unknown>, string]> = [
    ['a group above its maximum', { total: '20,5', groups: [{ groupCode: 'TDGQ', score: '20,5' }] }, 'groupScores'],
    ['a negative score', { total: '0', groups: [{ groupCode: 'TDGQ', score: '-1' }] }, 'groupScores'],
    ['a rate above 100%', { total: '0', values: [{ indicatorCode: 'TDGQ.1', rate: '100,5' }] }, 'groupScores'],
    ['an indicator above its maximum', { total: '0', values: [{ indicatorCode: 'CKMB.3', score: '2,5' }] }, 'groupScores'],
    ['an unknown group', { total: '1', groups: [{ groupCode: 'XYZ', score: '1' }] }, 'groupScores'],
    ['a total that is not the sum of the groups', { total: '20', groups: [{ groupCode: 'TDGQ', score: '18' }] }, 'total'],
    ['three decimals', { total: '1,234' }, 'total'],
  ];
  for (const [name, input, field] of refused) {
    it(`refuses ${name}, saving nothing`, async () => {
      const before = await count(w.communeB);
      const res = await server.gql(CREATE, { u: w.communeB, kind: 'MONTH', y: 2024, n: 5, ...input });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await count(w.communeB)).toBe(before);
    });
  }

  it('explains a mismatch with both numbers, in the request\'s language', async () => {
    const vi = await server.gql(CREATE, { u: w.communeB, kind: 'MONTH', y: 2024, n: 6, total: '46,63', groups: [{ groupCode: 'CKMB', score: '12,3' }, { groupCode: 'TDGQ', score: '18,5' }, { groupCode: 'MDHL', score: '18' }, { groupCode: 'MDSH', score: '6,5' }] });
    expect(vi.errors?.[0].message).toContain('46,63');
    expect(vi.errors?.[0].message).toContain('55,30');
    const en = await server.gql(CREATE, { u: w.communeB, kind: 'MONTH', y: 2024, n: 6, total: '46.63', groups: [{ groupCode: 'CKMB', score: '12.3' }] }, { lang: 'en' });
    expect(en.errors?.[0].message).toContain('as published');
  });

  it('keeps an inconsistent result only "as published" with a note, and flags it', async () => {
    const args = { u: w.district, kind: 'FIRST_MONTHS', y: 2023, n: 10, total: '46,63', groups: [{ groupCode: 'CKMB', score: '12,3' }, { groupCode: 'TDGQ', score: '18,5' }, { groupCode: 'MDHL', score: '18' }, { groupCode: 'MDSH', score: '6,5' }], pub: true };
    const noNote = await server.gql(CREATE, args);
    expect(noNote.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const saved = await server.gql(CREATE, { ...args, note: 'Như báo cáo tại cuộc họp 08/11/2023' });
    expect(saved.data.createIndicatorResult).toMatchObject({ total: '46.63', asPublished: true });
    expect(saved.data.createIndicatorResult.inconsistency).toContain('55,30');
    const flagged = await server.gql(`{ allIndicatorResults(filter: { asPublished: true }) { id } }`);
    expect(flagged.data.allIndicatorResults.map((r: { id: string }) => r.id)).toContain(saved.data.createIndicatorResult.id);
  });

  it('allows one result per unit, period and catalogue', async () => {
    const args = { u: w.communeA, kind: 'YEAR', y: 2024, n: 0, total: '10' };
    expect((await server.gql(CREATE, args)).errors).toBeUndefined();
    expect((await server.gql(CREATE, args)).errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('refuses an impossible period', async () => {
    expect((await server.gql(CREATE, { u: w.communeA, kind: 'QUARTER', y: 2024, n: 5, total: '1' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodNumber' });
  });
});

describe('importing a file', () => {
  it('reads CSV separated by ; with decimal commas', async () => {
    const csv = 'ma_don_vi;ky;tong_diem;CKMB;TDGQ;TDGQ.1 %\nD-A;T1/2025;30,8;12,3;18,5;92,5\nD-B;T1/2025;25;10;15;75\n';
    const res = await server.gql(IMPORT, { f: 'ket-qua.csv', c: b64(csv) });
    expect(res.data.importIndicatorResults).toMatchObject({ saved: true, rows: 2, imported: 2, issues: [] });
  });

  it('reads CSV separated by , with quoted decimal commas or decimal points', async () => {
    const csv = 'ma_don_vi,ky,tong_diem,CKMB,TDGQ\nD-A,Q1/2025,"30,8","12,3",18.5\n';
    const res = await server.gql(IMPORT, { f: 'ket-qua.csv', c: b64(csv) });
    expect(res.data.importIndicatorResults).toMatchObject({ saved: true, imported: 1 });
    const check = await server.gql(`query($u: ID) { allIndicatorResults(filter: { unitId: $u, periodKind: QUARTER, year: 2025 }) { total } }`, { u: w.communeA });
    expect(check.data.allIndicatorResults).toEqual([{ total: '30.80' }]);
  });

  it('reads xlsx, and keeps a row marked as published with its note', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('ket_qua');
    sheet.addRow(['ma_don_vi', 'ky', 'tong_diem', 'CKMB', 'TDGQ', 'cong_bo', 'ghi_chu']);
    sheet.addRow(['D-A', '2025', 46.63, 12.3, 18.5, 'x', 'Số liệu công bố']);
    const content = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    const res = await server.gql(IMPORT, { f: 'ket-qua.xlsx', c: content });
    expect(res.data.importIndicatorResults).toMatchObject({ saved: true, imported: 1 });
    const check = await server.gql(`query($u: ID) { allIndicatorResults(filter: { unitId: $u, periodKind: YEAR, year: 2025 }) { total asPublished } }`, { u: w.communeA });
    expect(check.data.allIndicatorResults).toEqual([{ total: '46.63', asPublished: true }]);
  });

  it('offers a template that imports as it is', async () => {
    const t = (await server.gql(`{ indicatorResultTemplate(format: CSV) { fileName base64 } }`)).data.indicatorResultTemplate;
    const text = Buffer.from(t.base64, 'base64').toString('utf8');
    expect(text).toContain('ma_don_vi;ky;tong_diem;CKMB;TDGQ;CLGQ;TTTT;MDHL;MDSH');
    const x = (await server.gql(`{ indicatorResultTemplate(format: XLSX) { fileName base64 } }`)).data.indicatorResultTemplate;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(x.base64, 'base64') as never);
    expect(book.worksheets[0].getRow(1).getCell(1).value).toBe('ma_don_vi');
  });

  it('rejects a 10,000-row file with one bad row whole, naming the row and column', async () => {
    const before = await count(w.district);
    const lines = ['ma_don_vi;ky;tong_diem;TDGQ;TDGQ.1 %'];
    for (let i = 0; i < 10_000; i += 1) {
      const unit = i % 2 === 0 ? 'D-A' : 'D-B';
      const month = 1 + (Math.floor(i / 2) % 12);
      const year = 2030 + Math.floor(i / 24);
      lines.push(`${unit};T${month}/${year};${i === 7_777 ? '25' : '18,5'};18,5;92,5`);
    }
    const res = await server.gql(IMPORT, { f: 'lon.csv', c: b64(`${lines.join('\n')}\n`) });
    expect(res.data.importIndicatorResults).toMatchObject({ saved: false, rows: 10_000, imported: 0 });
    expect(res.data.importIndicatorResults.issues).toEqual([expect.objectContaining({ row: 7_779, column: 'tong_diem' })]);
    expect(await count(w.district)).toBe(before);
  });

  it('imports a good 10,000-row file in one go', async () => {
    const before = await count(w.district);
    const lines = ['ma_don_vi;ky;tong_diem;TDGQ;TDGQ.1 %'];
    for (let i = 0; i < 10_000; i += 1) {
      lines.push(`${i % 2 === 0 ? 'D-A' : 'D-B'};T${1 + (Math.floor(i / 2) % 12)}/${2030 + Math.floor(i / 24)};18,5;18,5;92,5`);
    }
    const res = await server.gql(IMPORT, { f: 'lon.csv', c: b64(`${lines.join('\n')}\n`) });
    expect(res.data.importIndicatorResults).toMatchObject({ saved: true, imported: 10_000 });
    expect(await count(w.district)).toBe(before + 10_000);
  });

  it('reports every problem of a small bad file with row, column and reason', async () => {
    const csv = 'ma_don_vi;ky;tong_diem;TDGQ\nKHONG-CO;T1/2026;1;1\nD-A;T13/2026;1;1\nD-A;T2/2026;abc;1\nD-A;T3/2026;25;25\n';
    const res = (await server.gql(IMPORT, { f: 'xau.csv', c: b64(csv) })).data.importIndicatorResults;
    expect(res.saved).toBe(false);
    expect(res.issues.map((i: { row: number; column: string }) => [i.row, i.column])).toEqual([[2, 'ma_don_vi'], [3, 'ky'], [4, 'tong_diem'], [5, 'TDGQ']]);
    expect(res.issues[0].message).toContain('KHONG-CO');
  });

  it('refuses a file that is not a spreadsheet', async () => {
    const res = (await server.gql(IMPORT, { f: 'anh.xlsx', c: b64('không phải xlsx') })).data.importIndicatorResults;
    expect(res).toMatchObject({ saved: false });
    expect(res.issues[0].message).toMatch(/xlsx/);
  });
});

describe('who answers for an indicator below target', () => {
  let taskId: string;
  beforeAll(async () => {
    await server.gql(CREATE, { u: w.communeA, kind: 'QUARTER', y: 2026, n: 2, total: '15', groups: [{ groupCode: 'TDGQ', score: '15' }], values: [{ indicatorCode: 'TDGQ.1', rate: '75' }, { indicatorCode: 'CLGQ.3', rate: '20' }] });
    await server.gql(CREATE, { u: w.communeA, kind: 'QUARTER', y: 2026, n: 3, total: '17', groups: [{ groupCode: 'TDGQ', score: '17' }], values: [{ indicatorCode: 'TDGQ.1', rate: '85' }, { indicatorCode: 'CLGQ.3', rate: '30' }] });
    const indicator = async (q: string) => (await server.gql(`query($q: String) { allIndicators(filter: { q: $q }) { id code } }`, { q })).data.allIndicators.find((i: { code: string }) => i.code === q).id;
    const task = await server.gql(`mutation($u: ID!, $o: ID!) { createTask(title: "Hướng dẫn nộp hồ sơ trực tuyến", leadUnitId: $u, responsibleOfficialId: $o, assigneeIds: [$o], deadline: "2026-12-31") { id } }`, { u: w.communeA, o: w.officialA });
    taskId = task.data.createTask.id;
    await server.gql(`mutation($t: ID!, $i: ID!) { createTaskIndicatorTarget(taskId: $t, indicatorId: $i, target: "100", baseline: "20") { id } }`, { t: taskId, i: await indicator('CLGQ.3') });
    await server.gql(REPORT, { taskId, state: 'IN_PROGRESS', percentDone: 40, note: 'Đã hướng dẫn 3 thôn' }, { actor: w.officialA });
  });

  const VIEW = `query($u: ID!) { indicatorAccountability(unitId: $u, periodKind: QUARTER, year: 2026, periodNumber: 3) {
    period result { total } previous { total }
    groups { group { code } score max gap change }
    indicators { indicator { code } rate target gap change tasks { task { id title } target baseline responsibleOfficial { fullName } timeliness lastUpdate { note percentDone } } } } }`;

  it('shows each group and indicator with score, maximum, target, gap and change, and the linked tasks', async () => {
    const view = (await server.gql(VIEW, { u: w.communeA })).data.indicatorAccountability;
    expect(view.period).toBe('quý 3/2026');
    expect(view.result.total).toBe('17.00');
    expect(view.previous.total).toBe('15.00');
    expect(view.groups.find((g: any) => g.group.code === 'TDGQ')).toEqual({ group: { code: 'TDGQ' }, score: '17.00', max: '20.00', gap: '3.00', change: '2.00' });
    const online = view.indicators.find((i: any) => i.indicator.code === 'CLGQ.3');
    expect(online).toMatchObject({ rate: '30.00', target: '100.00', gap: '70.00', change: '10.00' });
    expect(online.tasks).toEqual([{
      task: { id: taskId, title: 'Hướng dẫn nộp hồ sơ trực tuyến' }, target: '100.00', baseline: '20.00',
      responsibleOfficial: { fullName: 'Nguyễn Văn Ấn' }, timeliness: 'OPEN_WITHIN_DEADLINE', lastUpdate: { note: 'Đã hướng dẫn 3 thôn', percentDone: 40 },
    }]);
    expect(view.indicators.find((i: any) => i.indicator.code === 'TDGQ.1')).toMatchObject({ rate: '85.00', target: null, gap: null, change: '10.00', tasks: [] });
  });

  it('lists the indicators furthest below target with the officials responsible', async () => {
    const res = await server.gql(`query($u: ID!) { indicatorsBelowTarget(unitId: $u, periodKind: QUARTER, year: 2026, periodNumber: 3) { indicator { code } gap responsibleOfficials { fullName } openTasks } }`, { u: w.communeA });
    expect(res.data.indicatorsBelowTarget).toEqual([{ indicator: { code: 'CLGQ.3' }, gap: '70.00', responsibleOfficials: [{ fullName: 'Nguyễn Văn Ấn' }], openTasks: 1 }]);
  });

  it('ranks the units under one by total and by group', async () => {
    await server.gql(CREATE, { u: w.communeB, kind: 'QUARTER', y: 2026, n: 3, total: '19', groups: [{ groupCode: 'TDGQ', score: '9' }, { groupCode: 'CKMB', score: '10' }] });
    const byTotal = (await server.gql(`query($u: ID!) { indicatorRanking(unitId: $u, periodKind: QUARTER, year: 2026, periodNumber: 3) { rank unit { code } score } }`, { u: w.district })).data.indicatorRanking;
    expect(byTotal).toEqual([{ rank: 1, unit: { code: 'D-B' }, score: '19.00' }, { rank: 2, unit: { code: 'D-A' }, score: '17.00' }]);
    const byGroup = (await server.gql(`query($u: ID!) { indicatorRanking(unitId: $u, periodKind: QUARTER, year: 2026, periodNumber: 3, groupCode: "TDGQ") { rank unit { code } score } }`, { u: w.district })).data.indicatorRanking;
    expect(byGroup.map((l: any) => l.unit.code)).toEqual(['D-A', 'D-B']);
  });

  it('counts, per group and unit under the district, the indicators below target, by each unit’s own tasks', async () => {
    const indicator = async (q: string) => (await server.gql(`query($q: String) { allIndicators(filter: { q: $q }) { id code } }`, { q })).data.allIndicators.find((i: { code: string }) => i.code === q).id;
    const tie = async (leadUnitId: string, code: string, target: string) => {
      const task = await server.gql(`mutation($u: ID!) { createTask(title: "Nâng chỉ số", leadUnitId: $u, deadline: "2026-12-31") { id } }`, { u: leadUnitId });
      await server.gql(`mutation($t: ID!, $i: ID!, $x: Decimal2!) { createTaskIndicatorTarget(taskId: $t, indicatorId: $i, target: $x) { id } }`, { t: task.data.createTask.id, i: await indicator(code), x: target });
    };
    // commune A: TDGQ.1 at 85 % against 80 % is not below; commune B's own CLGQ.3 target of 50 %
    // does not count for commune A, nor for B, which entered no rate for it
    await tie(w.communeA, 'TDGQ.1', '80');
    await tie(w.communeB, 'CLGQ.3', '50');
    const GROUPS = `query($u: ID!, $n: Int!) { indicatorGroupsBelowTarget(unitId: $u, periodKind: QUARTER, year: 2026, periodNumber: $n) { group { code } unit { code } indicators } }`;
    expect((await server.gql(GROUPS, { u: w.district, n: 3 })).data.indicatorGroupsBelowTarget).toEqual([{ group: { code: 'CLGQ' }, unit: { code: 'D-A' }, indicators: 1 }]);
    // the second quarter: CLGQ.3 at 20 % and TDGQ.1 at 75 %, both below their targets (100 %, 80 %)
    expect((await server.gql(GROUPS, { u: w.district, n: 2 })).data.indicatorGroupsBelowTarget).toEqual([
      { group: { code: 'TDGQ' }, unit: { code: 'D-A' }, indicators: 1 },
      { group: { code: 'CLGQ' }, unit: { code: 'D-A' }, indicators: 1 },
    ]);
    expect((await server.gql(GROUPS, { u: w.district, n: 4 })).data.indicatorGroupsBelowTarget).toEqual([]);
  });

  it('does not show a head the tasks of another commune, even on its own indicator view', async () => {
    const token = await server.login('truongxa-a', 'mat-khau-thu-1');
    const other = await server.gql(VIEW, { u: w.communeB }, { token });
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
