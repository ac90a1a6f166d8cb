import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timelinessOf } from '../../server/src/rules/timeliness.js';
import { ACCEPT, CREATE_TASK, GET_TASK, REPORT, buildWorld, vietnamTime, type World } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let w: World;

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set(vietnamTime('2023-11-01'));
  w = await buildWorld(server);
});
afterAll(() => server?.stop());

const IDS_BY_TIMELINESS = `query($t: Timeliness!) { allTasks(filter: { timeliness: $t }, perPage: 1000) { id } }`;

async function idsWith(timeliness: string): Promise<string[]> {
  return (await server.gql(IDS_BY_TIMELINESS, { t: timeliness })).data.allTasks.map((t: { id: string }) => t.id);
}

describe('a task due 08/11 turns overdue at 00:00 on 09/11 in Vietnam, whatever the server clock zone', () => {
  let id: string;
  beforeAll(async () => {
    id = (await server.gql(CREATE_TASK, { title: 'Hạn 08/11', leadUnitId: w.communeA, startDate: '2023-11-01', deadline: '2023-11-08' })).data.createTask.id;
  });

  it('is within its deadline at 23:59:59 on 08/11 (16:59:59 UTC)', async () => {
    server.clock.set('2023-11-08T16:59:59.000Z');
    expect((await server.gql(GET_TASK, { id })).data.Task.timeliness).toBe('OPEN_WITHIN_DEADLINE');
    expect(await idsWith('OPEN_WITHIN_DEADLINE')).toContain(id);
    expect(await idsWith('OPEN_OVERDUE')).not.toContain(id);
  });

  it('is overdue at 00:00 on 09/11 (17:00 UTC on 08/11), in the field and in the SQL filter', async () => {
    server.clock.set('2023-11-08T17:00:00.000Z');
    expect((await server.gql(GET_TASK, { id })).data.Task.timeliness).toBe('OPEN_OVERDUE');
    expect(await idsWith('OPEN_OVERDUE')).toContain(id);
    expect(await idsWith('OPEN_WITHIN_DEADLINE')).not.toContain(id);
  });

  it('is done on time when reported at 23:59 on the deadline and accepted days later', async () => {
    server.clock.set(vietnamTime('2023-11-01'));
    const t = (await server.gql(CREATE_TASK, { title: 'Báo cáo sát giờ', leadUnitId: w.communeA, startDate: '2023-11-01', deadline: '2023-11-08', assigneeIds: [w.officialA] })).data.createTask;
    server.clock.set(vietnamTime('2023-11-08', '23:59:00'));
    await server.gql(REPORT, { taskId: t.id, state: 'REPORTED_DONE' }, { actor: w.officialA });
    server.clock.set(vietnamTime('2023-11-13'));
    expect((await server.gql(GET_TASK, { id: t.id })).data.Task.timeliness).toBe('OPEN_WITHIN_DEADLINE');
    const done = (await server.gql(ACCEPT, { id: t.id })).data.acceptTask;
    expect(done).toMatchObject({ completedOn: '2023-11-08', timeliness: 'DONE_ON_TIME' });
  });

  it('is done late when reported at 00:01 on the day after', async () => {
    server.clock.set(vietnamTime('2023-11-01'));
    const t = (await server.gql(CREATE_TASK, { title: 'Báo cáo quá hạn một phút', leadUnitId: w.communeA, startDate: '2023-11-01', deadline: '2023-11-08', assigneeIds: [w.officialA] })).data.createTask;
    server.clock.set(vietnamTime('2023-11-09', '00:01:00'));
    await server.gql(REPORT, { taskId: t.id, state: 'REPORTED_DONE' }, { actor: w.officialA });
    expect((await server.gql(ACCEPT, { id: t.id })).data.acceptTask).toMatchObject({ completedOn: '2023-11-09', timeliness: 'DONE_LATE' });
  });
});

describe('the SQL rule and the TypeScript rule agree on every kind of task', () => {
  it('for each state, deadline and report date, on the real database', async () => {
    server.clock.set(vietnamTime('2023-11-01'));
    const made: Array<{ id: string; expected: string | null }> = [];
    const deadlines = [null, '2023-11-05', '2023-11-10', '2023-11-20'];
    for (const deadline of deadlines) {
      for (const story of ['open', 'progress', 'reported', 'done', 'cancelled'] as const) {
        server.clock.set(vietnamTime('2023-11-01'));
        const t = (await server.gql(CREATE_TASK, { title: `Kịch bản ${story} ${deadline}`, leadUnitId: w.communeB, startDate: '2023-11-01', deadline, assigneeIds: [w.officialB] })).data.createTask;
        server.clock.set(vietnamTime('2023-11-07'));
        if (story === 'progress') await server.gql(REPORT, { taskId: t.id, state: 'IN_PROGRESS', percentDone: 30 }, { actor: w.officialB });
        if (story === 'reported' || story === 'done') await server.gql(REPORT, { taskId: t.id, state: 'REPORTED_DONE' }, { actor: w.officialB });
        if (story === 'done') await server.gql(ACCEPT, { id: t.id });
        if (story === 'cancelled') {
          await server.gql('mutation($id: ID!) { updateTask(id: $id, version: 1, state: CANCELLED) { id } }', { id: t.id });
        }
        made.push({ id: t.id, expected: null });
      }
    }
    server.clock.set(vietnamTime('2023-11-12'));
    const rows = (await server.gql(`query($ids: [ID!]) { allTasks(filter: { ids: $ids }, perPage: 1000) {
      id state deadline reportedDoneOn completedOn timeliness } }`, { ids: made.map((m) => m.id) })).data.allTasks;
    const seen = new Set<string>();
    for (const row of rows) {
      const expected = timelinessOf(row, '2023-11-12');
      expect(row.timeliness).toBe(expected);
      if (expected) {
        seen.add(expected);
        expect(await idsWith(expected)).toContain(row.id);
      }
    }
    expect([...seen].sort()).toEqual(['DONE_LATE', 'DONE_NO_DEADLINE', 'DONE_ON_TIME', 'OPEN_NO_DEADLINE', 'OPEN_OVERDUE', 'OPEN_WITHIN_DEADLINE']);
  });
});
