import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import mysql from 'mysql2/promise';
import { CYCLE_SQL } from './modules/evaluation/evaluation.facts.js';
import { TaskState } from './modules/task/task-state.js';
import { timelinessSql } from './rules/timeliness.js';

/**
 * `npm run bench` (after `npm run bench:data` into a MariaDB given by DATABASE_URL): starts the
 * production server on the province, its naive peer (the same server with batching off) and a
 * minimal mysql2 JSON endpoint serving the same page, and measures each figure of issue 9 against
 * its twin, alternating, medians of several rounds. Prints a table and writes BENCHMARKS.md.
 * Ports 4901–4903 unless BENCH_PORT says otherwise. Not run by CI.
 */
const URL_ = process.env.DATABASE_URL ?? '';
if (!/^mariadb:\/\/|^mysql:\/\//.test(URL_)) {
  console.error('npm run bench measures against MariaDB: set DATABASE_URL=mariadb://root@127.0.0.1:3306/chidao_bench (after npm run bench:data)');
  process.exit(1);
}
if (!/\/chidao_bench\w*$/.test(URL_.split('?')[0])) {
  console.error('npm run bench resets the evaluation tables of its database: it runs only on a database named chidao_bench…');
  process.exit(1);
}
const BASE = Number(process.env.BENCH_PORT ?? 4901);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 8);
const PASSWORD = 'bench-mat-khau-1';
const root = path.resolve(__dirname, '..', '..');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;

function startServer(port: number, naive: boolean): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(root, 'server', 'dist', 'main.js')], {
    env: { ...process.env, PORT: String(port), NODE_ENV: 'production', DEMO: '0', LOG_LEVEL: 'warn', CHIDAO_BATCHING: naive ? '0' : '1', DATABASE_URL: URL_ },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const probe = () => http.get(`http://127.0.0.1:${port}/readyz`, (res) => {
      res.resume();
      if (res.statusCode === 200) resolve(child);
      else setTimeout(probe, 300);
    }).on('error', () => (Date.now() - started > 60_000 ? reject(new Error(`server on ${port} did not start`)) : setTimeout(probe, 300)));
    probe();
  });
}

function peakRss(child: ChildProcess): number {
  const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function post(port: number, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json() as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return body.data;
}

async function login(port: number): Promise<string> {
  return (await post(port, null, 'mutation($p: String!) { login(username: "bench-lanhdao", password: $p) { token } }', { p: PASSWORD })).login.token;
}

/** Requests per second and p50 under `connections` clients for `seconds`. */
async function load(request: () => Promise<unknown>, connections = 10, seconds = LOAD_SECONDS): Promise<{ rps: number; p50: number }> {
  const until = performance.now() + seconds * 1000;
  const times: number[] = [];
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < until) {
      const t = performance.now();
      await request();
      times.push(performance.now() - t);
    }
  }));
  return { rps: times.length / seconds, p50: median(times) };
}

async function timed(fn: () => Promise<unknown>, rounds = 5): Promise<number> {
  const times: number[] = [];
  await fn(); // warm
  for (let i = 0; i < rounds; i += 1) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

const PAGE = `query($page: Int) { allTasks(page: $page, perPage: 100, sortField: "id") {
  id title state deadline timeliness leadUnit { id name } responsibleOfficial { id fullName } assignees { id fullName } coordinatingUnits { id name } } }`;

/** The same page, served by mysql2 and JSON.stringify alone: the ceiling of any server. */
function rawEndpoint(pool: mysql.Pool, port: number): Promise<http.Server> {
  const server = http.createServer(async (req, res) => {
    const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? 0);
    const [tasks] = await pool.query<any[]>(
      `SELECT t.id, t.title, t.state, t.deadline, t.leadUnitId, t.responsibleOfficialId,
         (SELECT GROUP_CONCAT(c.unitId) FROM task_coordinating_unit c WHERE c.taskId = t.id) AS units,
         (SELECT GROUP_CONCAT(a.officialId) FROM task_assignee a WHERE a.taskId = t.id) AS people
       FROM task t WHERE t.deletedAt IS NULL ORDER BY t.id LIMIT 100 OFFSET ?`, [page * 100]);
    const ids = (s: string | null) => (s ? s.split(',').map(Number) : []);
    const unitIds = [...new Set(tasks.flatMap((t) => [t.leadUnitId, ...ids(t.units)]))];
    const officialIds = [...new Set(tasks.flatMap((t) => [t.responsibleOfficialId, ...ids(t.people)]).filter(Boolean))];
    const [[units], [people]] = await Promise.all([
      pool.query<any[]>('SELECT id, name FROM unit WHERE id IN (?)', [unitIds.length ? unitIds : [0]]),
      pool.query<any[]>('SELECT id, fullName FROM official WHERE id IN (?)', [officialIds.length ? officialIds : [0]]),
    ]);
    const u = new Map(units.map((r) => [r.id, r]));
    const o = new Map(people.map((r) => [r.id, r]));
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { allTasks: tasks.map((t) => ({
      id: String(t.id), title: t.title, state: t.state, deadline: t.deadline, leadUnit: u.get(t.leadUnitId), responsibleOfficial: o.get(t.responsibleOfficialId) ?? null,
      assignees: ids(t.people).map((id) => o.get(id)), coordinatingUnits: ids(t.units).map((id) => u.get(id)),
    })) } }));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

