import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, CREATE_TASK, REPORT, accountFor, buildWorld, vietnamTime, type World } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Decree 335/2025 as written, against a real server: objective causes exempt the 25% deduction
 * and show in the evidence, several delays on one task deduct several times, the "not complete"
 * cases are recorded facts, marks exist only where the rulebook has them, the 6-month rule reads
 * calendar months, and the quota meter counts proposals.
 */
let server: TestServer;
let w: World;
let cycle: string;
const people: Record<string, string> = {};

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, opts: { actor?: string } = {}): Promise<T> {
  const res = await server.gql(query, variables, opts);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}
const official = async (name: string, from = '2020-01-01', unitId = w.communeA) => {
  const id = (await ok(`mutation($n: String!) { createOfficial(fullName: $n, category: CONG_CHUC) { id } }`, { n: name })).createOfficial.id;
  await ok(`mutation($o: ID!, $u: ID!, $f: LocalDate!) { createOfficialAssignment(officialId: $o, unitId: $u, position: "Công chức", role: MEMBER, dutyGroup: OTHER, validFrom: $f) { id } }`, { o: id, u: unitId, f: from });
  return id;
};
const on = (day: string) => server.clock.set(vietnamTime(day));
const task = async (who: string, deadline: string) =>
  (await ok(CREATE_TASK, { title: `Nhiệm vụ của ${who}`, leadUnitId: w.communeA, startDate: '2026-01-05', deadline, responsibleOfficialId: people[who], assigneeIds: [people[who]] })).createTask;
const EXTEND = `mutation($id: ID!, $v: Int!, $d: LocalDate!, $r: String!, $o: Boolean) { updateTask(id: $id, version: $v, deadline: $d, deadlineChangeReason: $r, deadlineObjectiveCause: $o) { id version excusedDeadline excuseReason excusedByOfficialId extraDelays } }`;
const version = async (id: string) => (await ok(`query($id: ID!) { Task(id: $id) { version } }`, { id })).Task.version;
const finish = async (id: string, who: string, day: string) => {
  on(day);
  await ok(REPORT, { taskId: id, state: 'REPORTED_DONE' }, { actor: people[who] });
  await ok(ACCEPT, { id }, { actor: w.headA });
};
const FIELDS = 'id state proposedLevel proposedPoints proposalText monthsWorked headLevel';
const evaluationOf = async (officialId: string) =>
  (await ok(`query($c: ID, $o: ID) { allEvaluations(filter: { cycleId: $c, officialId: $o }) { ${FIELDS} } }`, { c: cycle, o: officialId })).allEvaluations[0];
const PROPOSE = `mutation($id: ID!, $l: RatingLevel!, $g: Decimal2, $d: Int) { proposeRating(id: $id, level: $l, generalPoints: $g, directingPercent: $d) { ${FIELDS} } }`;

