import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { graphql } from 'graphql';
import { Clock } from './clock.js';
import { Database } from './db/database.js';
import { familyOf, openDataSource } from './db/data-source.js';
import { createLoaders } from './graphql/loaders.js';
import { appSchema } from './graphql/schema.js';
import { TaskCoordinatingUnit, TaskAssignee, Task } from './modules/task/task.entity.js';
import { TaskState } from './modules/task/task-state.js';
import { seedDemo } from './demo/seed.js';
import { systemActor } from './auth/actor.js';
import { Unit } from './modules/unit/unit.entity.js';
import { Official } from './modules/official/official.entity.js';

/**
 * `npm run bench`: times the operations users wait on (list pages, filtered search, the unit
 * summary) over BENCH_TASKS tasks (default 20,000) on a fresh SQLite file, or on
 * BENCH_DATABASE_URL. Prints a table; targets are read from it, not asserted in tests.
 */
async function main(): Promise<void> {
  const size = Number(process.env.BENCH_TASKS ?? 20000);
  const url = process.env.BENCH_DATABASE_URL;
  const settings = { url, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'chidao-bench-')) };
  const dataSource = await openDataSource(settings);
  const db = new Database(dataSource, familyOf(settings));
  const clock = new Clock();
  clock.set('2026-11-26T03:00:00Z');
  await seedDemo(db, '2026-11-26');
  const units = await db.manager.find(Unit);
  const people = await db.manager.find(Official);
  const started = performance.now();
  await db.transaction(async (m) => {
    for (let i = 0; i < size; i += 500) {
      const batch = Array.from({ length: Math.min(500, size - i) }, (_, k) => {
        const n = i + k;
        return {
          title: `Nhiệm vụ kiểm thử tải số ${n}`, description: 'Cải cách hành chính, chuyển đổi số', directiveId: null,
          leadUnitId: units[n % units.length].id, responsibleOfficialId: people[n % people.length].id, createdByOfficialId: null,
          startDate: '2026-01-01', deadline: `2026-${String((n % 12) + 1).padStart(2, '0')}-15`, originalDeadline: null,
          weight: 1, expectedResult: '', state: [TaskState.NOT_STARTED, TaskState.IN_PROGRESS, TaskState.DONE][n % 3],
          percentDone: 0, reportedDoneOn: null, completedOn: n % 3 === 2 ? '2026-06-01' : null, exceeded: false, returnCount: 0,
          version: 1, createdAt: new Date(), updatedAt: new Date(), deletedAt: null, searchText: `nhiem vu kiem thu tai so ${n}`,
        };
      });
      const result = await m.insert(Task, batch);
      const ids = result.identifiers.map((r) => r.id as number);
      await m.insert(TaskAssignee, ids.map((taskId, k) => ({ taskId, officialId: people[(k + 1) % people.length].id })));
      await m.insert(TaskCoordinatingUnit, ids.map((taskId, k) => ({ taskId, unitId: units[(k + 1) % units.length].id })).filter((r, k) => units[(k + 1) % units.length].id !== batch[k].leadUnitId));
    }
  });
  console.log(`loaded ${size} tasks in ${Math.round(performance.now() - started)} ms (${db.family})`);

  const schema = await appSchema();
  const root = units.find((u) => u.parentId === null)!;
  const run = async (label: string, source: string, variables: Record<string, unknown> = {}, repeat = 5) => {
    const times: number[] = [];
    for (let r = 0; r < repeat; r += 1) {
      const t0 = performance.now();
      const res = await graphql({ schema, source, variableValues: variables, contextValue: { db, clock, lang: 'vi', actor: systemActor(), loaders: createLoaders(db.manager, clock) } });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`${label.padEnd(48)} median ${times[Math.floor(times.length / 2)].toFixed(1).padStart(8)} ms   max ${times.at(-1)!.toFixed(1).padStart(8)} ms`);
  };
  const PAGE = `query($p: Int, $f: TaskFilter) { allTasks(perPage: $p, filter: $f) { id title timeliness leadUnit { name } responsibleOfficial { fullName } assignees { fullName } coordinatingUnits { name } } _allTasksMeta(filter: $f) { count } }`;
  await run('task list, 25 rows with relations', PAGE, { p: 25 });
  await run('task list, 1000 rows with relations (export)', PAGE, { p: 1000 });
  await run('search "kiem thu 1999" without diacritics', PAGE, { p: 25, f: { q: 'kiem thu tai so 1999' } });
  await run('overdue filter under the root unit', PAGE, { p: 25, f: { unitId: String(root.id), timeliness: 'OPEN_OVERDUE' } });
  await run('unit summary of the whole tree', `query($u: ID!) { taskSummary(unitId: $u) { total openOverdue completionRateOfDue } }`, { u: String(root.id) });
  console.log(`heap used ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MiB, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`);
  await dataSource.destroy();
  if (!url) fs.rmSync(settings.dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
