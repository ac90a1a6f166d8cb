import type { EntityManager } from 'typeorm';
import { monthsInPost } from '../../rules/rating/months.js';
import { ratingFactOf } from '../../rules/rating/task-facts.js';
import type { TaskFact } from '../../rules/rating/types.js';
import { yearKpi, type YearKpi } from '../../rules/rating/unit-kpi.js';
import { IndicatorResult } from '../kpi/kpi.entity.js';
import { OfficialAssignment, PostRole } from '../official/official-assignment.entity.js';
import { TaskState } from '../task/task-state.js';
import { Task } from '../task/task.entity.js';

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
  // calendar months, not days × 12 / 365 (rules/rating/months.ts)
  const months = monthsInPost(posts.map((p) => ({ from: p.validFrom, to: p.validTo })), year);
  const last = posts.at(-1) ?? null;
  return { last, months, isLeader: last ? last.role === PostRole.HEAD || last.role === PostRole.DEPUTY : false };
}
