import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, CREATE_TASK, REPORT, buildWorld, vietnamTime, type World } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let w: World;

const SUMMARY = `query($unitId: ID!, $sub: Boolean, $from: LocalDate, $to: LocalDate, $basis: DeadlineBasis) {
  taskSummary(unitId: $unitId, includeSubunits: $sub, from: $from, to: $to, deadlineBasis: $basis) {
    total done doneOnTime doneLate doneNoDeadline openWithinDeadline openOverdue openNoDeadline
    completionRateOfTotal completionRateOfDue deadlineBasis asOf } }`;

async function task(title: string, unit: string, deadline: string | null, story: 'open' | 'onTime' | 'late' | 'cancelled') {
  server.clock.set(vietnamTime('2024-03-01'));
  const doer = unit === w.communeB ? w.officialB : w.officialA;
  const t = (await server.gql(CREATE_TASK, { title, leadUnitId: unit, startDate: '2024-03-01', deadline, assigneeIds: [doer] })).data.createTask;
  if (story === 'onTime' || story === 'late') {
    server.clock.set(vietnamTime(story === 'onTime' ? '2024-03-05' : '2024-03-25'));
    await server.gql(REPORT, { taskId: t.id, state: 'REPORTED_DONE' }, { actor: doer });
    await server.gql(ACCEPT, { id: t.id });
  }
  if (story === 'cancelled') await server.gql('mutation($id: ID!) { updateTask(id: $id, version: 1, state: CANCELLED) { id } }', { id: t.id });
  return t;
}

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set(vietnamTime('2024-03-01'));
  w = await buildWorld(server);
  // Commune A: 2 on time, 1 late, 1 overdue, 1 within deadline, 1 cancelled. Commune B: 1 overdue.
  await task('Số hóa hồ sơ một cửa', w.communeA, '2024-03-10', 'onTime');
  await task('Cập nhật thủ tục', w.communeA, '2024-03-10', 'onTime');
  await task('Nâng cấp máy quét', w.communeA, '2024-03-15', 'late');
  await task('Hướng dẫn nộp trực tuyến', w.communeA, '2024-03-20', 'open');
  await task('Kiểm tra hồ sơ tồn', w.communeA, '2024-04-30', 'open');
  await task('Việc đã hủy', w.communeA, '2024-03-10', 'cancelled');
  await task('Đường truyền Đồng Ánh', w.communeB, '2024-03-12', 'open');
  server.clock.set(vietnamTime('2024-04-01'));
});
afterAll(() => server?.stop());

