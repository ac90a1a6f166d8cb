import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, CREATE_TASK, REPORT, accountFor, buildWorld, vietnamTime, type World } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The task workflow walked through the API: every action from every state as every role. Each
 * answer is "ok" (done, the task moved on), "=" (accepted with nothing to change) or the code of
 * the refusal; `allowedActions` read by the same person on the same task lists exactly the "ok"s.
 *
 * The task is led by commune A, answered for by its head and carried out by official A.
 * LEADER: the district's leader. HEAD: commune A's head. ASSIGNEE: official A. HR: the district's
 * personnel office. OUTSIDER: an official of commune B, who cannot see the task.
 */
let server: TestServer;
let w: World;
let hr: string;

const ROLES = ['LEADER', 'HEAD', 'ASSIGNEE', 'HR', 'OUTSIDER'] as const;
const STATES = ['NOT_STARTED', 'IN_PROGRESS', 'REPORTED_DONE', 'DONE', 'CANCELLED'] as const;
type Role = (typeof ROLES)[number];
type State = (typeof STATES)[number];

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set(vietnamTime('2023-11-10'));
  w = await buildWorld(server);
  const official = await server.gql(`mutation { createOfficial(fullName: "Đặng Thu Hà", category: CONG_CHUC) { id } }`);
  hr = official.data.createOfficial.id;
  await accountFor(server, 'noivu-d', hr, 'HR', w.district);
});
afterAll(() => server?.stop());

const actorOf = (role: Role) => ({ LEADER: w.chairman, HEAD: w.headA, ASSIGNEE: w.officialA, HR: hr, OUTSIDER: w.officialB })[role];

const UPDATE = `mutation($id: ID!, $version: Int!, $title: String, $deadline: LocalDate, $deadlineChangeReason: String, $state: TaskState) {
  updateTask(id: $id, version: $version, title: $title, deadline: $deadline, deadlineChangeReason: $deadlineChangeReason, state: $state) { version } }`;
const RETURN = `mutation($id: ID!, $version: Int) { returnTask(id: $id, version: $version, reason: "Thiếu biên bản") { version } }`;
const DELETE = `mutation($id: ID!) { deleteTask(id: $id) { id } }`;
const STATE = `query($id: ID!) { Task(id: $id) { state version allowedActions } }`;

/** Each action as the panel sends it, on a task of the given version. */
const ACTIONS: Record<string, (id: string, version: number) => [string, Record<string, unknown>]> = {
  EDIT: (id, version) => [UPDATE, { id, version, title: 'Nâng cấp trang thiết bị (đổi tên)' }],
  CHANGE_DEADLINE: (id, version) => [UPDATE, { id, version, deadline: '2024-01-31', deadlineChangeReason: 'Chờ kinh phí' }],
  START: (id, version) => [UPDATE, { id, version, state: 'IN_PROGRESS' }],
  CANCEL: (id, version) => [UPDATE, { id, version, state: 'CANCELLED' }],
  REOPEN: (id, version) => [UPDATE, { id, version, state: 'NOT_STARTED' }],
  REPORT_PROGRESS: (id) => [REPORT, { taskId: id, state: 'IN_PROGRESS', percentDone: 30 }],
  REPORT_DONE: (id) => [REPORT, { taskId: id, state: 'REPORTED_DONE' }],
  ACCEPT: (id, version) => [ACCEPT, { id, version }],
  RETURN: (id, version) => [RETURN, { id, version }],
  DELETE: (id) => [DELETE, { id }],
};

/** A fresh task brought to the state by the people who would bring it there. */
async function taskIn(state: State): Promise<string> {
  const created = await server.gql(CREATE_TASK, {
    title: 'Nâng cấp trang thiết bị Bộ phận Một cửa', leadUnitId: w.communeA, startDate: '2023-11-10', deadline: '2023-12-15',
    responsibleOfficialId: w.headA, assigneeIds: [w.officialA],
  }, { actor: w.headA });
  const id = created.data.createTask.id as string;
  const must = async (q: string, v: Record<string, unknown>, actor: string) => expect((await server.gql(q, v, { actor })).errors).toBeUndefined();
  if (state === 'IN_PROGRESS') await must(REPORT, { taskId: id, state: 'IN_PROGRESS', percentDone: 10 }, w.officialA);
  if (state === 'REPORTED_DONE' || state === 'DONE') await must(REPORT, { taskId: id, state: 'REPORTED_DONE' }, w.officialA);
  if (state === 'DONE') await must(ACCEPT, { id }, w.headA);
  if (state === 'CANCELLED') await must(UPDATE, { id, version: 1, state: 'CANCELLED' }, w.headA);
  return id;
}

async function read(id: string): Promise<{ state: State; version: number; allowedActions: string[] }> {
  return (await server.gql(STATE, { id }, { actor: w.headA })).data.Task;
}

