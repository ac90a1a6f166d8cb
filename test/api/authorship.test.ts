import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, CREATE_TASK, HISTORY, vietnamTime, type World } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** The author of every record is the signed-in account's official: no argument names another. */
let server: TestServer;
let w: World;

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set(vietnamTime('2026-11-20'));
  w = await buildWorld(server);
});
afterAll(() => server?.stop());

describe('nobody acts in another person\'s name', () => {
  it('a head cannot create a task as the chairman: the argument does not exist', async () => {
    const res = await server.gql(`mutation($u: ID!, $c: ID) { createTask(title: "Giao thay", leadUnitId: $u, createdByOfficialId: $c) { id } }`, { u: w.communeA, c: w.chairman }, { actor: w.headA });
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].message).toMatch(/createdByOfficialId/);
    expect((await server.gql(`{ _allTasksMeta { count } }`)).data._allTasksMeta.count).toBe(0);
  });

  it('a task a head creates names the head as its assigner, in the task and in its history', async () => {
    const task = (await server.gql(CREATE_TASK, { title: 'Việc của xã', leadUnitId: w.communeA, assigneeIds: [w.officialA] }, { actor: w.headA })).data.createTask;
    const read = await server.gql(`query($id: ID!) { Task(id: $id) { createdBy { id fullName } } }`, { id: task.id });
    expect(read.data.Task.createdBy).toEqual({ id: w.headA, fullName: 'Hoàng Thị Thủy' });
    const history = (await server.gql(HISTORY, { taskId: task.id })).data.allTaskEvents;
    expect(history.map((e: { actorOfficialId: string }) => e.actorOfficialId)).toEqual([w.headA]);
  });

  it('a head cannot report progress in the chairman\'s name; their own report carries their name', async () => {
    const task = (await server.gql(CREATE_TASK, { title: 'Báo cáo thay', leadUnitId: w.communeA, assigneeIds: [w.officialA] }, { actor: w.headA })).data.createTask;
    const forged = await server.gql(`mutation($t: ID!, $o: ID) { createTaskUpdate(taskId: $t, state: IN_PROGRESS, percentDone: 50, officialId: $o) { id } }`, { t: task.id, o: w.chairman }, { actor: w.headA });
    expect(forged.data ?? null).toBeNull();
    expect(forged.errors?.[0].message).toMatch(/officialId/);
    const own = await server.gql(`mutation($t: ID!) { createTaskUpdate(taskId: $t, state: IN_PROGRESS, percentDone: 50) { id official { id } } }`, { t: task.id }, { actor: w.headA });
    expect(own.data.createTaskUpdate.official).toEqual({ id: w.headA });
    const history = (await server.gql(HISTORY, { taskId: task.id })).data.allTaskEvents;
    expect(history.map((e: { actorOfficialId: string }) => e.actorOfficialId)).toEqual([w.headA, w.headA, w.headA]); // created; state and percent reported
  });

  it('an account without an official cannot put a name to a progress report', async () => {
    const task = (await server.gql(CREATE_TASK, { title: 'Không ai đứng tên', leadUnitId: w.communeA, assigneeIds: [w.officialA] })).data.createTask;
    const res = await server.gql(`mutation($t: ID!) { createTaskUpdate(taskId: $t, state: IN_PROGRESS, percentDone: 10) { id } }`, { t: task.id });
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toContain('không gắn với cán bộ');
    expect((await server.gql(`query($t: ID) { _allTaskUpdatesMeta(filter: { taskId: $t }) { count } }`, { t: task.id })).data._allTaskUpdatesMeta.count).toBe(0);
  });
});
