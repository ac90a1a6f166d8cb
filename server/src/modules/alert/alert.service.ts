import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { scopePaths } from '../../auth/actor.js';
import { Role } from '../../auth/roles.js';
import type { Clock } from '../../clock.js';
import { addDays } from '../../dates.js';
import type { Database } from '../../db/database.js';
import { InputError } from '../../errors.js';
import { MAX_PER_PAGE } from '../../graphql/list.js';
import { formatDate } from '../../i18n/format-date.js';
import type { Lang } from '../../i18n/lang.js';
import { TaskAction } from '../task/task-event.entity.js';
import { TaskState } from '../task/task-state.js';
import { AlertPreference, AlertRead } from './alert.entity.js';
import { AppError } from '../../errors.js';
import { Alert, AlertKind, type AlertFilter, type AlertPreferenceView } from './alert.types.js';

/** How far back events (returned, accepted, assigned) are shown. */
export const EVENT_DAYS = 30;
/** At most this many alerts of one sort for one person; beyond it the list says "and more" by its count. */
const PER_SOURCE_LIMIT = 500;

const URGENCY: Record<AlertKind, number> = {
  OVERDUE: 0, DUE_IN_1: 1, DUE_IN_3: 2, RETURNED: 3, EVALUATION_SELF_ASSESS: 4, EVALUATION_PROPOSE: 4, EVALUATION_REVIEW: 4,
  EVALUATION_DECIDE: 4, DUE_IN_7: 5, ASSIGNED: 6, ACCEPTED: 7,
};

const TEXTS: Record<AlertKind, Record<Lang, string>> = {
  DUE_IN_7: { vi: 'Nhiệm vụ “{title}” còn {days} ngày đến hạn ({deadline}).', en: '“{title}” is due in {days} days ({deadline}).' },
  DUE_IN_3: { vi: 'Nhiệm vụ “{title}” còn {days} ngày đến hạn ({deadline}).', en: '“{title}” is due in {days} days ({deadline}).' },
  DUE_IN_1: { vi: 'Nhiệm vụ “{title}” còn {days} ngày đến hạn ({deadline}).', en: '“{title}” is due in {days} day(s) ({deadline}).' },
  OVERDUE: { vi: 'Nhiệm vụ “{title}” đã quá hạn {days} ngày (hạn {deadline}).', en: '“{title}” is {days} day(s) overdue (deadline {deadline}).' },
  RETURNED: { vi: 'Nhiệm vụ “{title}” bị trả lại: {reason}', en: '“{title}” was returned: {reason}' },
  ACCEPTED: { vi: 'Nhiệm vụ “{title}” đã được nghiệm thu.', en: '“{title}” was accepted.' },
  ASSIGNED: { vi: 'Bạn được giao nhiệm vụ “{title}”.', en: 'You were assigned “{title}”.' },
  EVALUATION_SELF_ASSESS: { vi: 'Phiếu đánh giá năm {year} đang chờ bạn tự đánh giá.', en: 'Your {year} evaluation is waiting for your self-assessment.' },
  EVALUATION_PROPOSE: { vi: '{count} phiếu đánh giá năm {year} chờ bạn đề xuất xếp loại.', en: '{count} evaluation(s) of {year} are waiting for your proposal.' },
  EVALUATION_REVIEW: { vi: '{count} phiếu đánh giá năm {year} chờ bạn thẩm định.', en: '{count} evaluation(s) of {year} are waiting for your review.' },
  EVALUATION_DECIDE: { vi: '{count} phiếu đánh giá năm {year} chờ bạn quyết định xếp loại.', en: '{count} evaluation(s) of {year} are waiting for your decision.' },
};
const TODAY_TEXT: Record<Lang, string> = { vi: 'Nhiệm vụ “{title}” đến hạn hôm nay ({deadline}).', en: '“{title}” is due today ({deadline}).' };

