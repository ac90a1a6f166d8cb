import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, CREATE_TASK, GET_TASK, HISTORY, REPORT, RETURN, buildWorld, vietnamTime, type World } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let w: World;

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set(vietnamTime('2023-11-10'));
  w = await buildWorld(server);
});
afterAll(() => server?.stop());

async function newTask(overrides: Record<string, unknown> = {}, actor?: string) {
  const res = await server.gql(CREATE_TASK, {
    title: 'Nâng cấp trang thiết bị Bộ phận Một cửa', leadUnitId: w.communeA, startDate: '2023-11-10', deadline: '2023-12-15',
    responsibleOfficialId: w.headA, assigneeIds: [w.officialA], coordinatingUnitIds: [w.office], ...overrides,
  }, { actor });
  expect(res.errors).toBeUndefined();
  return res.data.createTask;
}

async function taskCount(): Promise<number> {
  return (await server.gql('{ _allTasksMeta { count } }')).data._allTasksMeta.count;
}

async function eventCount(): Promise<number> {
  const [row] = await server.db.dataSource.query('SELECT COUNT(*) AS n FROM task_event');
  return Number(row.n);
}

describe('creating a task', () => {
  it('starts not started, keeps the deadline as original, and records who created it', async () => {
    const task = await newTask({}, w.chairman);
    expect(task).toMatchObject({
      state: 'NOT_STARTED', deadline: '2023-12-15', originalDeadline: '2023-12-15', timeliness: 'OPEN_WITHIN_DEADLINE',
      coordinatingUnitIds: [w.office], assigneeIds: [w.officialA], version: 1, percentDone: 0, weight: 1,
    });
    const history = (await server.gql(HISTORY, { taskId: task.id })).data.allTaskEvents;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'CREATED', actorOfficialId: w.chairman });
    expect(JSON.parse(history[0].after)).toMatchObject({ title: task.title, deadline: '2023-12-15' });
  });

  it('accepts a task without a deadline', async () => {
    const task = await newTask({ deadline: null });
    expect(task.timeliness).toBe('OPEN_NO_DEADLINE');
    expect(task.originalDeadline).toBeNull();
  });
});