beforeAll(async () => {
  server = await startTestServer();
  on('2026-01-05');
  w = await buildWorld(server);
  for (const name of ['excused', 'notExcused', 'twiceLate', 'returned', 'plain']) people[name] = await official(`Công chức ${name}`);
  await accountFor(server, 'cc-excused', people.excused, 'OFFICIAL', w.communeA);
  for (const name of ['excused', 'notExcused', 'twiceLate', 'returned', 'plain']) {
    if (name !== 'excused') await accountFor(server, `cc-${name}`, people[name], 'OFFICIAL', w.communeA);
  }
  people.fromFirstJuly = await official('Vào ngày 01/07', '2026-07-01');
  people.fromSecondJuly = await official('Vào ngày 02/07', '2026-07-02');

  // the vice-chairman extends for an objective cause before the deadline; done before the new one
  const excused = await task('excused', '2026-03-31');
  on('2026-03-20');
  await ok(EXTEND, { id: excused.id, v: await version(excused.id), d: '2026-04-30', r: 'Chờ ý kiến thẩm định của Sở Tài chính', o: true }, { actor: w.headA });
  await finish(excused.id, 'excused', '2026-04-20');
  // the same, without an objective cause: judged by the first deadline
  on('2026-01-05');
  const notExcused = await task('notExcused', '2026-03-31');
  on('2026-03-20');
  await ok(EXTEND, { id: notExcused.id, v: await version(notExcused.id), d: '2026-04-30', r: 'Xin thêm thời gian' }, { actor: w.headA });
  await finish(notExcused.id, 'notExcused', '2026-04-20');
  // two deadlines missed on one task: 31/03, then 30/04 (extended after it had passed), done 20/05
  on('2026-01-05');
  const twice = await task('twiceLate', '2026-03-31');
  on('2026-04-05');
  await ok(EXTEND, { id: twice.id, v: await version(twice.id), d: '2026-04-30', r: 'Chưa xong' }, { actor: w.headA });
  on('2026-05-05');
  const second = await ok(EXTEND, { id: twice.id, v: await version(twice.id), d: '2026-05-31', r: 'Vẫn chưa xong' }, { actor: w.headA });
  expect(second.updateTask.extraDelays).toBe(1);
  await finish(twice.id, 'twiceLate', '2026-05-20');
  // returned once for a cause the assigner confirms as objective, then accepted in time
  on('2026-01-05');
  const returned = await task('returned', '2026-06-30');
  on('2026-06-10');
  await ok(REPORT, { taskId: returned.id, state: 'REPORTED_DONE' }, { actor: people.returned });
  await ok(`mutation($id: ID!) { returnTask(id: $id, reason: "Tỉnh thay đổi mẫu báo cáo", objectiveCause: true) { id objectiveReturns returnCount } }`, { id: returned.id }, { actor: w.headA });
  await finish(returned.id, 'returned', '2026-06-20');
  on('2026-01-05');
  const plain = await task('plain', '2026-06-30');
  await finish(plain.id, 'plain', '2026-06-01');
  on('2026-01-05');
  const own = (await ok(CREATE_TASK, { title: 'Việc của trưởng xã', leadUnitId: w.communeA, startDate: '2026-01-05', deadline: '2026-06-30', responsibleOfficialId: w.headA, assigneeIds: [w.headA] })).createTask;
  on('2026-06-01');
  await ok(REPORT, { taskId: own.id, state: 'REPORTED_DONE' }, { actor: w.headA });
  await ok(ACCEPT, { id: own.id });

  on('2026-12-01');
  cycle = (await ok(`mutation($u: ID!) { createEvaluationCycle(year: 2026, unitId: $u, opensOn: "2026-12-01", closesOn: "2026-12-20") { id } }`, { u: w.communeA })).createEvaluationCycle.id;
}, 120_000);
afterAll(() => server?.stop());

describe('objective causes (Decree 335: "except where a competent person confirms an objective cause")', () => {
  it('an extension approved for an objective cause is recorded with its reason and approver, and costs nothing', async () => {
    const t = (await ok(`query($o: ID) { allTasks(filter: { responsibleOfficialId: $o }) { excusedDeadline excuseReason excusedByOfficialId } }`, { o: people.excused })).allTasks[0];
    expect(t).toEqual({ excusedDeadline: '2026-04-30', excuseReason: 'Chờ ý kiến thẩm định của Sở Tài chính', excusedByOfficialId: w.headA });
    const ev = await evaluationOf(people.excused);
    const marked = (await ok(PROPOSE, { id: ev.id, l: 'OUTSTANDING', g: '25' }, { actor: w.headA })).proposeRating;
    // 70 task points + 25 general points
    expect(marked).toMatchObject({ proposedPoints: '95.00', proposedLevel: 'OUTSTANDING' });
    expect(marked.proposalText).toContain('nguyên nhân khách quan');
    expect(marked.proposalText).toContain('1 lần gia hạn');
  });

  it('the same extension without one counts the first deadline missed: 25% of progress', async () => {
    const ev = await evaluationOf(people.notExcused);
    const marked = (await ok(PROPOSE, { id: ev.id, l: 'GOOD', g: '25' }, { actor: w.headA })).proposeRating;
    // 70 × (100 + 100 + 75) / 300 = 64,16; + 25
    expect(marked).toMatchObject({ proposedPoints: '89.16', proposedLevel: 'GOOD' });
  });

  it('a return marked objective by the assigner deducts no quality points, and says so', async () => {
    const marked = (await ok(PROPOSE, { id: (await evaluationOf(people.returned)).id, l: 'OUTSTANDING', g: '25' }, { actor: w.headA })).proposeRating;
    expect(marked).toMatchObject({ proposedPoints: '95.00', proposedLevel: 'OUTSTANDING' });
    expect(marked.proposalText).toContain('1 lần trả lại');
  });
});