/** Midnight at the start of a Vietnam calendar date, as an instant. */
function vietnamMidnight(date: string): Date {
  return new Date(`${date}T00:00:00+07:00`);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The alert kind of an open task `daysLeft` days before its deadline (negative: overdue), or none. */
export function deadlineKind(daysLeft: number): AlertKind | null {
  if (daysLeft < 0) return AlertKind.OVERDUE;
  if (daysLeft <= 1) return AlertKind.DUE_IN_1;
  if (daysLeft <= 3) return AlertKind.DUE_IN_3;
  if (daysLeft <= 7) return AlertKind.DUE_IN_7;
  return null;
}

export function alertMessage(lang: Lang, a: Alert): string {
  const template = a.kind !== AlertKind.OVERDUE && a.daysLeft === 0 ? TODAY_TEXT[lang] : TEXTS[a.kind][lang];
  const params: Record<string, string | number> = {
    title: a.taskTitle ?? '', deadline: a.deadline ? formatDate(lang, a.deadline) : '', days: Math.abs(a.daysLeft ?? 0),
    reason: a.reason ?? '', year: a.year ?? '', count: a.count ?? 0,
  };
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

interface DeadlineRow { taskId: number; title: string; deadline: string }

/**
 * The alerts of one signed-in account, derived from the tasks and evaluations: a handful of
 * set-based queries, each bounded, whatever the size of the province.
 */
export class AlertService {
  constructor(private readonly db: Database, private readonly clock: Clock, private readonly actor: Actor) {}

  async list(args: { page?: number; perPage?: number; sortField?: string; sortOrder?: string; filter?: AlertFilter }): Promise<Alert[]> {
    const perPage = args.perPage ?? 25;
    const page = args.page ?? 0;
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) throw new InputError('input.perPage', { max: MAX_PER_PAGE });
    if (!Number.isInteger(page) || page < 0) throw new InputError('input.page', {});
    const field = args.sortField ?? 'urgency';
    if (field !== 'urgency' && field !== 'at') throw new InputError('input.sortField', { value: field, allowed: 'urgency, at' });
    const alerts = await this.filtered(args.filter);
    const desc = (args.sortOrder ?? (field === 'at' ? 'DESC' : 'ASC')).toUpperCase() === 'DESC';
    const byUrgency = (a: Alert, b: Alert) =>
      URGENCY[a.kind] - URGENCY[b.kind] || (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || b.at.getTime() - a.at.getTime();
    const byAt = (a: Alert, b: Alert) => a.at.getTime() - b.at.getTime();
    alerts.sort((a, b) => {
      const c = field === 'at' ? byAt(a, b) : byUrgency(a, b);
      return (desc ? -c : c) || a.id.localeCompare(b.id);
    });
    return alerts.slice(page * perPage, (page + 1) * perPage);
  }

  async count(filter?: AlertFilter): Promise<number> {
    return (await this.filtered(filter)).length;
  }

  /** Marks alerts read for the caller; ids that are not the caller's current alerts are ignored. Returns how many were newly marked. */
  async markRead(ids: string[] | null): Promise<number> {
    if (this.actor.accountId === null) return 0;
    const current = await this.filtered({ unread: true });
    const wanted = ids === null ? current : current.filter((a) => ids.includes(a.id));
    if (wanted.length === 0) return 0;
    const now = this.clock.now();
    const accountId = this.actor.accountId;
    await this.db.transaction(async (m) => {
      for (let i = 0; i < wanted.length; i += 200) {
        await m.createQueryBuilder().insert().into(AlertRead)
          .values(wanted.slice(i, i + 200).map((a) => ({ accountId, alertKey: a.id, readAt: now })))
          .orIgnore().execute();
      }
    });
    return wanted.length;
  }

  async preference(): Promise<AlertPreferenceView> {
    const row = this.actor.accountId === null ? null : await this.db.manager.findOneBy(AlertPreference, { accountId: this.actor.accountId });
    return { email: row?.email ?? null, dailyDigest: row?.dailyDigest ?? false };
  }

  /** The caller's digest address; an empty address turns the e-mail off. */
  async setPreference(email: string | null | undefined, dailyDigest: boolean | null | undefined): Promise<AlertPreferenceView> {
    const accountId = this.actor.accountId;
    if (accountId === null) throw new AppError('FORBIDDEN', 'auth.forbidden');
    const address = (email ?? '').trim();
    if (address.length > 255) throw new InputError('input.tooLong', { field: 'email', max: 255 });
    if (address && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) throw new InputError('alert.badEmail', { field: 'email', value: address });
    const values = { accountId, email: address || null, dailyDigest: dailyDigest ?? true, updatedAt: this.clock.now() };
    await this.db.transaction(async (m) => {
      const updated = await m.update(AlertPreference, { accountId }, values);
      if (!updated.affected) await m.insert(AlertPreference, values);
    });
    return { email: values.email, dailyDigest: values.dailyDigest };
  }

  private async filtered(given?: AlertFilter | null): Promise<Alert[]> {
    const filter = given ?? {};
    let alerts = await this.compute();
    if (filter.kinds?.length) alerts = alerts.filter((a) => filter.kinds!.includes(a.kind));
    if (filter.ids?.length) alerts = alerts.filter((a) => filter.ids!.includes(a.id));
    if (filter.unread !== undefined && filter.unread !== null) alerts = alerts.filter((a) => a.read === !filter.unread);
    return alerts;
  }

  /** Every current alert of the caller, with its read state. */
  async compute(): Promise<Alert[]> {
    const m = this.db.manager;
    const today = this.clock.today();
    const me = this.actor.officialId;
    const alerts: Alert[] = [];
    if (me !== null) {
      alerts.push(...deadlineAlerts(await deadlineRows(m, me, today), today));
      alerts.push(...(await this.eventAlerts(m, me)));
    }
    alerts.push(...(await this.evaluationAlerts(m, me)));
    if (this.actor.accountId !== null && alerts.length) {
      const read = new Set<string>();
      const keys = alerts.map((a) => a.id);
      for (let i = 0; i < keys.length; i += 500) {
        const rows: Array<{ alertKey: string }> = await m.createQueryBuilder(AlertRead, 'r').select('r.alertKey', 'alertKey')
          .where('r.accountId = :a AND r.alertKey IN (:...keys)', { a: this.actor.accountId, keys: keys.slice(i, i + 500) }).getRawMany();
        rows.forEach((r) => read.add(r.alertKey));
      }
      for (const a of alerts) a.read = read.has(a.id);
    }
    return alerts;
  }

  /** Returned, accepted and newly assigned tasks of the last 30 days, not done by the caller themself. */
  private async eventAlerts(m: EntityManager, me: number): Promise<Alert[]> {
    const since = new Date(this.clock.now().getTime() - EVENT_DAYS * 86_400_000);
    const rows: Array<{ id: number; action: string; field: string | null; eBefore: string | null; eAfter: string | null; eAt: Date | string; reason: string | null; taskId: number; title: string; deadline: string | null }> = await m
      .createQueryBuilder()
      .select(['e.id AS id', 'e.action AS action', 'e.field AS field', 'e.before AS eBefore', 'e.after AS eAfter', 'e.at AS eAt', 'e.reason AS reason', 't.id AS taskId', 't.title AS title', 't.deadline AS deadline'])
      .from('task_event', 'e')
      .innerJoin('task', 't', 't.id = e.taskId')
      .where('t.deletedAt IS NULL')
      .andWhere(`(t.responsibleOfficialId = :me OR t.id IN (SELECT ma.taskId FROM task_assignee ma WHERE ma.officialId = :me))`, { me })
      .andWhere('e.at >= :since', { since })
      .andWhere('(e.actorOfficialId IS NULL OR e.actorOfficialId <> :me)')
      .andWhere(`((e.action IN (:...closing) AND e.field = 'state') OR (e.action = :created) OR (e.action = :edited AND e.field IN ('responsibleOfficialId', 'assigneeIds')))`, {
        closing: [TaskAction.RETURNED, TaskAction.ACCEPTED], created: TaskAction.CREATED, edited: TaskAction.EDITED,
      })
      .orderBy('e.at', 'DESC')
      .limit(PER_SOURCE_LIMIT)
      .getRawMany();
    const includesMe = (json: string | null, field: string | null): boolean => {
      if (!json) return false;
      const value = JSON.parse(json) as unknown;
      if (field === null) {
        const v = value as { responsibleOfficialId?: number | null; assigneeIds?: number[] };
        return v.responsibleOfficialId === me || (v.assigneeIds ?? []).includes(me);
      }
      return Array.isArray(value) ? value.includes(me) : value === me;
    };
    const out: Alert[] = [];
    const assignedTasks = new Set<number>();
    for (const r of rows) {
      const at = r.eAt instanceof Date ? r.eAt : new Date(`${String(r.eAt).replace(' ', 'T')}Z`);
      const base = { taskId: String(r.taskId), taskTitle: r.title, deadline: r.deadline, at, read: false };
      if (r.action === TaskAction.RETURNED) out.push({ ...base, id: `RETURNED:e${r.id}`, kind: AlertKind.RETURNED, reason: r.reason });
      else if (r.action === TaskAction.ACCEPTED) out.push({ ...base, id: `ACCEPTED:e${r.id}`, kind: AlertKind.ACCEPTED });
      else if (!assignedTasks.has(r.taskId) && includesMe(r.eAfter, r.field) && !(r.field !== null && includesMe(r.eBefore, r.field))) {
        assignedTasks.add(r.taskId);
        out.push({ ...base, id: `ASSIGNED:e${r.id}`, kind: AlertKind.ASSIGNED });
      }
    }
    return out;
  }

  /** Evaluation steps waiting for the caller: their own self-assessment, and proposals, reviews and decisions of their scope. */
  private async evaluationAlerts(m: EntityManager, me: number | null): Promise<Alert[]> {
    const out: Alert[] = [];
    if (me !== null) {
      const own: Array<{ id: number; cycleId: number; year: number; opensOn: string }> = await m.createQueryBuilder()
        .select(['e.id AS id', 'e.cycleId AS cycleId', 'c.year AS year', 'c.opensOn AS opensOn'])
        .from('evaluation', 'e').innerJoin('evaluation_cycle', 'c', 'c.id = e.cycleId')
        .where("e.officialId = :me AND e.state = 'OPEN' AND c.state = 'OPEN'", { me })
        .limit(10).getRawMany();
      for (const r of own) {
        out.push({ id: `EVALUATION_SELF_ASSESS:v${r.id}`, kind: AlertKind.EVALUATION_SELF_ASSESS, evaluationCycleId: String(r.cycleId), year: Number(r.year), at: vietnamMidnight(r.opensOn), read: false });
      }
    }
    const steps: Array<{ kind: AlertKind; state: string; roles: Role[]; competent: boolean }> = [
      { kind: AlertKind.EVALUATION_PROPOSE, state: 'SELF_ASSESSED', roles: [Role.LEADER, Role.HEAD], competent: true },
      { kind: AlertKind.EVALUATION_REVIEW, state: 'PROPOSED', roles: [Role.HR], competent: false },
      { kind: AlertKind.EVALUATION_DECIDE, state: 'REVIEWED', roles: [Role.LEADER, Role.HEAD], competent: true },
    ];
    // every step the caller may take, in one grouped statement (state → the step it waits for)
    const params: Record<string, unknown> = { me: me ?? -1 };
    const conditions: string[] = [];
    steps.forEach((step, k) => {
      const paths = scopePaths(this.actor, step.roles);
      if (paths.length === 0) return;
      params[`s${k}`] = step.state;
      // a head or deputy is proposed for and decided by the level above: the grant must be above their unit
      const scope = paths.map((p, i) => {
        params[`p${k}_${i}`] = `${p}%`;
        params[`q${k}_${i}`] = p;
        return step.competent ? `(u.path LIKE :p${k}_${i} AND (e.isLeader = 0 OR u.path <> :q${k}_${i}))` : `u.path LIKE :p${k}_${i}`;
      }).join(' OR ');
      conditions.push(`(e.state = :s${k} AND (${scope}))`);
    });
    if (conditions.length === 0) return out;
    const rows: Array<{ state: string; cycleId: number; year: number; opensOn: string; n: number | string }> = await m.createQueryBuilder()
      .select(['e.state AS state', 'e.cycleId AS cycleId', 'c.year AS year', 'c.opensOn AS opensOn', 'COUNT(*) AS n'])
      .from('evaluation', 'e').innerJoin('evaluation_cycle', 'c', 'c.id = e.cycleId').innerJoin('unit', 'u', 'u.id = e.unitId')
      .where(`c.state <> 'CLOSED' AND e.officialId <> :me AND (${conditions.join(' OR ')})`, params)
      .groupBy('e.state').addGroupBy('e.cycleId').addGroupBy('c.year').addGroupBy('c.opensOn')
      .getRawMany();
    for (const step of steps) {
      for (const r of rows.filter((row) => row.state === step.state)) {
        out.push({ id: `${step.kind}:c${r.cycleId}`, kind: step.kind, evaluationCycleId: String(r.cycleId), year: Number(r.year), count: Number(r.n), at: vietnamMidnight(r.opensOn), read: false });
      }
    }
    return out;
  }
}

/**
 * Open tasks (not started, in progress) that an official answers for or carries out whose
 * deadline is at most 7 days away or past: one indexed query.
 */
export async function deadlineRows(m: EntityManager, officialId: number, today: string): Promise<DeadlineRow[]> {
  const rows: DeadlineRow[] = await m.createQueryBuilder()
    .select(['t.id AS taskId', 't.title AS title', 't.deadline AS deadline'])
    .from('task', 't')
    .where('t.deletedAt IS NULL AND t.state IN (:...open) AND t.deadline IS NOT NULL AND t.deadline <= :d7', {
      open: [TaskState.NOT_STARTED, TaskState.IN_PROGRESS], d7: addDays(today, 7),
    })
    .andWhere('(t.responsibleOfficialId = :me OR t.id IN (SELECT ma.taskId FROM task_assignee ma WHERE ma.officialId = :me))', { me: officialId })
    .orderBy('t.deadline', 'ASC').addOrderBy('t.id', 'ASC')
    .limit(PER_SOURCE_LIMIT)
    .getRawMany();
  return rows.map((r) => ({ taskId: Number(r.taskId), title: r.title, deadline: String(r.deadline).slice(0, 10) }));
}

/** Deadline alerts: the key carries the deadline, so a moved deadline alerts afresh. */
export function deadlineAlerts(rows: DeadlineRow[], today: string): Alert[] {
  const out: Alert[] = [];
  for (const r of rows) {
    const daysLeft = daysBetween(today, r.deadline);
    const kind = deadlineKind(daysLeft);
    if (!kind) continue;
    const threshold = kind === AlertKind.OVERDUE ? addDays(r.deadline, 1) : addDays(r.deadline, -Number(kind.slice(7)));
    out.push({
      id: `${kind}:t${r.taskId}:${r.deadline}`, kind, taskId: String(r.taskId), taskTitle: r.title, deadline: r.deadline, daysLeft,
      at: vietnamMidnight(threshold), read: false,
    });
  }
  return out;
}
