import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, CREATE_TASK, REPORT, vietnamTime, type World } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Alerts are computed by the server on the Vietnam calendar: a task due 08/12 is "due in 3
 * days" from 05/12 00:00 in Hanoi, which is 04/12 17:00 UTC, whatever the server's zone.
 */
let server: TestServer;
let w: World;

const ALERTS = `query($f: AlertFilter) { allAlerts(filter: $f, perPage: 100) { id kind taskId deadline daysLeft read message reason count year } _allAlertsMeta(filter: { unread: true }) { count } }`;

async function alertsOf(actor: string, lang?: string, filter?: Record<string, unknown>) {
  const res = await server.gql(ALERTS, { f: filter ?? null }, { actor, lang });
  expect(res.errors).toBeUndefined();
  return res.data as { allAlerts: Array<{ id: string; kind: string; taskId: string; deadline: string; daysLeft: number; read: boolean; message: string; reason: string | null; count: number | null; year: number | null }>; _allAlertsMeta: { count: number } };
}

async function task(title: string, deadline: string, official = w.officialA, unit = w.communeA): Promise<string> {
  const res = await server.gql(CREATE_TASK, { title, leadUnitId: unit, deadline, startDate: '2026-11-01', responsibleOfficialId: official, assigneeIds: [official] });
  expect(res.errors).toBeUndefined();
  return res.data.createTask.id;
}

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set(vietnamTime('2026-11-20'));
  w = await buildWorld(server);
});
afterAll(() => server?.stop());

describe('deadline alerts at Vietnam midnight', () => {
  let due: string;
  const kindOf = async () => (await alertsOf(w.officialA, 'vi', { kinds: ['DUE_IN_7', 'DUE_IN_3', 'DUE_IN_1', 'OVERDUE'] })).allAlerts.filter((a) => a.taskId === due);

  beforeAll(async () => {
    server.clock.set(vietnamTime('2026-11-20'));
    due = await task('Báo cáo rà soát hộ nghèo', '2026-12-08');
  });

  it('comes 7 days before, at 17:00 UTC the day before in UTC terms', async () => {
    server.clock.set('2026-11-30T16:59:59.000Z'); // 30/11 23:59:59 in Hanoi: 8 days left
    expect(await kindOf()).toEqual([]);
    server.clock.set('2026-11-30T17:00:00.000Z'); // 01/12 00:00 in Hanoi: 7 days left
    const [a] = await kindOf();
    expect([a.kind, a.daysLeft, a.deadline]).toEqual(['DUE_IN_7', 7, '2026-12-08']);
    expect(a.message).toBe('Nhiệm vụ “Báo cáo rà soát hộ nghèo” còn 7 ngày đến hạn (08/12/2026).');
  });

  it('turns into "due in 3 days" at the Vietnam midnight 3 days before', async () => {
    server.clock.set('2026-12-04T16:59:59.000Z');
    expect((await kindOf()).map((a) => [a.kind, a.daysLeft])).toEqual([['DUE_IN_7', 4]]);
    server.clock.set('2026-12-04T17:00:00.000Z');
    expect((await kindOf()).map((a) => [a.kind, a.daysLeft])).toEqual([['DUE_IN_3', 3]]);
  });

  it('turns into "due in 1 day" at the Vietnam midnight 1 day before, and says "today" on the day', async () => {
    server.clock.set('2026-12-06T16:59:59.000Z');
    expect((await kindOf()).map((a) => [a.kind, a.daysLeft])).toEqual([['DUE_IN_3', 2]]);
    server.clock.set('2026-12-06T17:00:00.000Z');
    expect((await kindOf()).map((a) => [a.kind, a.daysLeft])).toEqual([['DUE_IN_1', 1]]);
    server.clock.set('2026-12-08T16:59:59.000Z');
    const [today] = await kindOf();
    expect([today.kind, today.daysLeft, today.message]).toEqual(['DUE_IN_1', 0, 'Nhiệm vụ “Báo cáo rà soát hộ nghèo” đến hạn hôm nay (08/12/2026).']);
  });

  it('is overdue from the Vietnam midnight after the deadline, in the reader’s language', async () => {
    server.clock.set('2026-12-08T17:00:00.000Z');
    const [a] = await kindOf();
    expect([a.kind, a.daysLeft]).toEqual(['OVERDUE', -1]);
    expect(a.message).toBe('Nhiệm vụ “Báo cáo rà soát hộ nghèo” đã quá hạn 1 ngày (hạn 08/12/2026).');
    const en = (await alertsOf(w.officialA, 'en', { kinds: ['OVERDUE'] })).allAlerts.find((x) => x.taskId === due)!;
    expect(en.message).toBe('“Báo cáo rà soát hộ nghèo” is 1 day(s) overdue (deadline 8 Dec 2026).');
  });

  it('stops once the task is reported done, and is nobody else’s alert', async () => {
    expect((await alertsOf(w.officialB)).allAlerts.filter((a) => a.taskId === due)).toEqual([]);
    const res = await server.gql(REPORT, { taskId: due, state: 'REPORTED_DONE' }, { actor: w.officialA });
    expect(res.errors).toBeUndefined();
    expect(await kindOf()).toEqual([]);
  });
});

