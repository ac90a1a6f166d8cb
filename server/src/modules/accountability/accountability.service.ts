import type { Actor } from '../../auth/actor.js';
import { Role } from '../../auth/roles.js';
import { requireUnitInScope, taskVisibility } from '../../auth/scope.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { InputError } from '../../errors.js';
import { MAX_PER_PAGE } from '../../graphql/list.js';
import { timelinessSql } from '../../rules/timeliness.js';
import { dateRange, toId, toIds } from '../../validation.js';
import { Timeliness } from '../task/task-state.js';
import { DeadlineBasis } from '../task/task.inputs.js';
import type {
  AllOfficialAccountabilitiesArgs, MonthTrend, OfficialAccountability, OfficialAccountabilityFilter, OverdueTrendArgs,
  TimelinessCounts, UnitTaskSummariesArgs, UnitTaskSummary,
} from './accountability.types.js';

/** Who may see figures of a unit's officials and sub-units: the readers of that unit's tasks above the official. */
export const ACCOUNTABILITY_READERS = [Role.LEADER, Role.HR, Role.HEAD];

const COUNT_COLUMNS = `
  COUNT(x.taskId) AS total,
  SUM(CASE WHEN x.tl = '${Timeliness.DONE_ON_TIME}' THEN 1 ELSE 0 END) AS doneOnTime,
  SUM(CASE WHEN x.tl = '${Timeliness.DONE_LATE}' THEN 1 ELSE 0 END) AS doneLate,
  SUM(CASE WHEN x.tl = '${Timeliness.DONE_NO_DEADLINE}' THEN 1 ELSE 0 END) AS doneNoDeadline,
  SUM(CASE WHEN x.tl = '${Timeliness.OPEN_WITHIN_DEADLINE}' THEN 1 ELSE 0 END) AS openWithinDeadline,
  SUM(CASE WHEN x.tl = '${Timeliness.OPEN_OVERDUE}' THEN 1 ELSE 0 END) AS openOverdue,
  SUM(CASE WHEN x.tl = '${Timeliness.OPEN_NO_DEADLINE}' THEN 1 ELSE 0 END) AS openNoDeadline,
  SUM(CASE WHEN x.returnCount > 0 THEN 1 ELSE 0 END) AS returned`;

const DONE = `(${['DONE_ON_TIME', 'DONE_LATE', 'DONE_NO_DEADLINE'].map((t) => `SUM(CASE WHEN x.tl = '${t}' THEN 1 ELSE 0 END)`).join(' + ')})`;

const SORTABLE: Record<string, string> = {
  fullName: 'fullName', total: 'total', doneOnTime: 'doneOnTime', doneLate: 'doneLate', openWithinDeadline: 'openWithinDeadline',
  openOverdue: 'openOverdue', returned: 'returned', completionRateOfTotal: 'completionRateOfTotal', completionRateOfDue: 'completionRateOfDue',
  id: 'id',
};

type Raw = Record<string, string | number | null>;

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10000) / 10000;
}

export function countsOf(r: Raw): TimelinessCounts {
  const n = (k: string) => Number(r[k] ?? 0);
  const done = n('doneOnTime') + n('doneLate') + n('doneNoDeadline');
  return {
    total: n('total'), done, doneOnTime: n('doneOnTime'), doneLate: n('doneLate'), doneNoDeadline: n('doneNoDeadline'),
    openWithinDeadline: n('openWithinDeadline'), openOverdue: n('openOverdue'), openNoDeadline: n('openNoDeadline'), returned: n('returned'),
    completionRateOfTotal: ratio(done, n('total')), completionRateOfDue: ratio(done, done + n('openOverdue')),
  };
}

/**
 * Accountability figures computed in SQL, a whole province in one statement: per official (the
 * tasks they answer for or carry out), per sub-unit, per month of deadline. Timeliness is the
 * SQL twin of the rule (rules/timeliness.ts); cancelled and deleted tasks count nowhere; only
 * tasks the caller may read are counted.
 */
export class AccountabilityService {
  constructor(private readonly db: Database, private readonly clock: Clock, private readonly actor: Actor) {}

  private async query(sql: string, params: Record<string, unknown>): Promise<Raw[]> {
    const [text, values] = this.db.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.db.manager.query(text, values);
  }

  /** Period and visibility conditions over task alias `t`, with their parameters. */
  private taskConditions(from: string | undefined, to: string | undefined, basis: DeadlineBasis | undefined, params: Record<string, unknown>): string {
    dateRange('to', from, to);
    const column = (basis ?? DeadlineBasis.ORIGINAL) === DeadlineBasis.ORIGINAL ? 'originalDeadline' : 'deadline';
    const d = `t.${column}`;
    const parts = ['t.deletedAt IS NULL', `${timelinessSql('t', column)} IS NOT NULL`];
    if (from) { parts.push(`(${d} >= :from OR (${d} IS NULL AND t.startDate >= :from))`); params.from = from; }
    if (to) { parts.push(`(${d} <= :to OR (${d} IS NULL AND t.startDate <= :to))`); params.to = to; }
    const visibility = taskVisibility(this.actor, 't');
    if (visibility) { parts.push(visibility.sql); Object.assign(params, visibility.params); }
    params.today = this.clock.today();
    return parts.join(' AND ');
  }

