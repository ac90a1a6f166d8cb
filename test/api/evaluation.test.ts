import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRecording, stopRecording } from '../../server/src/db/query-counter.js';
import { ACCEPT, CREATE_TASK, REPORT, accountFor, buildWorld, vietnamTime, type World } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let w: World;
let cycleId: string;
const extra: string[] = []; // officials of commune B for the quota
let newcomer: string;

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, opts: { token?: string | null; actor?: string } = {}): Promise<T> {
  const res = await server.gql(query, variables, opts);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}
const official = async (name: string, unitId: string, from = '2020-01-01', role = 'MEMBER') => {
  const id = (await ok(`mutation($n: String!) { createOfficial(fullName: $n, category: CONG_CHUC) { id } }`, { n: name })).createOfficial.id;
  await ok(`mutation($o: ID!, $u: ID!, $f: LocalDate!, $r: PostRole!) { createOfficialAssignment(officialId: $o, unitId: $u, position: "Công chức", role: $r, dutyGroup: OTHER, validFrom: $f) { id } }`, { o: id, u: unitId, f: from, r: role });
  return id;
};
const evaluationOf = async (officialId: string) =>
  (await ok(`query($c: ID, $o: ID) { allEvaluations(filter: { cycleId: $c, officialId: $o }) { id state proposedLevel proposalText isLeader version decidedLevel aboveUnitBound notRatedReason monthsWorked } }`, { c: cycleId, o: officialId })).allEvaluations[0];
const PROPOSE = `mutation($id: ID!, $l: RatingLevel!) { proposeRating(id: $id, level: $l, comment: "Đề xuất") { state } }`;
const REVIEW = `mutation($id: ID!) { reviewRating(id: $id, comment: "Đã thẩm định") { state } }`;
const DECIDE = `mutation($id: ID!, $l: RatingLevel!, $r: String, $b: String) { decideRating(id: $id, level: $l, reason: $r, aboveBoundReason: $b) { state decidedLevel aboveUnitBound } }`;
const toReviewed = async (officialId: string, level = 'GOOD') => {
  const ev = await evaluationOf(officialId);
  await ok(PROPOSE, { id: ev.id, l: level });
  await ok(REVIEW, { id: ev.id });
  return ev.id as string;
};

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set(vietnamTime('2024-01-05'));
  w = await buildWorld(server);
  for (let i = 0; i < 25; i += 1) extra.push(await official(`Công Chức Xã Bó ${i + 1}`, w.communeB));
  newcomer = await official('Người Mới Đến', w.communeA, '2024-09-01');
  // officialA's 2024: four tasks done on time, two of them exceeded; one late (20%: still "complete")
  for (const [i, late, exceeded] of [[1, false, true], [2, false, true], [3, false, false], [4, false, false], [5, true, false]] as const) {
    server.clock.set(vietnamTime('2024-02-01'));
    const t = (await server.gql(CREATE_TASK, { title: `Nhiệm vụ 2024 số ${i}`, leadUnitId: w.communeA, startDate: '2024-02-01', deadline: '2024-06-30', responsibleOfficialId: w.officialA, assigneeIds: [w.officialA] })).data.createTask;
    server.clock.set(vietnamTime(late ? '2024-07-10' : '2024-06-01'));
    await server.gql(REPORT, { taskId: t.id, state: 'REPORTED_DONE' }, { actor: w.officialA });
    await server.gql(ACCEPT, { id: t.id, exceeded });
  }
  server.clock.set(vietnamTime('2024-12-01'));
  cycleId = (await ok(`mutation($u: ID!) { createEvaluationCycle(year: 2024, unitId: $u, opensOn: "2024-12-01", closesOn: "2024-12-14") { id } }`, { u: w.district })).createEvaluationCycle.id;
}, 120_000);
afterAll(() => server?.stop());

