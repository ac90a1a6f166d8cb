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
import { KpiResultService } from './modules/kpi/kpi-result.service.js';
import { ensureCatalogues } from './modules/kpi/kpi-catalogue.service.js';
import { Unit } from './modules/unit/unit.entity.js';
import { Official, OfficialCategory } from './modules/official/official.entity.js';
import { DutyGroup, PostRole } from './modules/official/official-assignment.entity.js';
import { OfficialService } from './modules/official/official.service.js';
import { Evaluation } from './modules/evaluation/evaluation.entity.js';
import { EvaluationService } from './modules/evaluation/evaluation.service.js';

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
  await ensureCatalogues(db);
  await seedDemo(db, '2026-11-26', { evaluations: false });
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
  const results = new KpiResultService(db, clock, systemActor());
  const lines = ['ma_don_vi;ky;tong_diem;CKMB;TDGQ;TDGQ.1 %'];
  const codes = units.map((u) => u.code);
  for (let i = 0; i < 10_000; i += 1) {
    lines.push(`${codes[i % codes.length]};T${1 + (Math.floor(i / codes.length) % 12)}/${2030 + Math.floor(i / (codes.length * 12))};30,8;12,3;18,5;92,5`);
  }
  const t0 = performance.now();
  const report = await results.import('bench.csv', Buffer.from(lines.join('\n')).toString('base64'));
  console.log(`${'import of 10,000 KPI result rows (csv)'.padEnd(48)} ${(performance.now() - t0).toFixed(0).padStart(8)} ms   saved: ${report.saved}, ${report.imported} rows`);
  // the year's evaluation over the province, with 1,000 more officials posted in its communes
  const officials = new OfficialService(db, clock, systemActor());
  const communes = units.filter((u) => u.kind === 'COMMUNE' && u.validTo === null);
  for (let i = 0; i < 1000; i += 1) {
    const o = await officials.create({ fullName: `Công chức kiểm thử ${i}`, category: OfficialCategory.CONG_CHUC });
    await officials.createAssignment({ officialId: String(o.id), unitId: String(communes[i % communes.length].id), position: 'Công chức', role: PostRole.MEMBER, dutyGroup: DutyGroup.OTHER, validFrom: '2025-07-01' });
  }
  const province = units.find((u) => u.parentId === null && u.validTo === null)!;
  const t1 = performance.now();
  const cycle = await new EvaluationService(db, clock, systemActor()).openCycle({ year: 2026, unitId: String(province.id), opensOn: '2026-12-01', closesOn: '2026-12-14' });
  console.log(`${'open the 2026 cycle over the province'.padEnd(48)} ${(performance.now() - t1).toFixed(0).padStart(8)} ms   evaluations: ${await db.manager.countBy(Evaluation, { cycleId: cycle.id })}`);
  const BOARD = `query($c: ID!, $p: Int) { allEvaluations(filter: { cycleId: $c }, perPage: $p) { id proposalText unitBound official { fullName } unit { name } history { year decidedLevel } } evaluationQuotas(cycleId: $c) { allowed } }`;
  await run('evaluation board, 1000 rows with quotas', BOARD, { c: String(cycle.id), p: 1000 });
  console.log(`heap used ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MiB, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`);
  await dataSource.destroy();
  if (!url) fs.rmSync(settings.dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