  private timeliness(basis: DeadlineBasis | undefined): string {
    return timelinessSql('t', (basis ?? DeadlineBasis.ORIGINAL) === DeadlineBasis.ORIGINAL ? 'originalDeadline' : 'deadline');
  }

  /** The officials with a post today in the unit (and its sub-units), as SQL of (officialId, unitId, position). */
  private async officialsSql(filter: OfficialAccountabilityFilter, params: Record<string, unknown>): Promise<string> {
    // without a unit: the widest subtree where the caller may read accountability
    const widest = this.actor.grants.filter((g) => ACCOUNTABILITY_READERS.includes(g.role)).sort((a, b) => a.unitPath.length - b.unitPath.length)[0];
    const unitId = filter.unitId ?? (widest ? String(widest.unitId) : undefined);
    const unit = await requireUnitInScope(this.db.manager, this.actor, ACCOUNTABILITY_READERS, 'unitId', toId('unitId', unitId ?? ''));
    params.on = this.clock.today();
    const parts = ['a.validFrom <= :on', '(a.validTo IS NULL OR a.validTo >= :on)'];
    if (filter.includeSubunits ?? true) { parts.push('pu.path LIKE :path'); params.path = `${unit.path}%`; }
    else { parts.push('a.unitId = :unitId'); params.unitId = unit.id; }
    if (filter.ids?.length) { parts.push('a.officialId IN (:...officialIds)'); params.officialIds = toIds('ids', filter.ids); }
    return `SELECT a.officialId AS officialId, MIN(a.unitId) AS unitId, MIN(a.position) AS position
      FROM official_assignment a JOIN unit pu ON pu.id = a.unitId WHERE ${parts.join(' AND ')} GROUP BY a.officialId`;
  }