describe('unit task summary', () => {
  it('counts by timeliness and gives both rates, labelled by their basis', async () => {
    const s = (await server.gql(SUMMARY, { unitId: w.communeA, sub: false })).data.taskSummary;
    expect(s).toMatchObject({ total: 5, done: 3, doneOnTime: 2, doneLate: 1, openOverdue: 1, openWithinDeadline: 1, deadlineBasis: 'ORIGINAL', asOf: '2024-04-01' });
    expect(s.completionRateOfTotal).toBeCloseTo(3 / 5, 4);
    expect(s.completionRateOfDue).toBeCloseTo(3 / 4, 4);
  });

  it('includes the units under the chosen one', async () => {
    const s = (await server.gql(SUMMARY, { unitId: w.district })).data.taskSummary;
    expect(s).toMatchObject({ total: 6, openOverdue: 2 });
    const only = (await server.gql(SUMMARY, { unitId: w.district, sub: false })).data.taskSummary;
    expect(only.total).toBe(0);
  });

  it('gives null rates, not 0, over nothing', async () => {
    const s = (await server.gql(SUMMARY, { unitId: w.office })).data.taskSummary;
    expect(s).toMatchObject({ total: 0, completionRateOfTotal: null, completionRateOfDue: null });
  });

  it('restricts to deadlines in a range', async () => {
    const s = (await server.gql(SUMMARY, { unitId: w.communeA, from: '2024-03-01', to: '2024-03-14' })).data.taskSummary;
    expect(s).toMatchObject({ total: 2, doneOnTime: 2 });
    const bad = await server.gql(SUMMARY, { unitId: w.communeA, from: '2024-03-14', to: '2024-03-01' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('counts against the original deadline unless asked for the current one', async () => {
    server.clock.set(vietnamTime('2024-04-01'));
    const t = await task('Gia hạn', w.office, '2024-03-10', 'open');
    await server.gql(`mutation($id: ID!) { updateTask(id: $id, version: 1, deadline: "2024-06-30", deadlineChangeReason: "Chờ thiết bị") { id } }`, { id: t.id });
    server.clock.set(vietnamTime('2024-04-01'));
    const original = (await server.gql(SUMMARY, { unitId: w.office, basis: 'ORIGINAL' })).data.taskSummary;
    const current = (await server.gql(SUMMARY, { unitId: w.office, basis: 'CURRENT' })).data.taskSummary;
    expect(original).toMatchObject({ openOverdue: 1, openWithinDeadline: 0, deadlineBasis: 'ORIGINAL' });
    expect(current).toMatchObject({ openOverdue: 0, openWithinDeadline: 1, deadlineBasis: 'CURRENT' });
  });

  it('refuses an unknown unit', async () => {
    expect((await server.gql(SUMMARY, { unitId: '9999' })).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'unitId' });
  });
});

describe('filters and search', () => {
  const LIST = `query($filter: TaskFilter) { allTasks(filter: $filter, perPage: 100, sortField: "title") { title } }`;
  const titles = async (filter: Record<string, unknown>) =>
    (await server.gql(LIST, { filter })).data.allTasks.map((t: { title: string }) => t.title);

  it('ignores case and Vietnamese diacritics', async () => {
    expect(await titles({ q: 'SO HOA' })).toEqual(['Số hóa hồ sơ một cửa']);
    expect(await titles({ q: 'đường truyền' })).toEqual(['Đường truyền Đồng Ánh']);
    expect(await titles({ q: 'duong truyen dong anh' })).toEqual(['Đường truyền Đồng Ánh']);
  });

  it('finds officials by name without accents', async () => {
    const res = await server.gql(`{ allOfficials(filter: { q: "nguyen" }) { fullName } }`);
    expect(res.data.allOfficials.map((o: { fullName: string }) => o.fullName).sort()).toEqual(['Nguyễn Ngọc Chủ', 'Nguyễn Văn Ấn']);
  });

  it('filters by unit with or without sub-units, by state, by deadline range, by responsible', async () => {
    // seven made above (one cancelled: lists show it, counts do not) plus the extended one in the office
    expect((await titles({ unitId: w.district })).length).toBe(8);
    expect(await titles({ unitId: w.district, includeSubunits: false })).toEqual([]);
    expect(await titles({ unitId: w.communeB })).toEqual(['Đường truyền Đồng Ánh']);
    expect((await titles({ state: 'DONE' })).length).toBe(3);
    expect(await titles({ deadlineFrom: '2024-04-01', deadlineTo: '2024-05-01' })).toEqual(['Kiểm tra hồ sơ tồn']);
    expect(await titles({ timeliness: 'DONE_LATE' })).toEqual(['Nâng cấp máy quét']);
    expect(await titles({ responsibleOfficialId: w.officialB })).toEqual([]);
    expect(await titles({ assigneeId: w.officialB })).toEqual(['Đường truyền Đồng Ánh']);
    expect(await titles({ involvingOfficialId: w.officialB })).toEqual(['Đường truyền Đồng Ánh']);
  });

  it('pages from 0 and caps a page at 1000 rows', async () => {
    const page = async (p: number) => (await server.gql(`{ allTasks(page: ${p}, perPage: 3, sortField: "id") { id } }`)).data.allTasks.map((t: { id: string }) => t.id);
    const [first, second] = [await page(0), await page(1)];
    expect(first).toHaveLength(3);
    expect(second.some((id: string) => first.includes(id))).toBe(false);
    const tooMany = await server.gql(`{ allTasks(perPage: 1001) { id } }`);
    expect(tooMany.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const badSort = await server.gql(`{ allTasks(sortField: "searchText") { id } }`);
    expect(badSort.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
