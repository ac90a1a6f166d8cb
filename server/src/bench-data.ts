import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { systemActor } from './auth/actor.js';
import { Role } from './auth/roles.js';
import { Clock } from './clock.js';
import { Database } from './db/database.js';
import { dataSourceOptions, familyOf, openDataSource } from './db/data-source.js';
import { foldForSearch } from './text.js';
import { AccountService } from './modules/account/account.service.js';
import { TokenService } from './auth/token.js';
import { ensureCatalogues } from './modules/kpi/kpi-catalogue.service.js';
import { Indicator, IndicatorCatalogue, IndicatorGroup, IndicatorGroupScore, IndicatorResult, PeriodKind, TaskIndicatorTarget } from './modules/kpi/kpi.entity.js';
import { OfficialAssignment, DutyGroup, PostRole } from './modules/official/official-assignment.entity.js';
import { Official, OfficialCategory } from './modules/official/official.entity.js';
import { TaskAction, TaskEvent } from './modules/task/task-event.entity.js';
import { TaskState } from './modules/task/task-state.js';
import { TaskUpdate } from './modules/task/task-update.entity.js';
import { Task, TaskAssignee, TaskCoordinatingUnit } from './modules/task/task.entity.js';
import { Unit, UnitKind } from './modules/unit/unit.entity.js';
import { readSettings } from './settings.js';

/**
 * `npm run bench:data`: a province generated from a seed into the configured database
 * (DATABASE_URL, e.g. mariadb://root@127.0.0.1:3306/chidao_bench; else SQLite in DATA_DIR):
 * 120 units, 20,000 officials, 200,000 tasks with deadlines 2022–2026, assignees, coordinating
 * units, progress reports, history, indicator links and monthly KPI results. The same seed
 * gives the same province. A MariaDB database is dropped and created anew; its name must start
 * with `chidao_bench`, so that no other database is ever touched.
 */
export const BENCH = {
  seed: Number(process.env.BENCH_SEED ?? 766),
  departments: 20,
  communes: 99,
  officials: Number(process.env.BENCH_OFFICIALS ?? 20_000),
  tasks: Number(process.env.BENCH_TASK_COUNT ?? 200_000),
  password: 'bench-mat-khau-1',
};

/** mulberry32: small, fast and the same everywhere. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: T[]) => xs[Math.floor(next() * xs.length)] };
}

function progress(label: string, done: number, total: number, started: number): void {
  if (!process.stdout.isTTY && done !== total && done % Math.max(1, Math.floor(total / 10)) !== 0) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  const line = `${label.padEnd(24)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(done).padStart(7)}/${total} ${((performance.now() - started) / 1000).toFixed(0)} s`;
  process.stdout.write(process.stdout.isTTY ? `\r${line}${done === total ? '\n' : ''}` : `${line}\n`);
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);
const DAY = 86_400_000;

/**
 * Multi-row inserts of `chunk` rows. On MariaDB the statement is written here, not by TypeORM's
 * insert builder, whose bookkeeping per row and column (identifiers, generated keys, entity
 * updates) cost more than the database's work; values still go through the driver's
 * `preparePersistentValue` (dates, JSON, transformers), and a column a row leaves unset takes its
 * DEFAULT. All of it runs on one connection without foreign-key and unique checks (the generator
 * makes the keys), one transaction per table.
 */