describe('the task workflow, every action from every state as every role', () => {
  it('performs exactly the steps the table allows and refuses the others with their code; allowedActions lists the same steps', async () => {
    const outcomes: Record<string, Record<string, string>> = {};
    const allowed: Record<string, Record<string, string>> = {};
    const consistent: string[] = [];
    for (const role of ROLES) {
      outcomes[role] = {};
      allowed[role] = {};
      for (const state of STATES) {
        let id = await taskIn(state);
        const seen = await server.gql(STATE, { id }, { actor: actorOf(role) });
        const listed: string[] = seen.data?.Task.allowedActions ?? [];
        allowed[role][state] = seen.errors ? seen.errors[0].extensions.code : listed.join(' ');
        const answers: string[] = [];
        for (const [action, build] of Object.entries(ACTIONS)) {
          const before = await read(id);
          const res = await server.gql(...build(id, before.version), { actor: actorOf(role) });
          const answer = res.errors ? String(res.errors[0].extensions.code) : (await read(id).catch(() => null))?.version === before.version ? '=' : 'ok';
          answers.push(`${action} ${answer}`);
          if ((answer === 'ok') !== listed.includes(action)) consistent.push(`${role} ${state} ${action}: ${answer}, listed ${listed.includes(action)}`);
          // a refusal writes nothing: the task is still as it was
          if (res.errors) expect(await read(id)).toEqual(before);
          if (answer === 'ok') id = await taskIn(state);
        }
        outcomes[role][state] = answers.join(', ');
      }
    }
    expect(consistent).toEqual([]);
    expect(allowed).toEqual({
      LEADER: {
        NOT_STARTED: 'EDIT CHANGE_DEADLINE START CANCEL REPORT_PROGRESS REPORT_DONE DELETE',
        IN_PROGRESS: 'EDIT CHANGE_DEADLINE CANCEL REPORT_PROGRESS REPORT_DONE DELETE',
        REPORTED_DONE: 'EDIT CHANGE_DEADLINE ACCEPT RETURN DELETE',
        DONE: 'EDIT DELETE',
        CANCELLED: 'EDIT REOPEN DELETE',
      },
      HEAD: {
        NOT_STARTED: 'EDIT CHANGE_DEADLINE START CANCEL REPORT_PROGRESS REPORT_DONE DELETE',
        IN_PROGRESS: 'EDIT CHANGE_DEADLINE CANCEL REPORT_PROGRESS REPORT_DONE DELETE',
        REPORTED_DONE: 'EDIT CHANGE_DEADLINE ACCEPT RETURN DELETE',
        DONE: 'EDIT DELETE',
        CANCELLED: 'EDIT REOPEN DELETE',
      },
      ASSIGNEE: { NOT_STARTED: 'REPORT_PROGRESS REPORT_DONE', IN_PROGRESS: 'REPORT_PROGRESS REPORT_DONE', REPORTED_DONE: '', DONE: '', CANCELLED: '' },
      HR: { NOT_STARTED: '', IN_PROGRESS: '', REPORTED_DONE: '', DONE: '', CANCELLED: '' },
      OUTSIDER: { NOT_STARTED: 'NOT_FOUND', IN_PROGRESS: 'NOT_FOUND', REPORTED_DONE: 'NOT_FOUND', DONE: 'NOT_FOUND', CANCELLED: 'NOT_FOUND' },
    });
    const manager = {
      NOT_STARTED: 'EDIT ok, CHANGE_DEADLINE ok, START ok, CANCEL ok, REOPEN =, REPORT_PROGRESS ok, REPORT_DONE ok, ACCEPT CONFLICT, RETURN CONFLICT, DELETE ok',
      IN_PROGRESS: 'EDIT ok, CHANGE_DEADLINE ok, START =, CANCEL ok, REOPEN CONFLICT, REPORT_PROGRESS ok, REPORT_DONE ok, ACCEPT CONFLICT, RETURN CONFLICT, DELETE ok',
      REPORTED_DONE: 'EDIT ok, CHANGE_DEADLINE ok, START CONFLICT, CANCEL CONFLICT, REOPEN CONFLICT, REPORT_PROGRESS CONFLICT, REPORT_DONE CONFLICT, ACCEPT ok, RETURN ok, DELETE ok',
      DONE: 'EDIT ok, CHANGE_DEADLINE CONFLICT, START CONFLICT, CANCEL CONFLICT, REOPEN CONFLICT, REPORT_PROGRESS CONFLICT, REPORT_DONE CONFLICT, ACCEPT CONFLICT, RETURN CONFLICT, DELETE ok',
      CANCELLED: 'EDIT ok, CHANGE_DEADLINE CONFLICT, START CONFLICT, CANCEL =, REOPEN ok, REPORT_PROGRESS CONFLICT, REPORT_DONE CONFLICT, ACCEPT CONFLICT, RETURN CONFLICT, DELETE ok',
    };
    // officials and HR are not managers: the API refuses the managers' mutations before it reads the task
    const open = 'EDIT FORBIDDEN, CHANGE_DEADLINE FORBIDDEN, START FORBIDDEN, CANCEL FORBIDDEN, REOPEN FORBIDDEN, REPORT_PROGRESS %, REPORT_DONE %, ACCEPT FORBIDDEN, RETURN FORBIDDEN, DELETE FORBIDDEN';
    const reading = (report: string) => Object.fromEntries(STATES.map((s) => [s, open.replaceAll('%', s === 'NOT_STARTED' || s === 'IN_PROGRESS' ? report : 'CONFLICT')]));
    expect(outcomes).toEqual({
      LEADER: manager,
      HEAD: manager,
      ASSIGNEE: reading('ok'),
      HR: reading('FORBIDDEN'),
      OUTSIDER: Object.fromEntries(STATES.map((s) => [s, open.replaceAll('%', 'NOT_FOUND')])),
    });
  });

  it('says why in a sentence: a deadline of a done task, a task put back to not started', async () => {
    const done = await taskIn('DONE');
    const late = await server.gql(...ACTIONS.CHANGE_DEADLINE(done, (await read(done)).version), { actor: w.headA });
    expect(late.errors?.[0].message).toBe('Nhiệm vụ đang ở trạng thái "Hoàn thành", không thể đổi thời hạn.');
    const started = await taskIn('IN_PROGRESS');
    const back = await server.gql(...ACTIONS.REOPEN(started, (await read(started)).version), { actor: w.headA, lang: 'en' });
    expect(back.errors?.[0].message).toBe('The task is "In progress": it cannot be moved to "Not started".');
  });
});