describe('several delays on one task', () => {
  it('deduct 25% each: two deadlines missed leave half the progress points', async () => {
    const marked = (await ok(PROPOSE, { id: (await evaluationOf(people.twiceLate)).id, l: 'COMPLETE', g: '25' }, { actor: w.headA })).proposeRating;
    // 70 × (100 + 100 + 50) / 300 = 58,33; + 25
    expect(marked).toMatchObject({ proposedPoints: '83.33', proposedLevel: 'GOOD' });
  });
});

describe('marks exist only where the rulebook has them', () => {
  it('general points above 30 are refused with the range; directing only for a head or deputy', async () => {
    const ev = await evaluationOf(people.plain);
    const over = await server.gql(PROPOSE, { id: ev.id, l: 'GOOD', g: '30.5' }, { actor: w.headA });
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'generalPoints' });
    expect(over.errors?.[0].message).toContain('phải từ 0 đến 30');
    const directing = await server.gql(PROPOSE, { id: ev.id, l: 'GOOD', d: 80 }, { actor: w.headA });
    expect(directing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'directingPercent' });
    expect((await evaluationOf(people.plain)).state).toBe('OPEN');
  });

  it('a head is marked by the level above on organising and directing, averaged with (a)–(c) and the unit', async () => {
    const head = await evaluationOf(w.headA);
    const marked = (await ok(PROPOSE, { id: head.id, l: 'GOOD', g: '25', d: 80 }, { actor: w.chairman })).proposeRating;
    expect(marked.proposalText).toContain('tiêu chí kết quả của đơn vị');
    expect(marked.proposalText).toContain('tiêu chí khác của lãnh đạo');
  });
});

describe('the four "not complete" cases as recorded facts', () => {
  const FACTS = `mutation($id: ID!, $deg: Boolean, $cor: Boolean, $d: Boolean, $b: String) { updateEvaluation(id: $id, ideologyDegradation: $deg, unitCorruption: $cor, disciplined: $d, notCompleteBasis: $b) { proposedLevel proposalText notCompleteBasis } }`;
  it('a concluded degradation makes "not complete" whatever the points, citing the decree; it needs its basis', async () => {
    const { id } = await evaluationOf(people.plain);
    const bare = await server.gql(FACTS, { id, deg: true });
    expect(bare.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'notCompleteBasis' });
    const recorded = (await ok(FACTS, { id, deg: true, b: 'Kết luận số 05-KL/ĐU ngày 10/10/2026 của Đảng ủy xã' })).updateEvaluation;
    expect(recorded.proposedLevel).toBe('NOT_COMPLETE');
    expect(recorded.proposalText).toContain('suy thoái');
    expect(recorded.proposalText).toContain('Nghị định 335/2025/NĐ-CP');
    expect(recorded.notCompleteBasis).toBe('Kết luận số 05-KL/ĐU ngày 10/10/2026 của Đảng ủy xã');
    const cleared = (await ok(FACTS, { id, deg: false })).updateEvaluation;
    expect(cleared.proposedLevel).not.toBe('NOT_COMPLETE');
  });

  it('corruption in a unit under one\'s charge applies to heads and deputies only', async () => {
    const member = await server.gql(FACTS, { id: (await evaluationOf(people.plain)).id, cor: true, b: 'Quyết định 1/QĐ' });
    expect(member.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitCorruption' });
    const head = (await ok(FACTS, { id: (await evaluationOf(w.headA)).id, cor: true, b: 'Kết luận thanh tra số 12/KL-TTr ngày 01/11/2026' })).updateEvaluation;
    expect(head.proposedLevel).toBe('NOT_COMPLETE');
    expect(head.proposalText).toContain('tham nhũng');
  });
});

describe('the 6-month rule in calendar months', () => {
  it('in post from 01/07 is six months and rated; from 02/07 is five months and 30 days, not rated', async () => {
    expect(await evaluationOf(people.fromFirstJuly)).toMatchObject({ monthsWorked: 6, state: 'OPEN' });
    const late = await evaluationOf(people.fromSecondJuly);
    expect(late).toMatchObject({ monthsWorked: 5, state: 'NOT_RATED' });
  });
});

