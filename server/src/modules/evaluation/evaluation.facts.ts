import type { EntityManager } from 'typeorm';
import { monthsInPost } from '../../rules/rating/months.js';
import { ratingFactOf } from '../../rules/rating/task-facts.js';
import type { TaskFact } from '../../rules/rating/types.js';
import { yearKpi, type YearKpi } from '../../rules/rating/unit-kpi.js';
import { IndicatorResult } from '../kpi/kpi.entity.js';
import { OfficialAssignment, PostRole } from '../official/official-assignment.entity.js';
import { TaskState } from '../task/task-state.js';
import { Task } from '../task/task.entity.js';
import { Unit } from '../unit/unit.entity.js';

/**
 * The facts an evaluation is made from, read from tracked work. A task belongs to a year by its
 * original deadline (as the Government Office counts), or by its start date when it has none;
 * cancelled and deleted tasks count nowhere. Timeliness is judged as of `asOf`.
 */
function toFact(task: Task, asOf: string): TaskFact {
  // objective causes, delays and returns: rules/rating/task-facts.ts
  return ratingFactOf(task, asOf);
}

function inYear(qb: ReturnType<EntityManager['createQueryBuilder']>, year: number) {
  return qb
    .andWhere('t.deletedAt IS NULL')
    .andWhere('t.state <> :cancelled', { cancelled: TaskState.CANCELLED })
    .andWhere(`((COALESCE(t.originalDeadline, t.deadline) >= :y0 AND COALESCE(t.originalDeadline, t.deadline) <= :y1)
      OR (t.originalDeadline IS NULL AND t.deadline IS NULL AND t.startDate >= :y0 AND t.startDate <= :y1))`, { y0: `${year}-01-01`, y1: `${year}-12-31` });
}

/**
 * The year's tasks as facts, and how many cannot be judged yet: a task still open whose
 * deadline has not come by `asOf` is neither done nor late, so it counts nowhere until it is
 * due (an evaluation held in December does not fail a task due on the 31st); an open task with
 * no deadline has none to miss, and counts once it is done.
 */
export interface YearTasks {
  due: TaskFact[];
  notYetDue: number;
}

function split(tasks: Task[], asOf: string): YearTasks {
  // open, and either due later or without a deadline (it has none to miss: it counts once done)
  const pending = (t: Task) => {
    const deadline = t.originalDeadline ?? t.deadline;
    return t.state !== TaskState.DONE && (deadline === null || deadline > asOf);
  };
  return { due: tasks.filter((t) => !pending(t)).map((t) => toFact(t, asOf)), notYetDue: tasks.filter(pending).length };
}

/** Tasks an official answers for or carries out in the year. */
export async function officialTasks(m: EntityManager, officialId: number, year: number, asOf: string): Promise<YearTasks> {
  const qb = m.createQueryBuilder(Task, 't')
    .where('(t.responsibleOfficialId = :o OR t.id IN (SELECT ea.taskId FROM task_assignee ea WHERE ea.officialId = :o))', { o: officialId });
  return split((await inYear(qb as never, year).getMany()) as Task[], asOf);
}

/** Tasks led by a unit or the units under it in the year. */
export async function unitTasks(m: EntityManager, unitPath: string, year: number, asOf: string): Promise<YearTasks> {
  const qb = m.createQueryBuilder(Task, 't').where('t.leadUnitId IN (SELECT eu.id FROM unit eu WHERE eu.path LIKE :p)', { p: `${unitPath}%` });
  return split((await inYear(qb as never, year).getMany()) as Task[], asOf);
}

/** The unit's own public-service index for the year (the newest catalogue first), when published. */
export async function unitKpi(m: EntityManager, unitId: number, year: number): Promise<YearKpi | null> {
  const results = await m.find(IndicatorResult, { where: { unitId, year }, order: { catalogueId: 'DESC', id: 'ASC' } });
  return yearKpi(results);
}

export function summarise({ due: facts, notYetDue }: YearTasks) {
  const count = (keep: (t: TaskFact) => boolean) => facts.filter(keep).length;
  const weight = (keep: (t: TaskFact) => boolean) => facts.filter(keep).reduce((s, t) => s + t.weight, 0);
  return {
    assigned: facts.length, assignedWeight: weight(() => true),
    done: count((t) => t.done), doneOnTime: count((t) => t.done && t.onTime), doneLate: count((t) => t.done && !t.onTime),
    openOverdue: count((t) => t.overdue), returned: count((t) => t.returns > 0), exceeded: count((t) => t.exceeded),
    doneWeight: weight((t) => t.done), onTimeWeight: weight((t) => t.done && t.onTime), notYetDue,
  };
}

