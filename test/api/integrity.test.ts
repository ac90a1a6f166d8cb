import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_TASK, HISTORY, buildWorld, vietnamTime, type World } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let w: World;

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set(vietnamTime('2024-05-02'));
  w = await buildWorld(server);
});
afterAll(() => server?.stop());

describe('history is append-only, down to the database', () => {
  it('refuses to update or delete a history line', async () => {
    const task = (await server.gql(CREATE_TASK, { title: 'Bằng chứng', leadUnitId: w.communeA })).data.createTask;
    const [event] = (await server.gql(HISTORY, { taskId: task.id })).data.allTaskEvents;
    await expect(server.db.dataSource.query('UPDATE task_event SET reason = ? WHERE id = ?', ['sửa lén', Number(event.id)])).rejects.toThrow(/append-only/);
    await expect(server.db.dataSource.query('DELETE FROM task_event WHERE id = ?', [Number(event.id)])).rejects.toThrow(/append-only/);
    expect((await server.gql(HISTORY, { taskId: task.id })).data.allTaskEvents).toEqual([event]);
  });

  it('refuses to delete a unit or official that history refers to (no cascade)', async () => {
    await expect(server.db.dataSource.query('DELETE FROM official WHERE id = ?', [Number(w.officialA)])).rejects.toThrow();
  });
});

describe('concurrent writes', () => {
  it('20 tasks created at once are all saved, each with its history line', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => server.gql(CREATE_TASK, { title: `Song song ${i}`, leadUnitId: w.communeB, assigneeIds: [w.officialB] })),
    );
    expect(results.filter((r) => r.errors).map((r) => r.errors?.[0].message)).toEqual([]);
    const count = (await server.gql(`{ _allTasksMeta(filter: { q: "song song" }) { count } }`)).data._allTasksMeta.count;
    expect(count).toBe(20);
    const [row] = await server.db.dataSource.query(
      "SELECT COUNT(*) AS n FROM task_event e JOIN task t ON t.id = e.taskId WHERE t.title LIKE 'Song song %' AND e.action = 'CREATED'",
    );
    expect(Number(row.n)).toBe(20);
  });

  it('of 10 edits naming the same version, exactly one wins and the rest get CONFLICT', async () => {
    const task = (await server.gql(CREATE_TASK, { title: 'Tranh chấp', leadUnitId: w.communeA })).data.createTask;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        server.gql('mutation($id: ID!, $t: String) { updateTask(id: $id, version: 1, title: $t) { version title } }', { id: task.id, t: `Bản ${i}` })),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions.code === 'CONFLICT')).toHaveLength(9);
    const stored = (await server.gql('query($id: ID!) { Task(id: $id) { version title } }', { id: task.id })).data.Task;
    expect(stored).toEqual(winners[0].data.updateTask);
    const edits = (await server.gql(HISTORY, { taskId: task.id })).data.allTaskEvents.filter((e: { action: string }) => e.action === 'EDITED');
    expect(edits).toHaveLength(1);
  });
});