describe('read state per account', () => {
  it('a read "due in 7 days" stays read; "due in 3 days" comes up unread; another account is unaffected', async () => {
    server.clock.set(vietnamTime('2026-12-10'));
    const id = await task('Tổng kết phong trào thi đua', '2026-12-17', w.officialB, w.communeB);
    const before = await alertsOf(w.officialB);
    const seven = before.allAlerts.find((a) => a.taskId === id)!;
    expect([seven.kind, seven.read]).toEqual(['DUE_IN_7', false]);
    const marked = await server.gql(`mutation($ids: [ID!]!) { markAlertsRead(ids: $ids) }`, { ids: [seven.id, 'DUE_IN_7:t999999:2026-12-17'] }, { actor: w.officialB });
    expect(marked.data.markAlertsRead).toBe(1);
    const after = await alertsOf(w.officialB);
    expect(after.allAlerts.find((a) => a.taskId === id)!.read).toBe(true);
    expect(after._allAlertsMeta.count).toBe(before._allAlertsMeta.count - 1);
    // ra-data-graphql-simple's meta query carries the list's paging and sort: accepted, and the count is of every unread alert
    const paged = await server.gql(`{ _allAlertsMeta(filter: { unread: true }, page: 3, perPage: 1, sortField: "at", sortOrder: "DESC") { count } }`, {}, { actor: w.officialB });
    expect(paged.errors).toBeUndefined();
    expect(paged.data._allAlertsMeta.count).toBe(after._allAlertsMeta.count);
    // marking again marks nothing new
    expect((await server.gql(`mutation($ids: [ID!]!) { markAlertsRead(ids: $ids) }`, { ids: [seven.id] }, { actor: w.officialB })).data.markAlertsRead).toBe(0);
    server.clock.set(vietnamTime('2026-12-14'));
    const three = (await alertsOf(w.officialB)).allAlerts.find((a) => a.taskId === id)!;
    expect([three.kind, three.read]).toEqual(['DUE_IN_3', false]);
    const all = await server.gql(`mutation { markAllAlertsRead }`, {}, { actor: w.officialB });
    expect(all.data.markAllAlertsRead).toBeGreaterThanOrEqual(1);
    expect((await alertsOf(w.officialB))._allAlertsMeta.count).toBe(0);
  });
});

describe('alerts from what others did', () => {
  it('assigned, returned with its reason, accepted: for the official, not for the one who acted', async () => {
    server.clock.set(vietnamTime('2026-12-15'));
    const id = await task('Cập nhật cơ sở dữ liệu đất đai', '2027-03-31');
    const assigned = (await alertsOf(w.officialA, 'vi', { kinds: ['ASSIGNED'] })).allAlerts.filter((a) => a.taskId === id);
    expect(assigned.map((a) => a.message)).toEqual(['Bạn được giao nhiệm vụ “Cập nhật cơ sở dữ liệu đất đai”.']);
    await server.gql(REPORT, { taskId: id, state: 'REPORTED_DONE' }, { actor: w.officialA });
    const ret = await server.gql(`mutation($id: ID!) { returnTask(id: $id, reason: "Thiếu biên bản nghiệm thu") { id } }`, { id }, { actor: w.headA });
    expect(ret.errors).toBeUndefined();
    const returned = (await alertsOf(w.officialA, 'vi', { kinds: ['RETURNED'] })).allAlerts.filter((a) => a.taskId === id);
    expect(returned.map((a) => [a.reason, a.message])).toEqual([['Thiếu biên bản nghiệm thu', 'Nhiệm vụ “Cập nhật cơ sở dữ liệu đất đai” bị trả lại: Thiếu biên bản nghiệm thu']]);
    await server.gql(REPORT, { taskId: id, state: 'REPORTED_DONE' }, { actor: w.officialA });
    await server.gql(`mutation($id: ID!) { acceptTask(id: $id) { id } }`, { id }, { actor: w.headA });
    const mine = (await alertsOf(w.officialA)).allAlerts.filter((a) => a.taskId === id).map((a) => a.kind).sort();
    expect(mine).toEqual(['ACCEPTED', 'ASSIGNED', 'RETURNED']);
    // the head acted: nothing of it comes back to the head
    expect((await alertsOf(w.headA)).allAlerts.filter((a) => a.taskId === id)).toEqual([]);
    // thirty-one days later the events are gone from the list
    server.clock.set(vietnamTime('2027-01-20'));
    expect((await alertsOf(w.officialA)).allAlerts.filter((a) => a.taskId === id)).toEqual([]);
  });

  it('an evaluation step waiting: the official’s self-assessment, then the head’s proposal', async () => {
    server.clock.set(vietnamTime('2026-12-02'));
    const cycle = await server.gql(`mutation($u: ID!) { createEvaluationCycle(year: 2026, unitId: $u, opensOn: "2026-12-01", closesOn: "2026-12-20") { id } }`, { u: w.communeA });
    expect(cycle.errors).toBeUndefined();
    const own = (await alertsOf(w.officialA, 'vi', { kinds: ['EVALUATION_SELF_ASSESS'] })).allAlerts;
    expect(own.map((a) => [a.year, a.message])).toEqual([[2026, 'Phiếu đánh giá năm 2026 đang chờ bạn tự đánh giá.']]);
    expect((await alertsOf(w.headA, 'vi', { kinds: ['EVALUATION_PROPOSE'] })).allAlerts).toEqual([]);
    const ev = (await server.gql(`query($o: ID) { allEvaluations(filter: { officialId: $o }) { id } }`, { o: w.officialA })).data.allEvaluations[0].id;
    const self = await server.gql(`mutation($id: ID!) { selfAssessEvaluation(id: $id, text: "Hoàn thành các nhiệm vụ được giao") { id } }`, { id: ev }, { actor: w.officialA });
    expect(self.errors).toBeUndefined();
    expect((await alertsOf(w.officialA, 'vi', { kinds: ['EVALUATION_SELF_ASSESS'] })).allAlerts).toEqual([]);
    const propose = (await alertsOf(w.headA, 'vi', { kinds: ['EVALUATION_PROPOSE'] })).allAlerts;
    expect(propose.map((a) => [a.count, a.message])).toEqual([[1, '1 phiếu đánh giá năm 2026 chờ bạn đề xuất xếp loại.']]);
  });
});