/**
 * Where the official worked in the year: the post held last, and the months worked (calendar
 * months of their assignment periods inside the year, overlaps counted once).
 */
export async function yearPosts(m: EntityManager, officialId: number, year: number) {
  const posts = await m.createQueryBuilder(OfficialAssignment, 'a')
    .where('a.officialId = :o', { o: officialId })
    .andWhere('a.validFrom <= :y1', { y1: `${year}-12-31` })
    .andWhere('(a.validTo IS NULL OR a.validTo >= :y0)', { y0: `${year}-01-01` })
    .orderBy('a.validFrom', 'ASC')
    .getMany();
  return postsOfYear(posts, year);
}

// --- the whole cycle at once ------------------------------------------------------------------

/** The task columns the facts are made from (never the long texts). */
type TaskRow = Pick<Task, 'weight' | 'state' | 'deadline' | 'originalDeadline' | 'startDate' | 'reportedDoneOn' | 'completedOn' | 'returnCount' | 'exceeded' | 'excusedDeadline' | 'extraDelays' | 'objectiveReturns'>;

const TASK_COLUMNS = 't.id, t.weight, t.state, t.deadline, t.originalDeadline, t.startDate, t.reportedDoneOn, t.completedOn, t.returnCount, t.exceeded, t.excusedDeadline, t.extraDelays, t.objectiveReturns';

/** The year condition of `inYear`, as plain SQL over the alias `t`. */
const IN_YEAR = `t.deletedAt IS NULL AND t.state <> :cancelled
  AND ((COALESCE(t.originalDeadline, t.deadline) >= :y0 AND COALESCE(t.originalDeadline, t.deadline) <= :y1)
    OR (t.originalDeadline IS NULL AND t.deadline IS NULL AND t.startDate >= :y0 AND t.startDate <= :y1))`;

const asTaskRow = (r: Record<string, unknown>): TaskRow => ({
  weight: Number(r.weight), state: r.state as TaskState, deadline: (r.deadline as string | null) ?? null,
  originalDeadline: (r.originalDeadline as string | null) ?? null, startDate: String(r.startDate),
  reportedDoneOn: (r.reportedDoneOn as string | null) ?? null, completedOn: (r.completedOn as string | null) ?? null,
  returnCount: Number(r.returnCount), exceeded: r.exceeded === true || Number(r.exceeded) === 1,
  excusedDeadline: (r.excusedDeadline as string | null) ?? null, extraDelays: Number(r.extraDelays ?? 0), objectiveReturns: Number(r.objectiveReturns ?? 0),
});

async function rawQuery(m: EntityManager, sql: string, params: Record<string, unknown>): Promise<Array<Record<string, unknown>>> {
  const [query, values] = m.connection.driver.escapeQueryWithParameters(sql, params);
  return m.query(query, values);
}

/** The officials posted in a subtree at some time in the year, as SQL (bound to :scope, :y0, :y1). */
export const OFFICIALS_IN_SCOPE = `SELECT sa.officialId FROM official_assignment sa INNER JOIN unit su ON su.id = sa.unitId
  WHERE su.path LIKE :scope AND sa.validFrom <= :y1 AND (sa.validTo IS NULL OR sa.validTo >= :y0)`;

/**
 * The statements that read the facts of a whole cycle, named so that a test can EXPLAIN them.
 * A person holds a task as the one who answers for it or as an assignee: the two are read through
 * their own indexes and put together with UNION (an OR across them defeats every index).
 */
export const CYCLE_SQL = {
  officialTasks: `SELECT t.responsibleOfficialId AS officialId, ${TASK_COLUMNS}
    FROM task t WHERE t.responsibleOfficialId IN (${OFFICIALS_IN_SCOPE}) AND ${IN_YEAR}
    UNION
    SELECT ta.officialId, ${TASK_COLUMNS}
    FROM task_assignee ta INNER JOIN task t ON t.id = ta.taskId WHERE ta.officialId IN (${OFFICIALS_IN_SCOPE}) AND ${IN_YEAR}`,
  // from the units of the scope to their tasks (CROSS JOIN keeps that order on SQLite too)
  unitTasks: `SELECT t.leadUnitId, ${TASK_COLUMNS}
    FROM unit lu CROSS JOIN task t
    WHERE lu.path LIKE :scope AND t.leadUnitId = lu.id AND ${IN_YEAR}`,
};

