import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, buildWorld, CREATE_TASK, REPORT, RETURN, vietnamTime, type World } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Accountability by official, per sub-unit and by month, on a small world whose figures are
 * worked out by hand below (today: 10/12/2026 in Vietnam).
 *
 *  #1 Ấn responsible, due 30/11, reported 25/11, accepted          → done on time
 *  #2 Ấn responsible, due 20/11, reported 28/11, accepted          → done late
 *  #3 Thủy responsible, Ấn assignee, due 31/12, open               → open within deadline (both)
 *  #4 Ấn responsible, due 05/12, reported 01/12, returned, open    → open overdue, returned once
 *  #5 Bình responsible (commune B), due 15/10, open                → open overdue
 *  #6 Ấn responsible, due 15/12, cancelled                         → counts nowhere
 */
let server: TestServer;
let w: World;

const ROWS = `query($f: OfficialAccountabilityFilter!, $s: String, $o: String, $pp: Int) {
  allOfficialAccountabilities(filter: $f, sortField: $s, sortOrder: $o, perPage: $pp) {
    id fullName unitName total doneOnTime doneLate openWithinDeadline openOverdue returned completionRateOfTotal completionRateOfDue }
  _allOfficialAccountabilitiesMeta(filter: $f) { count } }`;

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, actor?: string): Promise<T> {
  const res = await server.gql(query, variables, actor ? { actor } : {});
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set(vietnamTime('2026-11-10'));
  w = await buildWorld(server);
  const task = async (title: string, deadline: string, responsible: string, unit = w.communeA, assignees: string[] = []) =>
    (await ok(CREATE_TASK, { title, leadUnitId: unit, deadline, startDate: '2026-09-01', responsibleOfficialId: responsible, assigneeIds: assignees })).createTask;
  const t1 = await task('Việc 1', '2026-11-30', w.officialA);
  const t2 = await task('Việc 2', '2026-11-20', w.officialA);
  await task('Việc 3', '2026-12-31', w.headA, w.communeA, [w.officialA]);
  const t4 = await task('Việc 4', '2026-12-05', w.officialA);
  await task('Việc 5', '2026-10-15', w.officialB, w.communeB);
  const t6 = await task('Việc 6', '2026-12-15', w.officialA);
  await ok(`mutation($id: ID!, $v: Int!) { updateTask(id: $id, version: $v, state: CANCELLED, changeReason: "Không còn cần") { id } }`, { id: t6.id, v: t6.version });
  server.clock.set(vietnamTime('2026-11-25'));
  await ok(REPORT, { taskId: t1.id, state: 'REPORTED_DONE' }, w.officialA);
  await ok(ACCEPT, { id: t1.id }, w.headA);
  server.clock.set(vietnamTime('2026-11-28'));
  await ok(REPORT, { taskId: t2.id, state: 'REPORTED_DONE' }, w.officialA);
  await ok(ACCEPT, { id: t2.id }, w.headA);
  server.clock.set(vietnamTime('2026-12-01'));
  await ok(REPORT, { taskId: t4.id, state: 'REPORTED_DONE' }, w.officialA);
  await ok(RETURN, { id: t4.id, reason: 'Chưa đủ hồ sơ' }, w.headA);
  server.clock.set(vietnamTime('2026-12-10'));
});
afterAll(() => server?.stop());

describe('accountability by official', () => {
  it('counts, for each official of the district and its communes, the tasks they answer for and carry out', async () => {
    const d = await ok(ROWS, { f: { unitId: w.district }, s: 'fullName', o: 'ASC' }, w.chairman);
    expect(d._allOfficialAccountabilitiesMeta.count).toBe(4);
    expect(d.allOfficialAccountabilities.map((r: any) => [r.fullName, r.unitName, r.total, r.doneOnTime, r.doneLate, r.openWithinDeadline, r.openOverdue, r.returned, r.completionRateOfTotal, r.completionRateOfDue])).toEqual([
      ['Hoàng Thị Thủy', 'Xã Đồng Ánh', 1, 0, 0, 1, 0, 0, 0, null],
      ['Lý Thị Bình', 'Xã Bản Bó', 1, 0, 0, 0, 1, 0, 0, 0],
      ['Nguyễn Ngọc Chủ', 'UBND huyện Thử Nghiệm', 0, 0, 0, 0, 0, 0, null, null],
      ['Nguyễn Văn Ấn', 'Xã Đồng Ánh', 4, 1, 1, 1, 1, 1, 0.5, 0.6667],
    ]);
  });

  it('sorts and pages, and filters by period (original deadline in December)', async () => {
    const top = await ok(ROWS, { f: { unitId: w.district }, s: 'total', o: 'DESC', pp: 1 }, w.chairman);
    expect(top.allOfficialAccountabilities.map((r: any) => r.fullName)).toEqual(['Nguyễn Văn Ấn']);
    const december = await ok(ROWS, { f: { unitId: w.district, from: '2026-12-01', to: '2026-12-31', ids: [w.officialA] } }, w.chairman);
    expect(december.allOfficialAccountabilities.map((r: any) => [r.total, r.openWithinDeadline, r.openOverdue])).toEqual([[2, 1, 1]]);
    const bad = await server.gql(ROWS, { f: { unitId: w.district }, s: 'salary' }, { actor: w.chairman });
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a head sees the officials of their commune only', async () => {
    const own = await ok(ROWS, { f: { unitId: w.communeA }, s: 'fullName', o: 'ASC' }, w.headA);
    expect(own.allOfficialAccountabilities.map((r: any) => [r.fullName, r.total])).toEqual([['Hoàng Thị Thủy', 1], ['Nguyễn Văn Ấn', 4]]);
    const other = await server.gql(ROWS, { f: { unitId: w.district } }, { actor: w.headA });
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('drill-down by unit and trend by month', () => {
  it('gives the district’s own tasks, then each unit under it with its subtree', async () => {
    const d = await ok(`query($u: ID!) { unitTaskSummaries(unitId: $u) { unitName own total doneOnTime doneLate openWithinDeadline openOverdue returned completionRateOfDue } }`, { u: w.district }, w.chairman);
    expect(d.unitTaskSummaries.map((r: any) => [r.unitName, r.own, r.total, r.doneOnTime, r.doneLate, r.openWithinDeadline, r.openOverdue, r.returned, r.completionRateOfDue])).toEqual([
      ['UBND huyện Thử Nghiệm', true, 0, 0, 0, 0, 0, 0, null],
      ['Phòng Nội vụ', false, 0, 0, 0, 0, 0, 0, null],
      ['Xã Bản Bó', false, 1, 0, 0, 0, 1, 0, 0],
      ['Xã Đồng Ánh', false, 4, 1, 1, 1, 1, 1, 0.6667],
    ]);
  });

  it('counts tasks due and late per month of their deadline, up to the current Vietnam month', async () => {
    const d = await ok(`query($u: ID!) { overdueTrend(unitId: $u, months: 3) { month due doneOnTime doneLate openOverdue late } }`, { u: w.district }, w.chairman);
    expect(d.overdueTrend).toEqual([
      { month: '2026-10', due: 1, doneOnTime: 0, doneLate: 0, openOverdue: 1, late: 1 },
      { month: '2026-11', due: 2, doneOnTime: 1, doneLate: 1, openOverdue: 0, late: 1 },
      { month: '2026-12', due: 2, doneOnTime: 0, doneLate: 0, openOverdue: 1, late: 1 },
    ]);
  });
});