describe('bad input is refused with a code, the field, a sentence in the request language, and nothing written', () => {
  const cases: Array<[string, Record<string, unknown>, string, string]> = [
    ['empty title', { title: '   ' }, 'BAD_USER_INPUT', 'title'],
    ['deadline before start', { startDate: '2023-11-20', deadline: '2023-11-19' }, 'BAD_USER_INPUT', 'deadline'],
    ['unknown lead unit', { leadUnitId: '99999' }, 'NOT_FOUND', 'leadUnitId'],
    ['malformed lead unit id', { leadUnitId: 'abc' }, 'NOT_FOUND', 'leadUnitId'],
    ['unknown coordinating unit', { coordinatingUnitIds: ['99999'] }, 'NOT_FOUND', 'coordinatingUnitIds'],
    ['lead unit also coordinating', { coordinatingUnitIds: ['LEAD'] }, 'BAD_USER_INPUT', 'coordinatingUnitIds'],
    ['unknown assignee', { assigneeIds: ['99999'] }, 'NOT_FOUND', 'assigneeIds'],
    ['unknown responsible official', { responsibleOfficialId: '99999' }, 'NOT_FOUND', 'responsibleOfficialId'],
    ['unknown directive', { directiveId: '99999' }, 'NOT_FOUND', 'directiveId'],
    ['malformed deadline', { deadline: '2023-02-30' }, 'BAD_USER_INPUT', 'deadline'],
    ['deadline in dd/MM/yyyy', { deadline: '15/12/2023' }, 'BAD_USER_INPUT', 'deadline'],
    ['zero weight', { weight: 0 }, 'BAD_USER_INPUT', 'weight'],
  ];
  for (const [name, input, code, field] of cases) {
    it(name, async () => {
      const [tasksBefore, eventsBefore] = [await taskCount(), await eventCount()];
      const variables = {
        title: 'Nhiệm vụ thử', leadUnitId: w.communeA, startDate: '2023-11-10', deadline: '2023-12-15', ...input,
      };
      if (variables.coordinatingUnitIds && (variables.coordinatingUnitIds as string[])[0] === 'LEAD') variables.coordinatingUnitIds = [w.communeA];
      const vi = await server.gql(CREATE_TASK, variables);
      expect(vi.errors?.[0].extensions).toMatchObject({ code, field });
      const en = await server.gql(CREATE_TASK, variables, { lang: 'en-US,en;q=0.9' });
      expect(en.errors?.[0].extensions).toMatchObject({ code, field });
      expect(en.errors?.[0].message).not.toBe(vi.errors?.[0].message);
      expect(en.errors?.[0].message).toMatch(/^[\x20-\x7E]+$/); // English, no Vietnamese letters
      expect(vi.errors?.[0].message).toMatch(/[ăâđêôơưàảãáạèéẹìíòóọùúụỳýÝĐ]/i);
      expect([await taskCount(), await eventCount()]).toEqual([tasksBefore, eventsBefore]);
    });
  }

  it('names the field in the sentence, in both languages', async () => {
    const variables = { title: 'X', leadUnitId: w.communeA, startDate: '2023-11-10', coordinatingUnitIds: [w.communeA] };
    expect((await server.gql(CREATE_TASK, variables)).errors?.[0].message).toContain('đơn vị phối hợp');
    expect((await server.gql(CREATE_TASK, variables, { lang: 'en' })).errors?.[0].message).toContain('coordinating units');
    const bad = { title: 'X', leadUnitId: w.communeA, deadline: '2023-13-01' };
    expect((await server.gql(CREATE_TASK, bad)).errors?.[0].message).toContain('Thời hạn');
  });

  it('refuses a percent outside 0–100 on update and in a report', async () => {
    const task = await newTask();
    const update = await server.gql('mutation($id: ID!, $v: Int!) { updateTask(id: $id, version: $v, percentDone: 101) { id } }', { id: task.id, v: task.version });
    expect(update.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'percentDone' });
    const report = await server.gql(REPORT, { taskId: task.id, state: 'IN_PROGRESS', percentDone: -5 }, { actor: w.officialA });
    expect(report.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'percentDone' });
    const after = (await server.gql(GET_TASK, { id: task.id })).data.Task;
    expect(after).toMatchObject({ percentDone: 0, version: 1, state: 'NOT_STARTED' });
  });

  it('answers NOT_FOUND for an unknown task id, on read and on write', async () => {
    const read = await server.gql(GET_TASK, { id: '424242' });
    expect(read.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const write = await server.gql(ACCEPT, { id: '424242' });
    expect(write.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('editing, deadlines and versions', () => {
  const UPDATE = `mutation($id: ID!, $version: Int!, $title: String, $deadline: LocalDate, $deadlineChangeReason: String, $assigneeIds: [ID!], $state: TaskState) {
    updateTask(id: $id, version: $version, title: $title, deadline: $deadline, deadlineChangeReason: $deadlineChangeReason, assigneeIds: $assigneeIds, state: $state) {
      id title deadline originalDeadline version assigneeIds state timeliness } }`;

  it('extends a deadline only with a reason, keeps the original, and records both', async () => {
    const task = await newTask();
    const refused = await server.gql(UPDATE, { id: task.id, version: 1, deadline: '2024-01-31' });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deadlineChangeReason' });
    const res = await server.gql(UPDATE, { id: task.id, version: 1, deadline: '2024-01-31', deadlineChangeReason: 'Chờ kinh phí' }, { actor: w.chairman });
    expect(res.data.updateTask).toMatchObject({ deadline: '2024-01-31', originalDeadline: '2023-12-15', version: 2 });
    const events = (await server.gql(HISTORY, { taskId: task.id })).data.allTaskEvents;
    expect(events.at(-1)).toMatchObject({
      action: 'DEADLINE_CHANGED', field: 'deadline', before: '"2023-12-15"', after: '"2024-01-31"', reason: 'Chờ kinh phí', actorOfficialId: w.chairman,
    });
  });

  it('refuses an update naming an older version with CONFLICT, and changes nothing', async () => {
    const task = await newTask();
    await server.gql(UPDATE, { id: task.id, version: 1, title: 'Tiêu đề mới' });
    const stale = await server.gql(UPDATE, { id: task.id, version: 1, title: 'Ghi đè' });
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toContain('phiên bản 2');
    expect((await server.gql(GET_TASK, { id: task.id })).data.Task).toMatchObject({ title: 'Tiêu đề mới', version: 2 });
  });

  it('records assignee changes with before and after', async () => {
    const task = await newTask();
    const res = await server.gql(UPDATE, { id: task.id, version: 1, assigneeIds: [w.officialB, w.officialA] });
    expect(res.data.updateTask.assigneeIds).toEqual([w.officialA, w.officialB].sort((a, b) => Number(a) - Number(b)));
    const events = (await server.gql(HISTORY, { taskId: task.id })).data.allTaskEvents;
    const change = events.find((e: { field: string }) => e.field === 'assigneeIds');
    expect(JSON.parse(change.before)).toEqual([Number(w.officialA)]);
    expect(JSON.parse(change.after).sort()).toEqual([Number(w.officialA), Number(w.officialB)].sort());
  });

  it('does not let an edit mark a task done: that takes a report and an acceptance', async () => {
    const task = await newTask();
    const res = await server.gql(UPDATE, { id: task.id, version: 1, state: 'DONE' });
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('cancels a task: it has no timeliness and counts nowhere', async () => {
    const task = await newTask({ leadUnitId: w.office, coordinatingUnitIds: [] });
    const res = await server.gql(UPDATE, { id: task.id, version: 1, state: 'CANCELLED' });
    expect(res.data.updateTask).toMatchObject({ state: 'CANCELLED', timeliness: null });
  });

  it('soft-deletes: the task leaves lists, its history stays and ends with the deletion', async () => {
    const task = await newTask();
    const before = await taskCount();
    const del = await server.gql('mutation($id: ID!) { deleteTask(id: $id) { id } }', { id: task.id }, { actor: w.chairman });
    expect(del.errors).toBeUndefined();
    expect(await taskCount()).toBe(before - 1);
    expect((await server.gql(GET_TASK, { id: task.id })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    const [row] = await server.db.dataSource.query('SELECT COUNT(*) AS n FROM task WHERE id = ?', [Number(task.id)]);
    expect(Number(row.n)).toBe(1);
    const events = (await server.gql(HISTORY, { taskId: task.id })).data.allTaskEvents;
    expect(events.at(-1)).toMatchObject({ action: 'DELETED', actorOfficialId: w.chairman });
  });
});

describe('reporting, acceptance and return', () => {
  it('a report of done waits for acceptance; acceptance dates completion to the report day', async () => {
    const task = await newTask({ deadline: '2023-11-20' });
    server.clock.set(vietnamTime('2023-11-15'));
    const progress = await server.gql(REPORT, { taskId: task.id, state: 'IN_PROGRESS', percentDone: 40, note: 'Đã khảo sát' }, { actor: w.officialA });
    expect(progress.data.createTaskUpdate).toMatchObject({ state: 'IN_PROGRESS', percentDone: 40, reportedOn: '2023-11-15' });
    server.clock.set(vietnamTime('2023-11-20', '23:30:00'));
    await server.gql(REPORT, { taskId: task.id, state: 'REPORTED_DONE', evidenceLinks: ['https://example.gov.vn/mc/1'] }, { actor: w.officialA });
    server.clock.set(vietnamTime('2023-11-24'));
    const waiting = (await server.gql(GET_TASK, { id: task.id })).data.Task;
    expect(waiting).toMatchObject({ state: 'REPORTED_DONE', percentDone: 100, reportedDoneOn: '2023-11-20', timeliness: 'OPEN_WITHIN_DEADLINE' });
    const accepted = await server.gql(ACCEPT, { id: task.id, version: waiting.version, exceeded: true }, { actor: w.headA });
    expect(accepted.data.acceptTask).toMatchObject({ state: 'DONE', completedOn: '2023-11-20', timeliness: 'DONE_ON_TIME', exceeded: true });
    const events = (await server.gql(HISTORY, { taskId: task.id })).data.allTaskEvents;
    expect(events.filter((e: { action: string }) => e.action === 'ACCEPTED').map((e: { field: string }) => e.field)).toEqual(['state', 'completedOn', 'exceeded']);
    const updates = (await server.gql('query($t: ID!) { allTaskUpdates(filter: { taskId: $t }) { state evidenceLinks official { fullName } } }', { t: task.id })).data.allTaskUpdates;
    expect(updates[0]).toMatchObject({ state: 'REPORTED_DONE', evidenceLinks: ['https://example.gov.vn/mc/1'], official: { fullName: 'Nguyễn Văn Ấn' } });
  });

  it('returning needs a reason, counts a failed quality check, and reopens the task', async () => {
    server.clock.set(vietnamTime('2023-11-10'));
    const task = await newTask({ deadline: '2023-11-30' });
    server.clock.set(vietnamTime('2023-11-25'));
    await server.gql(REPORT, { taskId: task.id, state: 'REPORTED_DONE' }, { actor: w.officialA });
    const noReason = await server.gql(RETURN, { id: task.id, reason: ' ' });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const returned = await server.gql(RETURN, { id: task.id, reason: 'Thiếu biên bản bàn giao' }, { actor: w.headA });
    expect(returned.data.returnTask).toMatchObject({ state: 'IN_PROGRESS', returnCount: 1, reportedDoneOn: null });
    server.clock.set(vietnamTime('2023-12-02'));
    await server.gql(REPORT, { taskId: task.id, state: 'REPORTED_DONE' }, { actor: w.officialA });
    const done = await server.gql(ACCEPT, { id: task.id }, { actor: w.headA });
    expect(done.data.acceptTask).toMatchObject({ state: 'DONE', completedOn: '2023-12-02', timeliness: 'DONE_LATE', returnCount: 1 });
    const events = (await server.gql(HISTORY, { taskId: task.id })).data.allTaskEvents;
    expect(events.find((e: { action: string }) => e.action === 'RETURNED')).toMatchObject({ reason: 'Thiếu biên bản bàn giao', actorOfficialId: w.headA });
  });

  it('refuses to accept a task that was not reported done, and a report on a done task', async () => {
    server.clock.set(vietnamTime('2023-11-10'));
    const task = await newTask();
    const accept = await server.gql(ACCEPT, { id: task.id });
    expect(accept.errors?.[0].extensions.code).toBe('CONFLICT');
    await server.gql(REPORT, { taskId: task.id, state: 'REPORTED_DONE' }, { actor: w.officialA });
    await server.gql(ACCEPT, { id: task.id });
    const late = await server.gql(REPORT, { taskId: task.id, state: 'IN_PROGRESS', percentDone: 50 }, { actor: w.officialA });
    expect(late.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('records the signed-in account and its official as the author of every change', async () => {
    const task = await newTask({}, w.headA);
    await server.gql(REPORT, { taskId: task.id, state: 'IN_PROGRESS', percentDone: 10 }, { actor: w.officialA });
    const events = (await server.gql(`query($taskId: ID!) { allTaskEvents(filter: { taskId: $taskId }) { action actorOfficialId actorAccountId } }`, { taskId: task.id })).data.allTaskEvents;
    expect(events.map((e: { actorOfficialId: string }) => e.actorOfficialId)).toEqual([w.headA, w.officialA, w.officialA]);
    expect(events.every((e: { actorAccountId: string | null }) => e.actorAccountId !== null)).toBe(true);
    expect(events[0].actorAccountId).not.toBe(events[1].actorAccountId);
  });
});

describe('lists', () => {
  it('return every row asked for by id, past the default page of 25', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 30; i += 1) ids.push((await newTask({ title: `Nhiều ${i}` })).id);
    const res = await server.gql('query($ids: [ID!]) { allTasks(filter: { ids: $ids }) { id } }', { ids });
    expect(res.data.allTasks).toHaveLength(30);
  });
});

describe('a task reported done', () => {
  it('is not sent back by editing its state: that is what returning (with a reason) is for', async () => {
    const task = await newTask();
    await server.gql(REPORT, { taskId: task.id, state: 'REPORTED_DONE' }, { actor: w.officialA });
    const current = (await server.gql(GET_TASK, { id: task.id })).data.Task;
    const res = await server.gql('mutation($id: ID!, $v: Int!) { updateTask(id: $id, version: $v, state: IN_PROGRESS) { id } }', { id: task.id, v: current.version });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'state' });
    expect((await server.gql(GET_TASK, { id: task.id })).data.Task.state).toBe('REPORTED_DONE');
  });
});
