import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRecording, stopRecording } from '../../server/src/db/query-counter.js';
import { CREATE_TASK, buildWorld, vietnamTime, type World } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let w: World;

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set(vietnamTime('2024-01-02'));
  w = await buildWorld(server);
  const units = [w.communeA, w.communeB, w.office];
  const people = [w.headA, w.officialA, w.officialB, w.chairman];
  for (let i = 0; i < 520; i += 1) {
    const lead = units[i % 3];
    const res = await server.gql(CREATE_TASK, {
      title: `Nhiệm vụ ${i}`, leadUnitId: lead, startDate: '2024-01-02', deadline: '2024-02-01',
      responsibleOfficialId: people[i % 4], assigneeIds: [people[(i + 1) % 4], people[(i + 2) % 4]],
      coordinatingUnitIds: units.filter((u) => u !== lead).slice(0, 1 + (i % 2)),
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
});
afterAll(() => server?.stop());

/** A list page with every relation a screen shows, as the panel and API clients ask for it. */
const PAGE = `query($perPage: Int) {
  allTasks(perPage: $perPage, sortField: "id") {
    id title timeliness deadline
    leadUnit { id name code } coordinatingUnits { id name } responsibleOfficial { id fullName }
    assignees { id fullName } createdBy { id fullName } coordinatingUnitIds assigneeIds
  }
  _allTasksMeta { count }
}`;

/** What ra-data-graphql-simple sends for the task list: relations as `{ id }`. */
const PANEL_PAGE = `query($perPage: Int) {
  items: allTasks(perPage: $perPage) { id title state deadline leadUnit { id } responsibleOfficial { id } assignees { id } coordinatingUnits { id } directive { id } }
  total: _allTasksMeta { count }
}`;

async function statementsFor(query: string, perPage: number) {
  startRecording();
  const res = await server.gql(query, { perPage });
  const statements = stopRecording();
  expect(res.errors).toBeUndefined();
  return { rows: res.data.allTasks ?? res.data.items, statements };
}

describe('a page of tasks with its units, officials and assignees loads in batches', () => {
  for (const perPage of [10, 500]) {
    it(`issues at most 6 statements for perPage ${perPage}`, async () => {
      const { rows, statements } = await statementsFor(PAGE, perPage);
      expect(rows).toHaveLength(perPage);
      expect(rows[0].leadUnit.name).toBeTruthy();
      expect(rows[0].assignees).toHaveLength(2);
      expect(rows.every((r: { coordinatingUnits: unknown[] }) => r.coordinatingUnits.length >= 1)).toBe(true);
      expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(6);
    });

    it(`the panel's own list query stays as small for perPage ${perPage}`, async () => {
      const { rows, statements } = await statementsFor(PANEL_PAGE, perPage);
      expect(rows).toHaveLength(perPage);
      expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(6);
    });
  }

  it('counts the same for both page sizes, so the cost does not grow with the page', async () => {
    const small = await statementsFor(PAGE, 10);
    const large = await statementsFor(PAGE, 500);
    expect(large.statements.length).toBe(small.statements.length);
  });
});