export interface PostsInYear {
  last: OfficialAssignment | null;
  months: number;
  isLeader: boolean;
}

/** Everything the proposals of a cycle are made from, read in a fixed number of statements. */
export interface CycleFacts {
  /** the tasks each official answers for or carries out */
  officialTasks(officialId: number): YearTasks;
  /** the tasks led in a unit's subtree, by the unit's path */
  unitTasks(path: string): YearTasks;
  kpi(unitId: number): YearKpi | null;
  /** officials posted in the scope during the year, with their posts of the year */
  posts: Map<number, PostsInYear>;
}

export async function cycleFacts(m: EntityManager, scopePath: string, year: number, asOf: string): Promise<CycleFacts> {
  const params = { scope: `${scopePath}%`, y0: `${year}-01-01`, y1: `${year}-12-31`, cancelled: TaskState.CANCELLED };
  const [units, personal, led, results, assignments] = await Promise.all([
    m.createQueryBuilder(Unit, 'u').select(['u.id', 'u.path']).where('u.path LIKE :scope', params).getMany(),
    rawQuery(m, CYCLE_SQL.officialTasks, params),
    rawQuery(m, CYCLE_SQL.unitTasks, params),
    m.createQueryBuilder(IndicatorResult, 'r').where(`r.unitId IN (SELECT ku.id FROM unit ku WHERE ku.path LIKE :scope)`, params)
      .andWhere('r.year = :year', { year }).orderBy('r.catalogueId', 'DESC').addOrderBy('r.id', 'ASC').getMany(),
    m.createQueryBuilder(OfficialAssignment, 'a').where(`a.officialId IN (${OFFICIALS_IN_SCOPE})`, params)
      .andWhere('a.validFrom <= :y1', params).andWhere('(a.validTo IS NULL OR a.validTo >= :y0)', params)
      .orderBy('a.validFrom', 'ASC').addOrderBy('a.id', 'ASC').getMany(),
  ]);
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const byOfficial = new Map<number, TaskRow[]>();
  for (const r of personal) push(byOfficial, Number(r.officialId), asTaskRow(r));
  // a task led by a unit counts for that unit and every unit above it, up to the scope
  const byPath = new Map<string, TaskRow[]>();
  const paths = new Map(units.map((u) => [u.id, u.path]));
  for (const r of led) {
    const task = asTaskRow(r);
    const parts = (paths.get(Number(r.leadUnitId)) ?? '').split('/').filter(Boolean);
    for (let i = 1; i <= parts.length; i += 1) push(byPath, `/${parts.slice(0, i).join('/')}/`, task);
  }
  const resultsByUnit = new Map<number, IndicatorResult[]>();
  for (const r of results) push(resultsByUnit, r.unitId, r);
  const postsByOfficial = new Map<number, OfficialAssignment[]>();
  for (const a of assignments) push(postsByOfficial, a.officialId, a);
  const posts = new Map<number, PostsInYear>();
  for (const [officialId, list] of postsByOfficial) posts.set(officialId, postsOfYear(list, year));
  const cache = new Map<string, YearTasks>();
  const once = (key: string, rows: TaskRow[]) => {
    let v = cache.get(key);
    if (!v) cache.set(key, (v = split(rows as Task[], asOf)));
    return v;
  };
  return {
    officialTasks: (id) => once(`o${id}`, byOfficial.get(id) ?? []),
    unitTasks: (path) => once(`u${path}`, byPath.get(path) ?? []),
    kpi: (unitId) => yearKpi(resultsByUnit.get(unitId) ?? []),
    posts,
  };
}

/** The months worked in the year and the post held last, from the posts of the year in order. */
export function postsOfYear(posts: OfficialAssignment[], year: number): PostsInYear {
  // calendar months, not days × 12 / 365 (rules/rating/months.ts)
  const months = monthsInPost(posts.map((p) => ({ from: p.validFrom, to: p.validTo })), year);
  const last = posts.at(-1) ?? null;
  return { last, months, isLeader: last ? last.role === PostRole.HEAD || last.role === PostRole.DEPUTY : false };
}