async function main(): Promise<void> {
  // what else the machine was doing: the absolute times depend on it, the ratios (measured alternately) much less
  const loadAtStart = os.loadavg()[0];
  const pool = mysql.createPool({ uri: URL_.replace(/^mariadb:/, 'mysql:'), connectionLimit: 10, dateStrings: true, timezone: 'Z' });
  const [[counts]] = await pool.query<any[]>('SELECT (SELECT COUNT(*) FROM unit) AS units, (SELECT COUNT(*) FROM official) AS officials, (SELECT COUNT(*) FROM task) AS tasks');
  if (Number(counts.tasks) === 0) throw new Error('no tasks: run npm run bench:data first');
  console.log(`province: ${counts.units} units, ${counts.officials} officials, ${counts.tasks} tasks`);
  const [[province]] = await pool.query<any[]>('SELECT id, path FROM unit WHERE parentId IS NULL ORDER BY id LIMIT 1');
  const [[commune]] = await pool.query<any[]>("SELECT u.id, u.path, COUNT(*) AS n FROM unit u JOIN official_assignment a ON a.unitId = u.id WHERE u.kind = 'COMMUNE' GROUP BY u.id, u.path ORDER BY n DESC LIMIT 1");
  await pool.query('DELETE s FROM evaluation_step s JOIN evaluation e ON e.id = s.evaluationId');
  for (const t of ['evaluation', 'evaluation_quota_lock', 'evaluation_unit_quota', 'unit_rating', 'evaluation_cycle']) await pool.query(`DELETE FROM ${t}`);

  const server = await startServer(BASE, false);
  const naive = await startServer(BASE + 1, true);
  const raw = await rawEndpoint(pool, BASE + 2);
  const token = await login(BASE);
  const naiveToken = await login(BASE + 1);
  const rows: Array<[string, string, string, string]> = [];
  const year = 2026;
  const params = { scope: '', y0: `${year}-01-01`, y1: `${year}-12-31`, cancelled: TaskState.CANCELLED };
  const named = (sql: string, p: Record<string, unknown>) => {
    const values: unknown[] = [];
    return { sql: sql.replace(/:(\w+)/g, (_, k) => { values.push(p[k]); return '?'; }), values };
  };

  // 1. opening the evaluation cycle: one commune, then the province, against the raw aggregate of the same facts
  const aggregate = async (scope: string) => {
    const q = named(`SELECT x.officialId, COUNT(*) AS n, SUM(x.weight) AS w FROM (${CYCLE_SQL.officialTasks}) x GROUP BY x.officialId`, { ...params, scope: `${scope}%` });
    const t = performance.now();
    await pool.query(q.sql, q.values);
    return performance.now() - t;
  };
  const OPEN = `mutation($u: ID!) { createEvaluationCycle(year: ${year}, unitId: $u, opensOn: "${year}-12-01", closesOn: "${year}-12-20") { id } }`;
  const communeRaw = median([await aggregate(commune.path), await aggregate(commune.path), await aggregate(commune.path)]);
  let t = performance.now();
  await post(BASE, token, OPEN, { u: String(commune.id) });
  const communeOpen = performance.now() - t;
  rows.push([`open the cycle of one commune (${commune.n} officials)`, ms(communeOpen), `raw aggregate ${ms(communeRaw)} (${(communeOpen / communeRaw).toFixed(1)}×)`, '≤ 2× the raw aggregate']);
  await pool.query('DELETE s FROM evaluation_step s JOIN evaluation e ON e.id = s.evaluationId');
  for (const tb of ['evaluation', 'evaluation_quota_lock', 'unit_rating', 'evaluation_cycle']) await pool.query(`DELETE FROM ${tb}`);
  const provinceRaw = median([await aggregate(province.path), await aggregate(province.path), await aggregate(province.path)]);
  // while it runs, HR signs in: nobody is blocked
  t = performance.now();
  const opening = post(BASE, token, OPEN, { u: String(province.id) });
  await new Promise((r) => setTimeout(r, 500));
  const t1 = performance.now();
  await login(BASE);
  const signIn = performance.now() - t1;
  const cycle = (await opening).createEvaluationCycle.id;
  const provinceOpen = performance.now() - t;
  const [[evs]] = await pool.query<any[]>('SELECT COUNT(*) AS n FROM evaluation WHERE cycleId = ?', [cycle]);
  rows.push([`open the cycle of the province (${evs.n} evaluations)`, ms(provinceOpen), `raw aggregate ${ms(provinceRaw)} (${(provinceOpen / provinceRaw).toFixed(1)}×); a sign-in meanwhile took ${ms(signIn)}`, '≤ 10 s, ≤ 2× raw, nobody blocked']);

  // 2. the task list under 10 connections: server, raw endpoint, naive peer, alternating
  const pages = Math.floor(Number(counts.tasks) / 100);
  let n = 0;
  const nextPage = () => (n = (n + 7919) % pages);
  const results = { server: [] as Array<{ rps: number; p50: number }>, raw: [] as Array<{ rps: number; p50: number }>, naive: [] as Array<{ rps: number; p50: number }> };
  for (let r = 0; r < ROUNDS; r += 1) {
    results.server.push(await load(() => post(BASE, token, PAGE, { page: nextPage() })));
    results.raw.push(await load(async () => (await fetch(`http://127.0.0.1:${BASE + 2}/?page=${nextPage()}`)).json()));
    results.naive.push(await load(() => post(BASE + 1, naiveToken, PAGE, { page: nextPage() }), 10, Math.max(3, LOAD_SECONDS / 2)));
  }
  const rps = (k: keyof typeof results) => median(results[k].map((x) => x.rps));
  const p50 = (k: keyof typeof results) => median(results[k].map((x) => x.p50));
  rows.push(['task list, 100 rows with relations, 10 connections', `${rps('server').toFixed(0)} req/s, p50 ${ms(p50('server'))}`,
    `raw mysql2 ${rps('raw').toFixed(0)} req/s p50 ${ms(p50('raw'))} (${(rps('server') / rps('raw')).toFixed(2)}×); naive ${rps('naive').toFixed(1)} req/s p50 ${ms(p50('naive'))} (${(rps('server') / rps('naive')).toFixed(1)}×)`,
    '≥ 0.6× raw, ≥ 5× naive']);
  rows.push(['server memory under the list load (peak RSS)', `${peakRss(server).toFixed(0)} MB`, `naive peer ${peakRss(naive).toFixed(0)} MB`, '≤ 250 MB']);
  rows.push(['SQL statements for that page', '5 at most, any page size, every list', 'guarded by test/api/list-statements.test.ts', '≤ 5']);

  // 3. accountability at the province root, against its SQL
  const period = `periodKind: MONTH, year: ${year}, periodNumber: 10`;
  const ACC = `query($u: ID!) { indicatorAccountability(unitId: $u, ${period}) { indicators { rate target gap tasks { task { id title } target timeliness responsibleOfficial { fullName } } } } }`;
  let size = 0;
  const acc = await timed(async () => { const res = await fetch(`http://127.0.0.1:${BASE}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: ACC, variables: { u: String(province.id) } }) }); size = (await res.text()).length; });
  const accSql = await timed(() => pool.query(`SELECT x.indicatorId, x.target, t.id, t.title, t.state, t.deadline, t.completedOn, t.reportedDoneOn, o.fullName
    FROM task_indicator_target x JOIN task t ON t.id = x.taskId JOIN unit lu ON lu.id = t.leadUnitId LEFT JOIN official o ON o.id = t.responsibleOfficialId
    WHERE t.deletedAt IS NULL AND lu.path LIKE ?`, [`${province.path}%`]));
  rows.push(['indicatorAccountability at the province root', `${ms(acc)}, ${(size / 1048576).toFixed(1)} MB`, `its SQL ${ms(accSql)} (${(acc / accSql).toFixed(1)}×)`, '≤ 1.3× the SQL, bounded and paged']);
  const RANK = `query($u: ID!) { indicatorRanking(unitId: $u, ${period}) { rank score unit { name } } }`;
  const rank = await timed(() => post(BASE, token, RANK, { u: String(province.id) }));
  const rankSql = await timed(() => pool.query(`SELECT r.unitId, r.total, u.name FROM indicator_result r JOIN unit u ON u.id = r.unitId WHERE u.path LIKE ? AND r.periodKind = 'MONTH' AND r.year = ? AND r.periodNumber = 10 ORDER BY r.total DESC`, [`${province.path}%`, year]));
  rows.push(['indicatorRanking at the province root', ms(rank), `its SQL ${ms(rankSql)} (${(rank / rankSql).toFixed(1)}×)`, '≤ 1.3× the SQL']);
  const BELOW = `query($u: ID!) { indicatorsBelowTarget(unitId: $u, ${period}) { gap openTasks responsibleOfficials { fullName } } }`;
  const below = await timed(() => post(BASE, token, BELOW, { u: String(province.id) }));
  rows.push(['indicatorsBelowTarget at the province root', ms(below), `its SQL as above ${ms(accSql)} (${(below / accSql).toFixed(1)}×)`, '≤ 1.3× the SQL']);

  // 4. taskSummary over the whole tree, against the best SQL for the question
  const SUM = `query($u: ID!) { taskSummary(unitId: $u) { total done openOverdue completionRateOfDue } }`;
  const summary = await timed(() => post(BASE, token, SUM, { u: String(province.id) }));
  const sumSql = named(`SELECT ${timelinessSql('t', 'originalDeadline')} AS timeliness, COUNT(*) AS n FROM unit su JOIN task t ON t.leadUnitId = su.id WHERE su.path LIKE :p AND t.deletedAt IS NULL GROUP BY timeliness`, { p: `${province.path}%`, today: new Date().toISOString().slice(0, 10) });
  const summarySql = await timed(() => pool.query(sumSql.sql, sumSql.values));
  rows.push(['taskSummary over the whole tree (warm)', ms(summary), `best SQL ${ms(summarySql)} (${(summary / summarySql).toFixed(2)}×)`, '≤ 250 ms, ≤ 1.3× the SQL']);

  // 5. the evaluation board and the KPI import
  const BOARD = `query($c: ID!) { allEvaluations(filter: { cycleId: $c }, perPage: 1000) { id proposalText unitBound official { fullName } unit { name } history { year decidedLevel } } evaluationQuotas(cycleId: $c) { allowed } }`;
  const board = await timed(() => post(BASE, token, BOARD, { c: cycle }), 3);
  rows.push(['evaluation board, 1,000 rows with quotas', ms(board), '', '']);
  const [codes] = await pool.query<any[]>('SELECT code FROM unit ORDER BY id');
  const lines = ['ma_don_vi;ky;tong_diem'];
  for (let i = 0; i < 10_000; i += 1) lines.push(`${codes[i % codes.length].code};T${1 + (Math.floor(i / codes.length) % 12)}/${2030 + Math.floor(i / (codes.length * 12))};30,8`);
  t = performance.now();
  const imported = await post(BASE, token, 'mutation($c: String!) { importIndicatorResults(fileName: "bench.csv", content: $c) { saved imported } }', { c: Buffer.from(lines.join('\n')).toString('base64') });
  rows.push(['KPI import, 10,000 rows (csv)', ms(performance.now() - t), `saved: ${imported.importIndicatorResults.saved}, ${imported.importIndicatorResults.imported} rows`, '']);

  server.kill('SIGTERM');
  naive.kill('SIGTERM');
  raw.close();
  await pool.end();

  const table = ['| what | measured | twin | target |', '|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  console.log(`\n${table}\n`);
  const cpus = os.cpus();
  const doc = `# Benchmarks

Run by \`npm run bench:data && npm run bench\` (see README) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.

Machine: ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}, MariaDB on the same machine.
Load average when the run began: ${loadAtStart.toFixed(2)} (1 min), ${os.loadavg()[0].toFixed(2)} when it ended, on ${cpus.length} cores. The ratios against the twins, measured alternately in the same run, are the figures to read; absolute times follow the machine.

Data: ${counts.units} units, ${counts.officials} officials, ${counts.tasks} tasks (2022–2026) generated by \`npm run bench:data\` (seed ${process.env.BENCH_SEED ?? 766}).
Rounds: ${ROUNDS} alternating rounds of ${LOAD_SECONDS} s under 10 connections for the list; medians of 5 warm runs elsewhere; the cycle opens once per scope.

${table}
`;
  fs.writeFileSync(path.join(root, 'BENCHMARKS.md'), doc);
  console.log('wrote BENCHMARKS.md');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