describe('opening a cycle', () => {
  it('creates an evaluation for every official of the scope, with evidence and a proposal in words', async () => {
    const all = (await ok(`query($c: ID) { _allEvaluationsMeta(filter: { cycleId: $c }) { count } }`, { c: cycleId }))._allEvaluationsMeta.count;
    expect(all).toBe(4 + 25 + 1);
    const a = await evaluationOf(w.officialA);
    expect(a).toMatchObject({ state: 'OPEN', proposedLevel: 'COMPLETE', isLeader: false, monthsWorked: 12 });
    expect(a.proposalText).toContain('Hoàn thành nhiệm vụ');
    expect(a.proposalText).toContain('5 nhiệm vụ');
  });

  it('lists those who worked under 6 months as not rated, with the reason', async () => {
    expect(await evaluationOf(newcomer)).toMatchObject({ state: 'NOT_RATED', proposedLevel: null, monthsWorked: 4 });
    expect((await evaluationOf(newcomer)).notRatedReason).toContain('dưới 6 tháng');
  });

  it('marks heads as leaders, decided by the level above', async () => {
    expect((await evaluationOf(w.headA)).isLeader).toBe(true);
  });

  it('refuses a second cycle for the same unit and year', async () => {
    const res = await server.gql(`mutation($u: ID!) { createEvaluationCycle(year: 2024, unitId: $u, opensOn: "2024-12-01", closesOn: "2024-12-14") { id } }`, { u: w.district });
    expect(res.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('refuses a cycle of the same year over a unit inside or above it: each person is evaluated once a year', async () => {
    for (const u of [w.communeA, server.rootUnitId]) {
      const res = await server.gql(`mutation($u: ID!) { createEvaluationCycle(year: 2024, unitId: $u, opensOn: "2024-12-01", closesOn: "2024-12-14") { id } }`, { u });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'unitId' });
      expect(res.errors?.[0].message).toContain('UBND huyện Thử Nghiệm');
    }
    const count = (await ok(`{ _allEvaluationCyclesMeta(filter: { year: 2024 }) { count } }`))._allEvaluationCyclesMeta.count;
    expect(count).toBe(1);
  });
});

describe('the workflow: self-assessment → proposal → review → decision', () => {
  let id: string;
  beforeAll(async () => {
    id = (await evaluationOf(w.officialA)).id;
  });

  it('the official writes their own self-assessment, nobody else\'s', async () => {
    const own = await server.gql(`mutation($id: ID!) { selfAssessEvaluation(id: $id, text: "Hoàn thành các nhiệm vụ được giao", level: GOOD) { state selfLevel } }`, { id }, { actor: w.officialA });
    expect(own.data.selfAssessEvaluation).toEqual({ state: 'SELF_ASSESSED', selfLevel: 'GOOD' });
    const other = await server.gql(`mutation($id: ID!) { selfAssessEvaluation(id: $id, text: "x") { state } }`, { id: (await evaluationOf(w.officialB)).id }, { actor: w.officialB === w.officialA ? '' : w.officialA });
    expect(other.errors?.[0].extensions.code).toMatch(/FORBIDDEN|NOT_FOUND/);
  });

  it('only a reviewed evaluation can be decided', async () => {
    const early = await server.gql(DECIDE, { id, l: 'GOOD' }, { actor: w.headA });
    expect(early.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('the head proposes, HR reviews, the head decides; every step is recorded', async () => {
    expect((await server.gql(PROPOSE, { id, l: 'COMPLETE' }, { actor: w.headA })).data.proposeRating.state).toBe('PROPOSED');
    expect((await ok(REVIEW, { id })).reviewRating.state).toBe('REVIEWED');
    const decided = await server.gql(DECIDE, { id, l: 'COMPLETE', r: '1 trong 5 nhiệm vụ trễ hạn' }, { actor: w.headA });
    expect(decided.data.decideRating).toEqual({ state: 'DECIDED', decidedLevel: 'COMPLETE', aboveUnitBound: false });
    const steps = (await ok(`query($e: ID) { allEvaluationSteps(filter: { evaluationId: $e }) { action toState level reason } }`, { e: id })).allEvaluationSteps;
    expect(steps.map((s: { action: string }) => s.action)).toEqual(['OPENED', 'SELF_ASSESS', 'PROPOSE', 'REVIEW', 'DECIDE']);
  });

  it('a decided rating is locked; reopening needs a reason and is recorded', async () => {
    expect((await server.gql(PROPOSE, { id, l: 'GOOD' }, { actor: w.headA })).errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await server.gql(`mutation($id: ID!) { reopenRating(id: $id, reason: " ") { state } }`, { id }, { actor: w.headA })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const reopened = await server.gql(`mutation($id: ID!) { reopenRating(id: $id, reason: "Bổ sung minh chứng") { state decidedLevel } }`, { id }, { actor: w.headA });
    expect(reopened.data.reopenRating).toEqual({ state: 'REVIEWED', decidedLevel: null });
    await server.gql(DECIDE, { id, l: 'COMPLETE' }, { actor: w.headA });
  });

  it('nobody decides their own rating, and an official does not decide at all', async () => {
    const self = await server.gql(DECIDE, { id: await toReviewed(w.headA), l: 'GOOD' }, { actor: w.headA });
    expect(self.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const official = await server.gql(DECIDE, { id: (await evaluationOf(w.officialB)).id, l: 'GOOD' }, { actor: w.officialA });
    expect(official.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('HR records what the tasks do not show', () => {
  const FACTS = `mutation($id: ID!, $a: Int, $m: Boolean, $d: Boolean, $g: String, $b: String) { updateEvaluation(id: $id, monthsAbsent: $a, maternityLeave: $m, disciplined: $d, quotaGroup: $g, notCompleteBasis: $b) { state proposedLevel proposalText notRatedReason version quotaGroup } }`;

  it('refuses figures out of range with a sentence that says the range, and changes nothing', async () => {
    const before = await evaluationOf(w.officialB);
    const res = await server.gql(FACTS, { id: before.id, a: 13 });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'monthsAbsent' });
    expect(res.errors?.[0].message).toBe('Số tháng nghỉ phải từ 0 đến 12.');
    const long = await server.gql(FACTS, { id: before.id, g: 'x'.repeat(51) });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quotaGroup' });
    const points = await server.gql(`mutation($id: ID!) { proposeRating(id: $id, level: GOOD, generalPoints: "30.5") { id } }`, { id: before.id });
    // 2024 is rated under Decree 90, which marks no general points at all
    expect(points.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'generalPoints' });
    expect(points.errors?.[0].message).toContain('không chấm điểm tiêu chí chung');
    // a "not complete" case is refused without the decision it rests on
    const bare = await server.gql(FACTS, { id: before.id, d: true });
    expect(bare.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'notCompleteBasis' });
    expect((await evaluationOf(w.officialB)).version).toBe(before.version);
  });

  it('a disciplinary measure makes the proposal "not complete"; 7 months absent leaves the person unrated until corrected', async () => {
    const { id } = await evaluationOf(w.officialB);
    const disciplined = (await ok(FACTS, { id, d: true, b: 'Quyết định 12/QĐ-UBND ngày 03/05/2024: khiển trách' })).updateEvaluation;
    expect(disciplined).toMatchObject({ state: 'OPEN', proposedLevel: 'NOT_COMPLETE' });
    expect(disciplined.proposalText).toContain('kỷ luật');
    const absent = (await ok(FACTS, { id, a: 7 })).updateEvaluation;
    expect(absent).toMatchObject({ state: 'NOT_RATED', proposedLevel: null });
    expect(absent.notRatedReason).toContain('5 tháng');
    const maternity = (await ok(FACTS, { id, m: true })).updateEvaluation;
    expect(maternity).toMatchObject({ state: 'OPEN', proposedLevel: 'NOT_COMPLETE', notRatedReason: null });
    const corrected = (await ok(FACTS, { id, a: 0, m: false, d: false })).updateEvaluation;
    expect(corrected.proposedLevel).not.toBe('NOT_COMPLETE');
    const steps = (await ok(`query($e: ID) { allEvaluationSteps(filter: { evaluationId: $e }) { action actorName } }`, { e: id })).allEvaluationSteps;
    expect(steps.filter((st: { action: string }) => st.action === 'FACTS')).toHaveLength(4);
  });

  it('an HR officer handles colleagues\' evaluations, not their own', async () => {
    // officialB also works for HR: the account may update the newcomer's facts, not officialB's own
    const token = await accountFor(server, 'nhansu-b', w.officialB, 'HR', w.district);
    const FACT = `mutation($id: ID!) { updateEvaluation(id: $id, maternityLeave: false) { id } }`;
    expect((await server.gql(FACT, { id: (await evaluationOf(newcomer)).id }, { token })).errors).toBeUndefined();
    const own = await server.gql(FACT, { id: (await evaluationOf(w.officialB)).id }, { token });
    expect(own.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(own.errors?.[0].message).toContain('của chính mình');
  });

  it('HR brings proposals up to date with work done since the cycle opened; decided ones stay as they were', async () => {
    const { id } = await evaluationOf(w.officialB);
    expect((await evaluationOf(w.officialB)).proposedLevel).toBeNull(); // no task in 2024 yet
    server.clock.set(vietnamTime('2024-11-20'));
    const t = (await ok(CREATE_TASK, { title: 'Rà soát hồ sơ tồn đọng', leadUnitId: w.communeB, startDate: '2024-11-01', deadline: '2024-11-30', responsibleOfficialId: w.officialB, assigneeIds: [w.officialB] })).createTask;
    await ok(`mutation($t: ID!) { createTaskUpdate(taskId: $t, state: REPORTED_DONE) { id } }`, { t: t.id }, { actor: w.officialB });
    await ok(ACCEPT, { id: t.id });
    server.clock.set(vietnamTime('2024-12-01'));
    const decidedBefore = await evaluationOf(w.officialA);
    expect((await evaluationOf(w.officialB)).proposedLevel).toBeNull(); // nothing changes by itself
    await ok(`mutation($id: ID!) { refreshEvaluationCycle(id: $id) { id } }`, { id: cycleId });
    const after = await evaluationOf(w.officialB);
    expect(after.proposedLevel).toBe('GOOD');
    expect(after.proposalText).toContain('1 nhiệm vụ');
    const steps = (await ok(`query($e: ID) { allEvaluationSteps(filter: { evaluationId: $e }) { action level reason } }`, { e: id })).allEvaluationSteps;
    expect(steps.at(-1)).toMatchObject({ action: 'REFRESH', level: 'GOOD' });
    expect(steps.at(-1).reason).toContain('trước đó: chưa có mức');
    expect(await evaluationOf(w.officialA)).toEqual(decidedBefore);
  });

  it('cannot change a decided rating\'s facts', async () => {
    const res = await server.gql(FACTS, { id: (await evaluationOf(w.officialA)).id, d: true });
    expect(res.errors?.[0].extensions.code).toBe('CONFLICT');
  });
});

describe('a head or deputy is bounded by the unit\'s rating', () => {
  it('going above it needs a written reason, is decided by the level above, and is flagged', async () => {
    await ok(`mutation($u: ID!) { confirmUnitRating(unitId: $u, year: 2024, level: COMPLETE) { confirmedLevel } }`, { u: w.communeA });
    const id = (await evaluationOf(w.headA)).id;
    const bare = await server.gql(DECIDE, { id, l: 'GOOD' });
    expect(bare.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'aboveBoundReason' });
    const withReason = await server.gql(DECIDE, { id, l: 'GOOD', b: 'Đơn vị mới sáp nhập, chỉ tiêu giao muộn' });
    expect(withReason.data.decideRating).toEqual({ state: 'DECIDED', decidedLevel: 'GOOD', aboveUnitBound: true });
  });
});

describe('the outstanding quota: floor(20% × rated good) per unit and group', () => {
  it('is checked on a whole batch at once, whatever the order', async () => {
    const ids = [];
    for (const o of extra.slice(0, 5)) ids.push(await toReviewed(o));
    const decisions = ids.map((id, i) => ({ evaluationId: id, level: i === 0 ? 'OUTSTANDING' : 'GOOD' }));
    const tooMany = await server.gql(`mutation($d: [DecisionInput!]!) { decideRatings(decisions: $d) { id } }`, { d: decisions });
    expect(tooMany.errors?.[0].extensions.code).toBe('CONFLICT'); // 1 outstanding, 4 good: floor(0.8) = 0
    expect(tooMany.errors?.[0].message).toMatch(/tối đa 0.*4 người/);
    expect((await evaluationOf(extra[0])).state).toBe('REVIEWED'); // nothing written
    const fine = await server.gql(`mutation($d: [DecisionInput!]!) { decideRatings(decisions: $d) { decidedLevel } }`, { d: decisions.map((d) => ({ ...d, level: 'GOOD' })) });
    expect(fine.data.decideRatings).toHaveLength(5);
  });

  it('holds under 20 parallel decisions trying to break it: exactly one outstanding of 5 good', async () => {
    const ids = [];
    for (const o of extra.slice(5, 25)) ids.push(await toReviewed(o));
    const results = await Promise.all(ids.map((id) => server.gql(DECIDE, { id, l: 'OUTSTANDING' })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions.code === 'CONFLICT')).toHaveLength(19);
    const outstanding = (await server.gql(`query($c: ID) { allEvaluations(filter: { cycleId: $c }, perPage: 100) { decidedLevel } }`, { c: cycleId })).data.allEvaluations
      .filter((e: { decidedLevel: string }) => e.decidedLevel === 'OUTSTANDING');
    expect(outstanding).toHaveLength(1);
  });

  it('refuses a downgrade from good that would break it', async () => {
    const id = (await evaluationOf(extra[1])).id;
    const res = await server.gql(`mutation($id: ID!) { reopenRating(id: $id, reason: "Xem lại") { state } }`, { id });
    expect(res.errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await evaluationOf(extra[1])).decidedLevel).toBe('GOOD');
  });
});

describe('a unit\'s own quota, raised by a recorded decision', () => {
  const SET = `mutation($c: ID!, $u: ID!, $p: Int!, $d: String, $g: Boolean) { setUnitQuota(cycleId: $c, unitId: $u, quotaPercent: $p, quotaDecision: $d, quotaByDutyGroup: $g) { quotaPercent quotaDecision quotaByDutyGroup } }`;
  const quotas = async (unitId: string) => (await ok(`query($c: ID!, $u: ID) { evaluationQuotas(cycleId: $c, unitId: $u) { unitId quotaGroup quotaPercent quotaDecision good outstanding allowed members } }`, { c: cycleId, u: unitId })).evaluationQuotas;

  it('shows, per unit and group, how many are outstanding and how many may be', async () => {
    expect(await quotas(w.communeB)).toEqual([{ unitId: w.communeB, quotaGroup: 'ALL', quotaPercent: 20, quotaDecision: null, good: 5, outstanding: 1, allowed: 1, members: 26 }]);
  });

  it('refuses a ratio above 20 without the decision, or under 20 at all, and changes nothing', async () => {
    const bare = await server.gql(SET, { c: cycleId, u: w.communeB, p: 40 });
    expect(bare.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quotaDecision' });
    const low = await server.gql(SET, { c: cycleId, u: w.communeB, p: 10, d: 'QĐ 1' });
    expect(low.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quotaPercent' });
    expect((await quotas(w.communeB))[0]).toMatchObject({ quotaPercent: 20, allowed: 1 });
  });

  it('allows one unit more outstanding by decision, not its neighbour; lowering it back is refused with the numbers', async () => {
    const set = await ok(SET, { c: cycleId, u: w.communeB, p: 40, d: 'Quyết định 125/QĐ-UBND: đơn vị xuất sắc' });
    expect(set.setUnitQuota).toEqual({ quotaPercent: 40, quotaDecision: 'Quyết định 125/QĐ-UBND: đơn vị xuất sắc', quotaByDutyGroup: false });
    expect((await quotas(w.communeB))[0]).toMatchObject({ quotaPercent: 40, good: 5, outstanding: 1, allowed: 2 });
    expect((await quotas(w.communeA))[0]).toMatchObject({ quotaPercent: 20 });
    // a second outstanding now fits in xã Bản Bó (floor(40% × 5) = 2), a third does not
    const waiting = (await ok(`query($c: ID, $u: ID) { allEvaluations(filter: { cycleId: $c, unitId: $u, state: REVIEWED }, perPage: 100) { id } }`, { c: cycleId, u: w.communeB })).allEvaluations;
    expect((await server.gql(DECIDE, { id: waiting[0].id, l: 'OUTSTANDING' })).data.decideRating.decidedLevel).toBe('OUTSTANDING');
    const third = await server.gql(DECIDE, { id: waiting[1].id, l: 'OUTSTANDING' });
    expect(third.errors?.[0].extensions.code).toBe('CONFLICT');
    const back = await server.gql(SET, { c: cycleId, u: w.communeB, p: 20 });
    expect(back.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(back.errors?.[0].message).toMatch(/2.*tối đa 1.*5 người/);
    expect((await quotas(w.communeB))[0]).toMatchObject({ quotaPercent: 40, outstanding: 2, allowed: 2 });
  });
});

describe('the unit\'s public-service index and duty groups, in a cycle of their own', () => {
  let cycle2025: string;
  let headOffice: string;
  const people: Record<string, string> = {};

  beforeAll(async () => {
    server.clock.set(vietnamTime('2025-01-02'));
    headOffice = (await ok(`mutation { createOfficial(fullName: "Lục Văn Trưởng", category: CONG_CHUC) { id } }`)).createOfficial.id;
    await ok(`mutation($o: ID!, $u: ID!) { createOfficialAssignment(officialId: $o, unitId: $u, position: "Trưởng phòng", role: HEAD, dutyGroup: LEADERSHIP, validFrom: "2024-12-01") { id } }`, { o: headOffice, u: w.office });
    for (const [key, group] of [['dc', 'CADASTRAL'], ['tp', 'JUSTICE']]) {
      people[key] = (await ok(`mutation($n: String!) { createOfficial(fullName: $n, category: CONG_CHUC) { id } }`, { n: `Công Chức Phòng ${key}` })).createOfficial.id;
      await ok(`mutation($o: ID!, $u: ID!, $g: DutyGroup!) { createOfficialAssignment(officialId: $o, unitId: $u, position: "Chuyên viên", role: MEMBER, dutyGroup: $g, validFrom: "2024-12-01") { id } }`, { o: people[key], u: w.office, g: group });
    }
    // progress is reported by the person who did the work, signed in as themselves
    await accountFor(server, 'cc-phong-dc', people.dc, 'OFFICIAL', w.office);
    // the office's 2025: two tasks done on time, both exceeded: outstanding by its targets
    for (const i of [1, 2]) {
      server.clock.set(vietnamTime('2025-02-01'));
      const t = (await server.gql(CREATE_TASK, { title: `Nhiệm vụ phòng 2025 số ${i}`, leadUnitId: w.office, startDate: '2025-02-01', deadline: '2025-06-30', responsibleOfficialId: headOffice, assigneeIds: [people.dc] })).data.createTask;
      server.clock.set(vietnamTime('2025-05-01'));
      await ok(`mutation($t: ID!) { createTaskUpdate(taskId: $t, state: REPORTED_DONE) { id } }`, { t: t.id }, { actor: people.dc });
      await ok(ACCEPT, { id: t.id, exceeded: true });
    }
    await ok(`mutation($u: ID!) { createIndicatorResult(unitId: $u, periodKind: QUARTER, year: 2025, periodNumber: 3, total: "65", groupScores: [{ groupCode: "CKMB", score: "18" }, { groupCode: "TDGQ", score: "20" }, { groupCode: "MDHL", score: "18" }, { groupCode: "TTTT", score: "9" }]) { id } }`, { u: w.office });
    server.clock.set(vietnamTime('2025-12-01'));
    cycle2025 = (await ok(`mutation($u: ID!) { createEvaluationCycle(year: 2025, unitId: $u, opensOn: "2025-12-01", closesOn: "2025-12-14") { id } }`, { u: w.office })).createEvaluationCycle.id;
  }, 60_000);

  const rating = async () => (await ok(`query($u: ID) { allUnitRatings(filter: { unitId: $u, year: 2025 }) { derivedLevel confirmedLevel derivationText evidence } }`, { u: w.office })).allUnitRatings[0];
  const headEvaluation = async () => (await ok(`query($c: ID, $o: ID) { allEvaluations(filter: { cycleId: $c, officialId: $o }) { id proposedLevel unitBound evidence proposalText } }`, { c: cycle2025, o: headOffice })).allEvaluations[0];

  it('caps the unit\'s own rating by its index, says so, and bounds its head', async () => {
    const r = await rating();
    expect(r.derivedLevel).toBe('COMPLETE');
    expect(r.derivationText).toContain('65,00/100');
    expect(r.derivationText).toContain('hạ xuống');
    expect(JSON.parse(r.evidence).kpi).toEqual({ total: 6500, basis: 'QUARTER', periods: 1, asPublished: false });
    const head = await headEvaluation();
    expect(head.unitBound).toBe('COMPLETE');
    expect(head.proposedLevel).toBe('COMPLETE');
    expect(JSON.parse(head.evidence).unit.kpi.total).toBe(6500);
    expect(head.proposalText).toContain('chỉ số phục vụ');
  });

  it('counts a yearly result published later, when the head\'s evaluation is refreshed', async () => {
    await ok(`mutation($u: ID!) { createIndicatorResult(unitId: $u, periodKind: YEAR, year: 2025, periodNumber: 0, total: "92", groupScores: [{ groupCode: "CKMB", score: "18" }, { groupCode: "TDGQ", score: "20" }, { groupCode: "CLGQ", score: "12" }, { groupCode: "TTTT", score: "10" }, { groupCode: "MDHL", score: "18" }, { groupCode: "MDSH", score: "14" }]) { id } }`, { u: w.office });
    await ok(`mutation($id: ID!) { updateEvaluation(id: $id, monthsAbsent: 0) { id } }`, { id: (await headEvaluation()).id });
    expect((await rating()).derivedLevel).toBe('OUTSTANDING');
    expect((await headEvaluation()).unitBound).toBe('OUTSTANDING');
  });

  it('the level above confirms or corrects it, and the bound follows the confirmation', async () => {
    const confirmed = await ok(`mutation($u: ID!) { confirmUnitRating(unitId: $u, year: 2025, level: GOOD) { confirmedLevel confirmedAt } }`, { u: w.office });
    expect(confirmed.confirmUnitRating.confirmedLevel).toBe('GOOD');
    expect(confirmed.confirmUnitRating.confirmedAt).toBeTruthy();
    expect((await headEvaluation()).unitBound).toBe('GOOD');
    // the confirmation is in the tamper-evident log: who confirmed which level
    const logged: Array<{ action: string; payload: string }> = await server.db.dataSource.query(
      "SELECT h.action, h.payload FROM history_log h JOIN unit_rating r ON r.id = h.recordId WHERE h.kind = 'unit_rating' AND r.unitId = ? AND r.year = 2025 ORDER BY h.seq", [Number(w.office)]);
    // made when the cycle opened, recomputed as results came, then confirmed: every version is in the log
    expect(logged[0].action).toBe('CREATED');
    expect(JSON.parse(logged[0].payload).confirmedLevel).toBeNull();
    expect(logged.at(-1)!.action).toBe('UPDATED');
    expect(JSON.parse(logged.at(-1)!.payload)).toMatchObject({ confirmedLevel: 'GOOD', derivedLevel: 'OUTSTANDING' });
    expect(JSON.parse(logged.at(-1)!.payload).confirmedByAccountId).not.toBeNull();
    expect(logged.filter((l) => JSON.parse(l.payload).confirmedLevel !== null)).toHaveLength(1);
    const byHead = await server.gql(`mutation($u: ID!) { confirmUnitRating(unitId: $u, year: 2025, level: OUTSTANDING) { id } }`, { u: w.office }, { actor: w.headA });
    expect(byHead.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('groups a unit\'s quota by duty group when HR says so, and records who regrouped', async () => {
    await ok(`mutation($c: ID!, $u: ID!) { setUnitQuota(cycleId: $c, unitId: $u, quotaPercent: 20, quotaByDutyGroup: true) { id } }`, { c: cycle2025, u: w.office });
    const groups = (await ok(`query($c: ID!) { evaluationQuotas(cycleId: $c) { quotaGroup members } }`, { c: cycle2025 })).evaluationQuotas;
    expect(groups.map((g: { quotaGroup: string }) => g.quotaGroup).sort()).toEqual(['CADASTRAL', 'JUSTICE', 'LEADERSHIP']);
    const ev = (await ok(`query($c: ID, $o: ID) { allEvaluations(filter: { cycleId: $c, officialId: $o }) { id quotaGroup } }`, { c: cycle2025, o: people.dc })).allEvaluations[0];
    expect(ev.quotaGroup).toBe('CADASTRAL');
    const steps = (await ok(`query($e: ID) { allEvaluationSteps(filter: { evaluationId: $e }) { action reason actorName } }`, { e: ev.id })).allEvaluationSteps;
    expect(steps.at(-1)).toEqual({ action: 'REGROUP', reason: 'CADASTRAL', actorName: 'root' });
    const headSteps = (await ok(`query($e: ID) { allEvaluationSteps(filter: { evaluationId: $e }) { action actorName } }`, { e: (await headEvaluation()).id })).allEvaluationSteps;
    expect(headSteps[0]).toEqual({ action: 'OPENED', actorName: 'root' });
  });

  it('publishes once all are decided; then ratings, the unit rating and the quota are locked', async () => {
    const rows = (await ok(`query($c: ID) { allEvaluations(filter: { cycleId: $c }) { id state } }`, { c: cycle2025 })).allEvaluations;
    for (const r of rows) {
      await ok(PROPOSE, { id: r.id, l: 'GOOD' });
      await ok(REVIEW, { id: r.id });
    }
    await ok(`mutation($d: [DecisionInput!]!) { decideRatings(decisions: $d) { id } }`, { d: rows.map((r: { id: string }) => ({ evaluationId: r.id, level: 'GOOD' })) });
    const published = await ok(`mutation($id: ID!) { publishEvaluationCycle(id: $id) { state } }`, { id: cycle2025 });
    expect(published.publishEvaluationCycle.state).toBe('CLOSED');
    const after = (await ok(`query($c: ID) { allEvaluations(filter: { cycleId: $c }) { state } }`, { c: cycle2025 })).allEvaluations;
    expect(new Set(after.map((r: { state: string }) => r.state))).toEqual(new Set(['PUBLISHED']));
    const locked = [
      await server.gql(`mutation($id: ID!) { reopenRating(id: $id, reason: "Xem lại") { id } }`, { id: rows[0].id }),
      await server.gql(`mutation($u: ID!) { confirmUnitRating(unitId: $u, year: 2025, level: OUTSTANDING) { id } }`, { u: w.office }),
      await server.gql(`mutation($c: ID!, $u: ID!) { setUnitQuota(cycleId: $c, unitId: $u, quotaPercent: 20, quotaByDutyGroup: false) { id } }`, { c: cycle2025, u: w.office }),
    ];
    for (const res of locked) expect(res.errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await rating()).confirmedLevel).toBe('GOOD');
  });
});

describe('history across years', () => {
  it('shows an official\'s ratings by year, and flags a công chức "not complete" two years running', async () => {
    const [waiting] = (await ok(`query($c: ID, $u: ID) { allEvaluations(filter: { cycleId: $c, unitId: $u, state: REVIEWED }, perPage: 100) { id official { id } } }`, { c: cycleId, u: w.communeB })).allEvaluations;
    await ok(DECIDE, { id: waiting.id, l: 'NOT_COMPLETE', r: 'Không hoàn thành các nhiệm vụ được giao' });
    server.clock.set(vietnamTime('2025-11-20'));
    await ok(CREATE_TASK, { title: 'Báo cáo tổng kết năm 2025', leadUnitId: w.communeB, startDate: '2025-11-20', deadline: '2025-12-20', responsibleOfficialId: waiting.official.id, assigneeIds: [waiting.official.id] });
    server.clock.set(vietnamTime('2025-12-02'));
    const next = (await ok(`mutation($u: ID!) { createEvaluationCycle(year: 2025, unitId: $u, opensOn: "2025-12-01", closesOn: "2025-12-14") { id } }`, { u: w.communeB })).createEvaluationCycle.id;
    const ev = (await ok(`query($c: ID, $o: ID) { allEvaluations(filter: { cycleId: $c, officialId: $o }) { id secondNotComplete proposedLevel proposalText evidence } }`, { c: next, o: waiting.official.id })).allEvaluations[0];
    expect(ev.secondNotComplete).toBe(false);
    // a task due on 20/12, still open on 02/12, is neither done nor late: it counts nowhere yet
    expect(JSON.parse(ev.evidence).official).toMatchObject({ assigned: 0, notYetDue: 1 });
    expect(ev.proposedLevel).toBeNull();
    expect(ev.proposalText).toContain('chưa có nhiệm vụ nào của năm đã hoàn thành hoặc đến hạn');
    await ok(PROPOSE, { id: ev.id, l: 'NOT_COMPLETE' });
    await ok(REVIEW, { id: ev.id });
    await ok(DECIDE, { id: ev.id, l: 'NOT_COMPLETE' });
    const after = (await ok(`query($id: ID!) { Evaluation(id: $id) { secondNotComplete history { year decidedLevel state } } }`, { id: ev.id })).Evaluation;
    expect(after.secondNotComplete).toBe(true);
    expect(after.history).toEqual([{ year: 2025, decidedLevel: 'NOT_COMPLETE', state: 'DECIDED' }, { year: 2024, decidedLevel: 'NOT_COMPLETE', state: 'DECIDED' }]);
    // a head of another commune sees none of it
    const hidden = await server.gql(`query($id: ID!) { Evaluation(id: $id) { id } }`, { id: ev.id }, { actor: w.headA });
    expect(hidden.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('a category without a rulebook is rated by hand', () => {
  it('is decided only with its legal basis on record', async () => {
    server.clock.set(vietnamTime('2026-01-05'));
    const chairman = (await ok(`mutation { createOfficial(fullName: "Hà Văn Chủ Tịch", category: CAN_BO) { id } }`)).createOfficial.id;
    await ok(`mutation($o: ID!, $u: ID!) { createOfficialAssignment(officialId: $o, unitId: $u, position: "Phó Chủ tịch UBND xã", role: MEMBER, dutyGroup: LEADERSHIP, validFrom: "2025-07-01") { id } }`, { o: chairman, u: w.communeA });
    server.clock.set(vietnamTime('2026-12-01'));
    const cycle = (await ok(`mutation($u: ID!) { createEvaluationCycle(year: 2026, unitId: $u, opensOn: "2026-12-01", closesOn: "2026-12-14") { id } }`, { u: w.communeA })).createEvaluationCycle.id;
    const ev = (await ok(`query($c: ID, $o: ID) { allEvaluations(filter: { cycleId: $c, officialId: $o }) { id rulebookId legalBasis proposedLevel proposalText } }`, { c: cycle, o: chairman })).allEvaluations[0];
    expect(ev).toMatchObject({ rulebookId: null, legalBasis: null, proposedLevel: null });
    expect(ev.proposalText).toContain('xếp loại thủ công');
    await ok(PROPOSE, { id: ev.id, l: 'GOOD' });
    await ok(REVIEW, { id: ev.id });
    const bare = await server.gql(DECIDE, { id: ev.id, l: 'GOOD' });
    expect(bare.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'legalBasis' });
    expect((await ok(`query($id: ID!) { Evaluation(id: $id) { state } }`, { id: ev.id })).Evaluation.state).toBe('REVIEWED');
    const basis = 'Quy định 124-QĐ/TW ngày 04/10/2023 về kiểm điểm, đánh giá, xếp loại chất lượng';
    const decided = await ok(`mutation($id: ID!, $b: String) { decideRating(id: $id, level: GOOD, legalBasis: $b) { state decidedLevel legalBasis } }`, { id: ev.id, b: basis });
    expect(decided.decideRating).toEqual({ state: 'DECIDED', decidedLevel: 'GOOD', legalBasis: basis });
  });
});

describe('the board loads in batches', () => {
  it('costs the same number of statements for 5 rows as for 30, with names, bounds and history', async () => {
    const BOARD = `query($c: ID, $n: Int) { allEvaluations(filter: { cycleId: $c }, perPage: $n) { id proposalText unitBound official { id fullName } unit { id name } history { year decidedLevel } } }`;
    const count = async (n: number) => {
      startRecording();
      const res = await server.gql(BOARD, { c: cycleId, n });
      const statements = stopRecording();
      expect(res.errors).toBeUndefined();
      expect(res.data.allEvaluations).toHaveLength(n);
      return statements.length;
    };
    const few = await count(5);
    expect(await count(30)).toBe(few);
    expect(few).toBeLessThanOrEqual(8);
  });
});

describe('who sees what', () => {
  it('an official sees their own evaluation only', async () => {
    const mine = await server.gql(`query($c: ID) { allEvaluations(filter: { cycleId: $c }) { official { id } } }`, { c: cycleId }, { actor: w.officialA });
    expect(mine.data.allEvaluations).toEqual([{ official: { id: w.officialA } }]);
    const other = await server.gql(`query($id: ID!) { Evaluation(id: $id) { id } }`, { id: (await evaluationOf(w.officialB)).id }, { actor: w.officialA });
    expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('a head sees the evaluations of their unit, not of another commune', async () => {
    const res = await server.gql(`query($c: ID) { allEvaluations(filter: { cycleId: $c }) { official { id } } }`, { c: cycleId }, { actor: w.headA });
    const ids = res.data.allEvaluations.map((e: { official: { id: string } }) => e.official.id);
    expect(ids).toContain(w.officialA);
    expect(ids).not.toContain(w.officialB);
  });
});

describe('exports', () => {
  it('the list of a unit as xlsx, with evidence, proposal and decision', async () => {
    const file = (await ok(`query($c: ID!, $u: ID) { evaluationExport(cycleId: $c, unitId: $u) { fileName base64 } }`, { c: cycleId, u: w.communeA })).evaluationExport;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    const sheet = book.worksheets[0];
    // the fixed report layout: agency, title, unit and period, then STT and the columns
    expect(sheet.getRow(1).getCell(1).value).toBe('UBND HUYỆN THỬ NGHIỆM — XÃ ĐỒNG ÁNH');
    expect(sheet.getRow(2).getCell(1).value).toBe('DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG NĂM 2024');
    expect(sheet.getRow(3).getCell(1).value).toBe('Đơn vị: Xã Đồng Ánh; kỳ đánh giá: năm 2024');
    expect([sheet.getRow(5).getCell(1).value, sheet.getRow(5).getCell(2).value]).toEqual(['STT', 'Họ và tên']);
    const rows = sheet.getRows(6, sheet.rowCount - 5)!.map((r) => r.values as unknown[]);
    const a = rows.find((r) => r[2] === 'Nguyễn Văn Ấn')!;
    expect(a[1]).toBe(rows.indexOf(a) + 1); // STT
    expect(a[5]).toBe(5); // tasks
    expect(a[8]).toBe(1); // late
    expect(a[14]).toBe('Hoàn thành nhiệm vụ');
    expect(a[16]).toBe('Đã quyết định');
    expect(a[18]).toBe(0); // not due yet
    const texts = rows.flatMap((r) => r.filter((v) => typeof v === 'string'));
    expect(texts).toEqual(expect.arrayContaining(['NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ', '(Ký, ghi rõ họ tên)']));
    expect(texts.some((t) => /^Đồng Ánh, ngày \d\d tháng \d\d năm \d{4}$/.test(t as string))).toBe(true);
  });

  it('a print-ready form per official', async () => {
    const html = (await ok(`query($id: ID!) { evaluationForm(id: $id) }`, { id: (await evaluationOf(w.officialA)).id })).evaluationForm;
    expect(html).toContain('Nguyễn Văn Ấn');
    expect(html).toContain('Hoàn thành nhiệm vụ');
    expect(html).toContain('@media print');
    expect(html).toContain('<td>Quyết định</td><td>Hoàng Thị Thủy</td>'); // the step, by whom
    // the decided rating keeps the seal of the evidence it was decided on: sha256 of that evidence, printed
    const [row] = await server.db.dataSource.query('SELECT evidence, decidedEvidenceHash FROM evaluation WHERE id = ?', [Number((await evaluationOf(w.officialA)).id)]);
    expect(row.decidedEvidenceHash).toBe(createHash('sha256').update(row.evidence).digest('hex'));
    expect(html).toContain(`<th>Mã kiểm tra minh chứng khi quyết định (SHA-256)</th><td>${row.decidedEvidenceHash}</td>`);
  });
});

describe('publication', () => {
  it('waits until every rated evaluation is decided, then locks the cycle', async () => {
    const early = await server.gql(`mutation($id: ID!) { publishEvaluationCycle(id: $id) { state } }`, { id: cycleId });
    expect(early.errors?.[0].extensions.code).toBe('CONFLICT');
  });
});