  async officials(args: AllOfficialAccountabilitiesArgs): Promise<OfficialAccountability[]> {
    const perPage = args.perPage ?? 25;
    const page = args.page ?? 0;
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) throw new InputError('input.perPage', { max: MAX_PER_PAGE });
    if (!Number.isInteger(page) || page < 0) throw new InputError('input.page', {});
    const field = args.sortField ?? 'openOverdue';
    const column = SORTABLE[field];
    if (!column) throw new InputError('input.sortField', { value: field, allowed: Object.keys(SORTABLE).join(', ') });
    const order = (args.sortOrder ?? (field === 'fullName' ? 'ASC' : 'DESC')).toUpperCase() === 'ASC' ? 'ASC' : 'DESC';
    const params: Record<string, unknown> = {};
    const filter = args.filter ?? {};
    const officials = await this.officialsSql(filter, params);
    const conditions = this.taskConditions(filter.from, filter.to, filter.deadlineBasis, params);
    const tl = this.timeliness(filter.deadlineBasis);
    // each (official, task) pair once: as responsible official or as assignee
    const pairs = `SELECT t.responsibleOfficialId AS officialId, t.id AS taskId FROM task t WHERE t.responsibleOfficialId IS NOT NULL
      UNION SELECT ta.officialId AS officialId, ta.taskId AS taskId FROM task_assignee ta`;
    const sql = `SELECT o.officialId AS id, f.fullName AS fullName, o.unitId AS unitId, u.name AS unitName, o.position AS position, ${COUNT_COLUMNS},
        CASE WHEN COUNT(x.taskId) = 0 THEN NULL ELSE 1.0 * ${DONE} / COUNT(x.taskId) END AS completionRateOfTotal,
        CASE WHEN ${DONE} + SUM(CASE WHEN x.tl = 'OPEN_OVERDUE' THEN 1 ELSE 0 END) = 0 THEN NULL
             ELSE 1.0 * ${DONE} / (${DONE} + SUM(CASE WHEN x.tl = 'OPEN_OVERDUE' THEN 1 ELSE 0 END)) END AS completionRateOfDue
      FROM (${officials}) o
      JOIN official f ON f.id = o.officialId
      JOIN unit u ON u.id = o.unitId
      LEFT JOIN (SELECT p.officialId AS officialId, t.id AS taskId, t.returnCount AS returnCount, ${tl} AS tl
                 FROM (${pairs}) p JOIN task t ON t.id = p.taskId WHERE ${conditions}) x ON x.officialId = o.officialId
      GROUP BY o.officialId, f.fullName, o.unitId, u.name, o.position
      ORDER BY ${column} ${order}, o.officialId ${order}
      LIMIT ${perPage} OFFSET ${page * perPage}`;
    const rows = await this.query(sql, params);
    return rows.map((r) => ({
      ...countsOf(r), id: String(r.id), fullName: String(r.fullName), unitId: String(r.unitId), unitName: String(r.unitName), position: String(r.position),
    }));
  }

  async countOfficials(given: OfficialAccountabilityFilter | null | undefined): Promise<number> {
    const filter = given ?? {};
    const params: Record<string, unknown> = {};
    const officials = await this.officialsSql(filter, params);
    const [row] = await this.query(`SELECT COUNT(*) AS n FROM (${officials}) o`, params);
    return Number(row?.n ?? 0);
  }

  /** The unit's own tasks and, for each unit directly under it, the tasks of its subtree. */
  async unitSummaries(args: UnitTaskSummariesArgs): Promise<UnitTaskSummary[]> {
    const unit = await requireUnitInScope(this.db.manager, this.actor, [Role.LEADER, Role.HR, Role.HEAD, Role.OFFICIAL], 'unitId', toId('unitId', args.unitId));
    const params: Record<string, unknown> = { parentId: unit.id };
    const conditions = this.taskConditions(args.from, args.to, args.deadlineBasis, params);
    const tl = this.timeliness(args.deadlineBasis);
    const prefix = this.db.family === 'sqlite' ? `c.path || '%'` : `CONCAT(c.path, '%')`;
    const sql = `SELECT c.id AS unitId, c.code AS unitCode, c.name AS unitName, CASE WHEN c.id = :parentId THEN 1 ELSE 0 END AS own, ${COUNT_COLUMNS}
      FROM unit c
      LEFT JOIN (SELECT lu.path AS path, lu.id AS leadUnitId, t.id AS taskId, t.returnCount AS returnCount, ${tl} AS tl
                 FROM task t JOIN unit lu ON lu.id = t.leadUnitId WHERE ${conditions}) x
        ON (c.id = :parentId AND x.leadUnitId = c.id) OR (c.id <> :parentId AND x.path LIKE ${prefix})
      WHERE c.id = :parentId OR c.parentId = :parentId
      GROUP BY c.id, c.code, c.name
      ORDER BY own DESC, c.name ASC, c.id ASC`;
    const rows = await this.query(sql, params);
    return rows.map((r) => ({ ...countsOf(r), unitId: String(r.unitId), unitCode: String(r.unitCode), unitName: String(r.unitName), own: Number(r.own) === 1 }));
  }

  /** Per month of deadline, the last `months` months up to the current Vietnam month: tasks due, and how many were or are late. */
  async overdueTrend(args: OverdueTrendArgs): Promise<MonthTrend[]> {
    const months = args.months ?? 12;
    if (!Number.isInteger(months) || months < 1 || months > 60) throw new InputError('input.range', { field: 'months', min: 1, max: 60 });
    const unit = await requireUnitInScope(this.db.manager, this.actor, [Role.LEADER, Role.HR, Role.HEAD, Role.OFFICIAL], 'unitId', toId('unitId', args.unitId));
    const today = this.clock.today();
    const [y, m] = today.split('-').map(Number);
    const list: string[] = [];
    for (let i = months - 1; i >= 0; i -= 1) {
      const d = new Date(Date.UTC(y, m - 1 - i, 1));
      list.push(d.toISOString().slice(0, 7));
    }
    const column = (args.deadlineBasis ?? DeadlineBasis.ORIGINAL) === DeadlineBasis.ORIGINAL ? 'originalDeadline' : 'deadline';
    const params: Record<string, unknown> = { path: `${unit.path}%`, first: `${list[0]}-01`, last: `${list[list.length - 1]}-31` };
    const conditions = this.taskConditions(undefined, undefined, args.deadlineBasis, params);
    const sql = `SELECT SUBSTR(x.d, 1, 7) AS month, COUNT(*) AS due,
        SUM(CASE WHEN x.tl = 'DONE_ON_TIME' THEN 1 ELSE 0 END) AS doneOnTime,
        SUM(CASE WHEN x.tl = 'DONE_LATE' THEN 1 ELSE 0 END) AS doneLate,
        SUM(CASE WHEN x.tl = 'OPEN_OVERDUE' THEN 1 ELSE 0 END) AS openOverdue
      FROM (SELECT t.${column} AS d, ${this.timeliness(args.deadlineBasis)} AS tl FROM task t
            WHERE ${conditions} AND t.${column} >= :first AND t.${column} <= :last
              AND t.leadUnitId IN (SELECT su.id FROM unit su WHERE su.path LIKE :path)) x
      GROUP BY SUBSTR(x.d, 1, 7)`;
    const rows = await this.query(sql, params);
    return list.map((month) => {
      const r = rows.find((row) => String(row.month) === month);
      const n = (k: string) => Number(r?.[k] ?? 0);
      return { month, due: n('due'), doneOnTime: n('doneOnTime'), doneLate: n('doneLate'), openOverdue: n('openOverdue'), late: n('doneLate') + n('openOverdue') };
    });
  }
}