async function insertAll<T extends ObjectLiteral>(db: Database, label: string, entity: EntityTarget<T>, rows: Iterable<T>, total: number, chunk = 1000): Promise<void> {
  const started = performance.now();
  let batch: T[] = [];
  let done = 0;
  const meta = db.dataSource.getMetadata(entity);
  const columns = meta.columns.filter((c) => !c.isVirtual);
  const driver = db.dataSource.driver;
  const head = `INSERT INTO ${driver.escape(meta.tableName)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES `;
  const runner = db.family === 'mariadb' ? db.dataSource.createQueryRunner() : null;
  if (runner) {
    await runner.query('SET foreign_key_checks = 0, unique_checks = 0');
    await runner.startTransaction();
  }
  const flush = async () => {
    if (batch.length === 0) return;
    if (runner) {
      const params: unknown[] = [];
      const tuples = batch.map((row) => `(${columns.map((c) => {
        const value = c.getEntityValue(row);
        if (value === undefined) return 'DEFAULT';
        params.push(driver.preparePersistentValue(value, c));
        return '?';
      }).join(', ')})`);
      await runner.query(head + tuples.join(', '), params);
    } else {
      await db.dataSource.createQueryBuilder().insert().into(entity).values(batch as never).updateEntity(false).execute();
    }
    done += batch.length;
    batch = [];
    progress(label, Math.min(done, total), total, started);
  };
  try {
    for (const row of rows) {
      batch.push(row);
      if (batch.length >= (runner ? chunk * 5 : chunk)) await flush();
    }
    await flush();
    if (runner) await runner.commitTransaction();
  } catch (error) {
    if (runner?.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner?.release();
  }
  if (done === 0) progress(label, 0, 0, started);
}

async function freshDatabase(): Promise<Database> {
  const settings = readSettings().database;
  if (settings.url) {
    const url = new URL(settings.url);
    const name = url.pathname.replace(/^\//, '');
    if (!/^chidao_bench\w*$/.test(name)) throw new Error(`bench:data writes only into a database named chidao_bench…, not "${name}"`);
    const server = new URL(settings.url);
    server.pathname = '/information_schema'; // connected to, never written
    const admin = new DataSource(dataSourceOptions({ url: server.toString(), dataDir: '' }));
    await admin.initialize();
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.destroy();
  } else {
    const fs = await import('node:fs');
    fs.rmSync(settings.dataDir, { recursive: true, force: true });
    fs.mkdirSync(settings.dataDir, { recursive: true });
  }
  return new Database(await openDataSource(settings), familyOf(settings));
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const rnd = random(BENCH.seed);
  const db = await freshDatabase();
  console.log(`bench:data into ${db.family}, seed ${BENCH.seed}`);
  const clock = new Clock();
  clock.set('2026-11-26T03:00:00.000Z');
  await ensureCatalogues(db);

  // --- units: the province, 20 departments, 99 communes ---------------------------------------
  const units: Unit[] = [];
  const unitRow = (id: number, code: string, name: string, kind: UnitKind, parent: Unit | null): Unit =>
    Object.assign(new Unit(), { id, code, name, kind, parentId: parent?.id ?? null, path: `${parent?.path ?? '/'}${id}/`, validFrom: '2025-07-01', validTo: null, isSample: false, searchText: foldForSearch(`${code} ${name}`) });
  const province = unitRow(1, 'TINH', 'UBND tỉnh Thử Nghiệm', UnitKind.PROVINCE, null);
  units.push(province);
  for (let i = 0; i < BENCH.departments; i += 1) units.push(unitRow(units.length + 1, `SO-${pad(i + 1)}`, `Sở số ${i + 1}`, UnitKind.PROVINCE_DEPARTMENT, province));
  for (let i = 0; i < BENCH.communes; i += 1) units.push(unitRow(units.length + 1, `XA-${String(i + 1).padStart(3, '0')}`, `Xã số ${i + 1}`, UnitKind.COMMUNE, province));
  await insertAll(db, 'units', Unit, units, units.length);

  // --- officials and their posts ----------------------------------------------------------------
  const surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
  const middles = ['Văn', 'Thị', 'Hữu', 'Minh', 'Ngọc', 'Đức', 'Thu', 'Quang'];
  const givens = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hà', 'Hải', 'Hùng', 'Lan', 'Linh', 'Mai', 'Nam', 'Phương', 'Quân', 'Sơn', 'Thảo', 'Trang', 'Tuấn', 'Yến'];
  const working = units.slice(1);
  const staffOf = new Map<number, number[]>(working.map((u) => [u.id, []]));
  const officials: Official[] = [];
  const posts: OfficialAssignment[] = [];
  const duties = Object.values(DutyGroup);
  for (let id = 1; id <= BENCH.officials; id += 1) {
    // communes are larger than departments (about 170 against 150)
    const unit = id <= working.length * 3 ? working[(id - 1) % working.length] : (rnd.next() < 0.85 ? working[BENCH.departments + rnd.int(BENCH.communes)] : working[rnd.int(BENCH.departments)]);
    const fullName = `${rnd.pick(surnames)} ${rnd.pick(middles)} ${rnd.pick(givens)} ${id}`;
    officials.push(Object.assign(new Official(), { id, fullName, category: rnd.next() < 0.1 ? OfficialCategory.CAN_BO : OfficialCategory.CONG_CHUC, isSample: false, searchText: foldForSearch(fullName) }));
    const role = id <= working.length ? PostRole.HEAD : id <= working.length * 3 ? PostRole.DEPUTY : PostRole.MEMBER;
    const moved = role === PostRole.MEMBER && rnd.next() < 0.05;
    if (moved) {
      const before = working[rnd.int(working.length)];
      posts.push(Object.assign(new OfficialAssignment(), { officialId: id, unitId: before.id, position: 'Công chức', role, dutyGroup: rnd.pick(duties), validFrom: '2020-01-01', validTo: '2024-06-30' }));
    }
    posts.push(Object.assign(new OfficialAssignment(), {
      officialId: id, unitId: unit.id, position: role === PostRole.HEAD ? 'Thủ trưởng' : role === PostRole.DEPUTY ? 'Phó thủ trưởng' : 'Công chức',
      role, dutyGroup: role === PostRole.MEMBER ? rnd.pick(duties) : DutyGroup.LEADERSHIP, validFrom: moved ? '2024-07-01' : '2020-01-01', validTo: null,
    }));
    staffOf.get(unit.id)!.push(id);
  }
  await insertAll(db, 'officials', Official, officials, officials.length);
  await insertAll(db, 'posts', OfficialAssignment, posts, posts.length);

  // --- tasks with their parties, reports and history -------------------------------------------
  const indicators = await db.manager.find(Indicator, { order: { id: 'ASC' } });
  const start2022 = Date.UTC(2022, 0, 1);
  const today = Date.UTC(2026, 10, 26);
  // a few officials answer for hundreds of tasks: the heads of the departments
  const busy = working.slice(0, BENCH.departments).map((u) => staffOf.get(u.id)![0]);
  function* tasks(): Generator<Task> {
    for (let id = 1; id <= BENCH.tasks; id += 1) {
      const lead = rnd.next() < 0.3 ? working[rnd.int(BENCH.departments)] : working[BENCH.departments + rnd.int(BENCH.communes)];
      const staff = staffOf.get(lead.id)!;
      const startT = start2022 + rnd.int(5 * 365 - 60) * DAY;
      const hasDeadline = rnd.next() < 0.92;
      const original = hasDeadline ? startT + (15 + rnd.int(120)) * DAY : null;
      const extended = original !== null && rnd.next() < 0.08 ? original + (10 + rnd.int(60)) * DAY : original;
      const due = extended ?? startT + 90 * DAY;
      let state = TaskState.IN_PROGRESS;
      let completedOn: string | null = null;
      let reportedDoneOn: string | null = null;
      const r = rnd.next();
      if (r < 0.02) state = TaskState.CANCELLED;
      else if (due < today && r < 0.9) {
        state = TaskState.DONE;
        const late = rnd.next() < 0.18;
        const doneT = Math.min(today, late ? due + (1 + rnd.int(40)) * DAY : due - rnd.int(20) * DAY);
        completedOn = dayOf(Math.max(startT, doneT));
        reportedDoneOn = completedOn;
      } else if (rnd.next() < 0.1) {
        state = TaskState.REPORTED_DONE;
        reportedDoneOn = dayOf(Math.min(today, startT + 10 * DAY));
      } else if (rnd.next() < 0.3) state = TaskState.NOT_STARTED;
      const responsible = rnd.next() < 0.03 ? rnd.pick(busy) : rnd.pick(staff);
      const created = new Date(startT + 8 * 3_600_000);
      const title = `Nhiệm vụ ${id}: triển khai chỉ đạo số ${1 + (id % 900)} về cải cách hành chính`;
      yield Object.assign(new Task(), {
        id, title, description: `Thực hiện theo kế hoạch; báo cáo kết quả định kỳ. Mã ${id}.`, directiveId: null, leadUnitId: lead.id,
        responsibleOfficialId: responsible, createdByOfficialId: staffOf.get(lead.id)![0], startDate: dayOf(startT),
        deadline: extended === null ? null : dayOf(extended), originalDeadline: original === null ? null : dayOf(original), weight: 1 + rnd.int(3),
        expectedResult: 'Hoàn thành đúng hạn', state, percentDone: state === TaskState.DONE ? 100 : rnd.int(90), reportedDoneOn, completedOn,
        exceeded: state === TaskState.DONE && rnd.next() < 0.04, returnCount: rnd.next() < 0.05 ? 1 + rnd.int(2) : 0, version: 1,
        createdAt: created, updatedAt: created, deletedAt: null, searchText: foldForSearch(title),
      });
    }
  }
  // parties, reports, history and links are drawn from a second generator with its own seed
  const side = random(BENCH.seed + 1);
  const assignees: TaskAssignee[] = [];
  const coordinating: TaskCoordinatingUnit[] = [];
  const updates: TaskUpdate[] = [];
  const events: TaskEvent[] = [];
  const links: TaskIndicatorTarget[] = [];
  const allTasks: Task[] = [];
  for (const t of tasks()) {
    allTasks.push(t);
    const staff = staffOf.get(t.leadUnitId)!;
    const people = new Set<number>();
    for (let k = side.int(3) + 1; k > 0; k -= 1) people.add(side.pick(staff));
    people.delete(t.responsibleOfficialId!);
    for (const officialId of people) assignees.push(Object.assign(new TaskAssignee(), { taskId: t.id, officialId }));
    const coord = new Set<number>();
    for (let k = side.int(3); k > 0; k -= 1) coord.add(working[side.int(working.length)].id);
    coord.delete(t.leadUnitId);
    for (const unitId of coord) coordinating.push(Object.assign(new TaskCoordinatingUnit(), { taskId: t.id, unitId }));
    events.push(Object.assign(new TaskEvent(), { taskId: t.id, at: t.createdAt, actorOfficialId: t.createdByOfficialId, actorAccountId: null, action: TaskAction.CREATED, field: null, before: null, after: null, reason: null }));
    if (t.deadline !== t.originalDeadline) {
      events.push(Object.assign(new TaskEvent(), { taskId: t.id, at: t.createdAt, actorOfficialId: t.createdByOfficialId, actorAccountId: null, action: TaskAction.DEADLINE_CHANGED, field: 'deadline', before: JSON.stringify(t.originalDeadline), after: JSON.stringify(t.deadline), reason: 'Gia hạn theo đề nghị' }));
    }
    if (t.state !== TaskState.NOT_STARTED && t.state !== TaskState.CANCELLED) {
      const reports = 1 + side.int(2);
      for (let k = 0; k < reports; k += 1) {
        const on = t.reportedDoneOn && k === reports - 1 ? t.reportedDoneOn : t.startDate;
        const state = t.reportedDoneOn && k === reports - 1 ? TaskState.REPORTED_DONE : TaskState.IN_PROGRESS;
        updates.push(Object.assign(new TaskUpdate(), { taskId: t.id, officialId: t.responsibleOfficialId!, reportedAt: new Date(`${on}T09:00:00.000Z`), reportedOn: on, state, percentDone: state === TaskState.REPORTED_DONE ? 100 : 30 + 20 * k, note: `Báo cáo tiến độ lần ${k + 1}`, evidenceLinks: [] }));
        events.push(Object.assign(new TaskEvent(), { taskId: t.id, at: new Date(`${on}T09:00:00.000Z`), actorOfficialId: t.responsibleOfficialId, actorAccountId: null, action: TaskAction.PROGRESS_REPORTED, field: 'state', before: null, after: JSON.stringify(state), reason: null }));
      }
    }
    if (side.next() < 0.1 && indicators.length) {
      links.push(Object.assign(new TaskIndicatorTarget(), { taskId: t.id, indicatorId: indicators[side.int(indicators.length)].id, target: 80_00 + side.int(20_00), baseline: 40_00 + side.int(30_00) }));
    }
  }
  await insertAll(db, 'tasks', Task, allTasks, allTasks.length);
  await insertAll(db, 'assignees', TaskAssignee, assignees, assignees.length, 2000);
  await insertAll(db, 'coordinating units', TaskCoordinatingUnit, coordinating, coordinating.length, 2000);
  await insertAll(db, 'progress reports', TaskUpdate, updates, updates.length);
  await insertAll(db, 'history', TaskEvent, events, events.length);
  await insertAll(db, 'indicator links', TaskIndicatorTarget, links, links.length, 2000);

  // --- monthly KPI results of every unit, 2022–2026 ---------------------------------------------
  const catalogue = (await db.manager.find(IndicatorCatalogue, { order: { id: 'DESC' } }))[0];
  const groups = await db.manager.find(IndicatorGroup, { where: { catalogueId: catalogue.id }, order: { id: 'ASC' } });
  const results: IndicatorResult[] = [];
  const scores: IndicatorGroupScore[] = [];
  let resultId = 0;
  for (const unit of units) {
    for (let year = 2022; year <= 2026; year += 1) {
      for (let month = 1; month <= (year === 2026 ? 10 : 12); month += 1) {
        resultId += 1;
        const parts = groups.map((g) => Math.round(g.max * (0.5 + side.next() * 0.5)));
        results.push(Object.assign(new IndicatorResult(), { id: resultId, unitId: unit.id, catalogueId: catalogue.id, periodKind: PeriodKind.MONTH, year, periodNumber: month, total: parts.reduce((a, b) => a + b, 0), asPublished: false, note: null, inconsistency: null, createdAt: new Date(Date.UTC(year, month, 1)), createdByAccountId: null }));
        groups.forEach((g, k) => scores.push(Object.assign(new IndicatorGroupScore(), { resultId, groupId: g.id, score: parts[k] })));
      }
    }
  }
  await insertAll(db, 'KPI results', IndicatorResult, results, results.length);
  await insertAll(db, 'KPI group scores', IndicatorGroupScore, scores, scores.length, 2000);

  // --- accounts the benchmark signs in with --------------------------------------------------------
  const accounts = new AccountService(db, clock, new TokenService(db, clock, 60), systemActor());
  for (const [username, roles] of [['bench-lanhdao', [Role.LEADER, Role.HR, Role.ADMIN]]] as const) {
    const account = await accounts.create({ username, password: BENCH.password, officialId: String(busy[0]) });
    for (const role of roles) await accounts.createRole({ accountId: String(account.id), role, unitId: String(province.id) });
    await db.transaction((m) => m.update('account', account.id, { passwordTemporary: false }));
  }
  if (db.family === 'mariadb') await db.dataSource.query('ANALYZE TABLE task, task_assignee, task_coordinating_unit, unit, official, official_assignment, task_indicator_target');
  else await db.dataSource.query('ANALYZE');
  console.log(`done in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${units.length} units, ${officials.length} officials, ${allTasks.length} tasks, ${assignees.length} assignees, ${updates.length} reports, ${events.length} history rows, ${links.length} indicator links, ${results.length} KPI results`);
  await db.dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