describe('the quota meter for planning', () => {
  it('shows the head\'s proposals beside the decisions, and what they would allow', async () => {
    const status = (await ok(`query($c: ID!, $u: ID) { evaluationQuotas(cycleId: $c, unitId: $u) { unitId good outstanding allowed proposedGood proposedOutstanding allowedIfProposed } }`, { c: cycle, u: w.communeA })).evaluationQuotas;
    // proposed so far in the commune: outstanding for "excused" and "returned"; good for "notExcused" and the head; complete for "twiceLate"
    expect(status).toEqual([{ unitId: w.communeA, good: 0, outstanding: 0, allowed: 0, proposedGood: 2, proposedOutstanding: 2, allowedIfProposed: 0 }]);
  });
});

describe('the workflow from one table, as the reader may act on it', () => {
  const ALLOWED = `query($id: ID!) { Evaluation(id: $id) { state allowedActions } }`;
  it('allowedActions gives each role its own steps on the same evaluation', async () => {
    const { id } = await evaluationOf(people.excused); // proposed by the head above
    const as = async (actor?: string) => (await ok(ALLOWED, { id }, actor ? { actor } : {})).Evaluation.allowedActions;
    expect(await as(people.excused)).toEqual([]); // the official: proposed already, nothing to do
    expect(await as(w.headA)).toEqual(['PROPOSE']); // the competent head may revise the proposal
    const hr = await accountFor(server, 'nhansu-law', null, 'HR', w.district);
    expect((await server.gql(ALLOWED, { id }, { token: hr })).data.Evaluation.allowedActions).toEqual(['UPDATE_FACTS', 'REVIEW']);
    const open = (await evaluationOf(people.fromFirstJuly)).id;
    expect((await ok(ALLOWED, { id: open }, {})).Evaluation.state).toBe('OPEN');
    expect((await server.gql(ALLOWED, { id: open }, { token: hr })).data.Evaluation.allowedActions).toEqual(['UPDATE_FACTS']);
    expect((await ok(ALLOWED, { id: open }, { actor: w.headA })).Evaluation.allowedActions).toEqual(['PROPOSE']);
  });

  it('a refusal says which step comes next and who takes it', async () => {
    const { id } = await evaluationOf(people.excused);
    const early = await server.gql(`mutation($id: ID!) { decideRating(id: $id, level: GOOD) { id } }`, { id }, { actor: w.headA });
    expect(early.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(early.errors?.[0].message).toContain('Bước tiếp theo là thẩm định, do bộ phận tổ chức cán bộ (Nội vụ) thực hiện');
    const denied = await server.gql(`mutation($id: ID!) { proposeRating(id: $id, level: GOOD, comment: "x") { id } }`, { id: (await evaluationOf(w.headA)).id }, { actor: w.headA });
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('a level above the system\'s proposal needs a written reason', async () => {
    const ev = await evaluationOf(people.twiceLate); // the system proposes "good" (83,33)
    expect(ev.proposedLevel).toBe('GOOD');
    const bare = await server.gql(PROPOSE, { id: ev.id, l: 'OUTSTANDING' }, { actor: w.headA });
    expect(bare.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    expect(bare.errors?.[0].message).toContain('Hoàn thành tốt nhiệm vụ');
    const reasoned = await server.gql(`mutation($id: ID!) { proposeRating(id: $id, level: OUTSTANDING, comment: "Hai lần gia hạn do thiếu nhân lực, đã bù bằng kết quả vượt") { headLevel } }`, { id: ev.id }, { actor: w.headA });
    expect(reasoned.data.proposeRating.headLevel).toBe('OUTSTANDING');
  });

  it('a head proposes after the self-assessment, or once its deadline has passed', async () => {
    on('2026-01-05');
    const b = await official('Công chức xã Bản Bó', '2020-01-01', w.communeB);
    await accountFor(server, 'cc-bo', b, 'OFFICIAL', w.communeB);
    on('2026-12-01');
    const c = (await ok(`mutation($u: ID!) { createEvaluationCycle(year: 2026, unitId: $u, opensOn: "2026-12-01", closesOn: "2026-12-20", selfAssessBy: "2026-12-07") { id selfAssessBy } }`, { u: w.communeB })).createEvaluationCycle;
    expect(c.selfAssessBy).toBe('2026-12-07');
    const id = (await ok(`query($c: ID, $o: ID) { allEvaluations(filter: { cycleId: $c, officialId: $o }) { id } }`, { c: c.id, o: b })).allEvaluations[0].id;
    const early = await server.gql(`mutation($id: ID!) { proposeRating(id: $id, level: COMPLETE) { state } }`, { id }, { actor: w.chairman });
    expect(early.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(early.errors?.[0].message).toContain('07/12/2026');
    on('2026-12-08');
    expect((await ok(`mutation($id: ID!) { proposeRating(id: $id, level: COMPLETE) { state } }`, { id }, { actor: w.chairman })).proposeRating.state).toBe('PROPOSED');
  });
});

describe('official documents (.docx, Decree 30/2020 layout)', () => {
  const textOf = async (base64: string) => {
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(Buffer.from(base64, 'base64'))).file('word/document.xml')!.async('string');
    return { xml, text: xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '') };
  };
  it('the rating form: motto, agency under its parent, number, place and date, title, Decree 335 scoring sheet, signers', async () => {
    on('2026-12-09');
    const file = (await ok(`query($id: ID!) { evaluationFormDocx(id: $id) { fileName mimeType base64 } }`, { id: (await evaluationOf(people.excused)).id }, { actor: w.headA })).evaluationFormDocx;
    expect(file.fileName).toMatch(/^phieu-danh-gia-2026-\d+\.docx$/);
    const { xml, text } = await textOf(file.base64);
    for (const line of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'UBND HUYỆN THỬ NGHIỆM', 'XÃ ĐỒNG ÁNH', 'Số: ....../PĐG-2026',
      'Đồng Ánh, ngày 09 tháng 12 năm 2026', 'PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC', 'Năm 2026', 'Công chức excused', 'BẢNG CHẤM ĐIỂM (Nghị định 335/2025/NĐ-CP)',
      'Tiêu chí chung\n30\n25,00', 'Tổng cộng\n100\n95,00', 'Đề xuất xếp loại: Hoàn thành xuất sắc nhiệm vụ', 'NGƯỜI TỰ ĐÁNH GIÁ', 'THỦ TRƯỞNG ĐƠN VỊ', 'Hoàng Thị Thủy']) {
      expect(text).toContain(line);
    }
    expect(xml).toContain('Times New Roman');
  });

  it('the notice of results lists the unit with STT and counts by level', async () => {
    const file = (await ok(`query($c: ID!, $u: ID!) { evaluationNoticeDocx(cycleId: $c, unitId: $u) { base64 } }`, { c: cycle, u: w.communeA })).evaluationNoticeDocx;
    const { text } = await textOf(file.base64);
    expect(text).toContain('THÔNG BÁO');
    expect(text).toContain('Kết quả đánh giá, xếp loại chất lượng năm 2026');
    expect(text).toContain('hoàn thành xuất sắc nhiệm vụ 0; hoàn thành tốt nhiệm vụ 0; hoàn thành nhiệm vụ 0; không hoàn thành nhiệm vụ 0');
    expect(text).toContain('STT\nHọ và tên\nChức vụ\nKết quả xếp loại');
    expect(text).toContain('Nơi nhận:');
  });

  it('the minutes of the collective review list each person with the system\'s, the head\'s and the agreed level', async () => {
    const file = (await ok(`query($c: ID!, $u: ID!) { evaluationMinutesDocx(cycleId: $c, unitId: $u) { fileName base64 } }`, { c: cycle, u: w.communeA })).evaluationMinutesDocx;
    expect(file.fileName).toBe('bien-ban-hop-xet-2026.docx');
    const { text } = await textOf(file.base64);
    for (const line of ['BIÊN BẢN', 'Họp xét đánh giá, xếp loại chất lượng năm 2026', 'Đồng Ánh, ngày 09 tháng 12 năm 2026', 'Chủ trì: Hoàng Thị Thủy',
      'STT\nHọ và tên\nChức vụ\nHệ thống đề xuất\nThủ trưởng đề xuất\nTập thể thống nhất', 'Công chức excused\nCông chức\nHoàn thành xuất sắc nhiệm vụ\nHoàn thành xuất sắc nhiệm vụ', 'THƯ KÝ', 'CHỦ TRÌ']) {
      expect(text).toContain(line);
    }
  });
});
