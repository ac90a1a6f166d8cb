import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { inScope, type Actor } from '../../auth/actor.js';
import { TASK_MANAGERS, TASK_READERS as TASK_READERS_FOR_SUMMARY } from '../../auth/roles.js';
import { requireUnitInScope, taskVisibility } from '../../auth/scope.js';
import { AppError, NotFoundError } from '../../errors.js';
import { applyListArgs, type ListArgs } from '../../graphql/list.js';
import { extensionEffect } from '../../rules/rating/task-facts.js';
import { timelinessSql } from '../../rules/timeliness.js';
import { containsPattern, foldForSearch, likeContains } from '../../text.js';
import {
  TEXT_CHARS, dateRange, optionalText, percent, positiveInt, requireRow, requireRows, requiredText, toId, toIds, toOptionalId,
} from '../../validation.js';
import { Directive } from '../document/directive.entity.js';
import { Official } from '../official/official.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { UnitService } from '../unit/unit.service.js';
import { TaskError } from './task.errors.js';
import { TaskAction, TaskEvent } from './task-event.entity.js';
import { TaskState, Timeliness } from './task-state.js';
import { TaskUpdate } from './task-update.entity.js';
import { TaskWorkflowAction, allowedTaskActions, stateEditAction, stateRefusal } from './task.workflow.js';
import { noteHistory } from '../history/history.js';
import { Task, TaskAssignee, TaskCoordinatingUnit } from './task.entity.js';
import {
  DeadlineBasis, type AcceptTaskArgs, type AllTaskEventsArgs, type AllTaskUpdatesArgs, type CreateTaskArgs,
  type CreateTaskUpdateArgs, type ReturnTaskArgs, type TaskEventFilter, type TaskFilter, type TaskSummary,
  type TaskSummaryArgs, type TaskUpdateFilter, type UpdateTaskArgs,
} from './task.inputs.js';

const SORTABLE = {
  id: 't.id', title: 't.title', deadline: 't.deadline', originalDeadline: 't.originalDeadline', startDate: 't.startDate',
  state: 't.state', percentDone: 't.percentDone', weight: 't.weight', updatedAt: 't.updatedAt', createdAt: 't.createdAt',
  completedOn: 't.completedOn', leadUnitId: 't.leadUnitId', responsibleOfficialId: 't.responsibleOfficialId',
};

/** Columns a list reads only when the client asks for them. */
const LONG_TEXTS = new Set(['description', 'expectedResult', 'searchText']);

/** The fields whose every change is kept in history. */
interface TrackedValues {
  title: string; description: string; directiveId: number | null; leadUnitId: number; coordinatingUnitIds: number[];
  responsibleOfficialId: number | null; assigneeIds: number[]; startDate: string; deadline: string | null;
  weight: number; expectedResult: string; state: TaskState; percentDone: number;
}
type Change = { field: string; before: unknown; after: unknown; action?: TaskAction; reason?: string | null };


/**
 * Tasks: their rules, their history and their statistics. Every write runs in one transaction
 * that also appends the history rows, so a task never changes without a trace.
 */
export class TaskService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly actor: Actor,
  ) {}

  async list(args: ListArgs & { filter?: TaskFilter }): Promise<Task[]> {
    return (await this.page(args)).map((r) => r.task);
  }

  /**
   * A page of tasks with their coordinating units and assignees, in one statement (correlated
   * subqueries on the two link tables' keys). The long texts are read only when `withTexts`:
   * a list that shows five columns does not carry descriptions across the wire.
   */
  async page(args: ListArgs & { filter?: TaskFilter }, withTexts = true): Promise<Array<{ task: Task; unitIds: number[]; officialIds: number[] }>> {
    const qb = applyListArgs(await this.filtered(args.filter), args, SORTABLE, { field: 'deadline', order: 'ASC' });
    if (!withTexts) {
      const meta = this.db.manager.connection.getMetadata(Task);
      qb.select(meta.columns.map((c) => c.propertyName).filter((c) => !LONG_TEXTS.has(c)).map((c) => `t.${c}`));
    }
    qb.addSelect('(SELECT GROUP_CONCAT(pc.unitId) FROM task_coordinating_unit pc WHERE pc.taskId = t.id)', 'party_units')
      .addSelect('(SELECT GROUP_CONCAT(pa.officialId) FROM task_assignee pa WHERE pa.taskId = t.id)', 'party_officials');
    const { entities, raw } = await qb.getRawAndEntities();
    const ids = (v: unknown) => (v === null || v === undefined || v === '' ? [] : String(v).split(',').map(Number).sort((a, b) => a - b));
    const byId = new Map(raw.map((r: Record<string, unknown>) => [Number(r.t_id), r]));
    return entities.map((task) => {
      const r = byId.get(task.id);
      if (!withTexts) Object.assign(task, { description: undefined, expectedResult: undefined });
      return { task, unitIds: ids(r?.party_units), officialIds: ids(r?.party_officials) };
    });
  }

  async count(filter?: TaskFilter): Promise<number> {
    return (await this.filtered(filter)).getCount();
  }

  async get(id: string): Promise<Task> {
    return this.requireLive(this.db.manager, toId('task', id));
  }

  /** The lead unit must lie in a scope where the actor manages tasks (LEADER, HEAD). */
  private async requireManage(m: EntityManager, leadUnitId: number, field = 'leadUnitId'): Promise<void> {
    await requireUnitInScope(m, this.actor, TASK_MANAGERS, field, leadUnitId);
  }

  /** `within`: a transaction the task is created in with other records (a conclusion and its directives). */
  async create(args: CreateTaskArgs, within?: EntityManager): Promise<Task> {
    const today = this.clock.today();
    const values: TrackedValues = {
      title: requiredText('title', args.title),
      description: optionalText('description', args.description, SHARED_TEXT),
      expectedResult: optionalText('expectedResult', args.expectedResult, SHARED_TEXT),
      directiveId: toOptionalId('directiveId', args.directiveId),
      leadUnitId: toId('leadUnitId', args.leadUnitId),
      coordinatingUnitIds: toIds('coordinatingUnitIds', args.coordinatingUnitIds),
      responsibleOfficialId: toOptionalId('responsibleOfficialId', args.responsibleOfficialId),
      assigneeIds: toIds('assigneeIds', args.assigneeIds),
      startDate: args.startDate ?? today,
      deadline: args.deadline ?? null,
      weight: positiveInt('weight', args.weight ?? 1),
      state: TaskState.NOT_STARTED,
      percentDone: 0,
    };
    // the assigner is the signed-in account's official, never an argument
    const createdByOfficialId = this.actor.officialId;
    this.checkShape(values);
    const work = async (m: EntityManager) => {
      await this.checkReferences(m, values);
      await this.requireManage(m, values.leadUnitId);
      if (createdByOfficialId !== null) await requireRow(m, Official, 'createdByOfficialId', createdByOfficialId);
      const now = this.clock.now();
      const task = await m.save(
        m.create(Task, {
          ...values, originalDeadline: values.deadline, createdByOfficialId, reportedDoneOn: null, completedOn: null,
          exceeded: false, returnCount: 0, objectiveReturns: 0, excusedDeadline: null, excuseReason: null, excusedByOfficialId: null, extraDelays: 0,
          version: 1, createdAt: now, updatedAt: now, deletedAt: null,
          searchText: searchTextOf(values),
        }),
      );
      await this.replaceParties(m, task.id, values.coordinatingUnitIds, values.assigneeIds, true);
      await this.record(m, task.id, TaskAction.CREATED, [{ field: null, before: null, after: values }]);
      return task;
    };
    return within ? work(within) : this.db.transaction(work);
  }

  async update(args: UpdateTaskArgs): Promise<Task> {
    const id = toId('task', args.id);
    return this.db.transaction(async (m) => {
      const task = await this.requireVersion(m, id, args.version);
      const before = await this.trackedValues(m, task);
      const after: TrackedValues = {
        title: args.title === undefined ? before.title : requiredText('title', args.title),
        description: args.description === undefined ? before.description : optionalText('description', args.description, SHARED_TEXT),
        expectedResult: args.expectedResult === undefined ? before.expectedResult : optionalText('expectedResult', args.expectedResult, SHARED_TEXT),
        directiveId: args.directiveId === undefined ? before.directiveId : toOptionalId('directiveId', args.directiveId),
        leadUnitId: args.leadUnitId === undefined ? before.leadUnitId : toId('leadUnitId', args.leadUnitId),
        coordinatingUnitIds: args.coordinatingUnitIds === undefined ? before.coordinatingUnitIds : toIds('coordinatingUnitIds', args.coordinatingUnitIds),
        responsibleOfficialId: args.responsibleOfficialId === undefined ? before.responsibleOfficialId : toOptionalId('responsibleOfficialId', args.responsibleOfficialId),
        assigneeIds: args.assigneeIds === undefined ? before.assigneeIds : toIds('assigneeIds', args.assigneeIds),
        startDate: args.startDate ?? before.startDate,
        deadline: args.deadline === undefined ? before.deadline : args.deadline,
        weight: args.weight === undefined || args.weight === null ? before.weight : positiveInt('weight', args.weight),
        state: args.state ?? before.state,
        percentDone: args.percentDone === undefined || args.percentDone === null ? before.percentDone : percent('percentDone', args.percentDone),
      };
      this.checkShape(after);
      const changes = diff(before, after);
      if (changes.length === 0) return task;
      if (after.state !== before.state) this.checkStateChange(before.state, after.state);
      const deadlineChange = changes.find((c) => c.field === 'deadline');
      let excuse: Partial<Task> = {};
      if (deadlineChange) {
        // judged on the state the edit leads to: reopening a cancelled task with a new deadline is one edit
        requireStep(TaskWorkflowAction.CHANGE_DEADLINE, after.state);
        deadlineChange.action = TaskAction.DEADLINE_CHANGED;
        deadlineChange.reason = requiredReason('deadlineChangeReason', args.deadlineChangeReason, 'task.deadlineReasonRequired');
        excuse = extensionEffect(task, after.deadline, this.clock.today(), args.deadlineObjectiveCause === true, deadlineChange.reason, this.actor.officialId);
        if (args.deadlineObjectiveCause) deadlineChange.reason = `${deadlineChange.reason} [nguyên nhân khách quan]`;
      } else if (args.deadlineObjectiveCause) {
        throw new TaskError('task.deadlineReasonRequired', { field: 'deadline' });
      }
      await this.checkReferences(m, after, before);
      await this.requireManage(m, before.leadUnitId);
      if (after.leadUnitId !== before.leadUnitId) await this.requireManage(m, after.leadUnitId);
      await this.save(m, task, {
        title: after.title, description: after.description, expectedResult: after.expectedResult, directiveId: after.directiveId,
        leadUnitId: after.leadUnitId, responsibleOfficialId: after.responsibleOfficialId, startDate: after.startDate,
        deadline: after.deadline, originalDeadline: task.originalDeadline ?? after.deadline, weight: after.weight,
        state: after.state, percentDone: after.percentDone, searchText: searchTextOf(after), ...excuse,
      });
      if (changes.some((c) => c.field === 'coordinatingUnitIds' || c.field === 'assigneeIds')) {
        await this.replaceParties(m, id, after.coordinatingUnitIds, after.assigneeIds);
      }
      await this.record(m, id, TaskAction.EDITED, changes, optionalText('changeReason', args.changeReason) || null);
      return this.requireLive(m, id);
    });
  }

  /** A soft delete: the task leaves every list and count, its history stays and says who deleted it. */
  async delete(id: string): Promise<Task> {
    const taskId = toId('task', id);
    return this.db.transaction(async (m) => {
      const task = await this.requireLive(m, taskId);
      await this.requireManage(m, task.leadUnitId);
      await this.save(m, task, { deletedAt: this.clock.now() });
      await this.record(m, taskId, TaskAction.DELETED, [{ field: 'deletedAt', before: null, after: this.clock.today() }]);
      return task;
    });
  }

  /** A progress report. Reporting "done" stamps today's Vietnam date and waits for acceptance. */
  async report(args: CreateTaskUpdateArgs): Promise<TaskUpdate> {
    const taskId = toId('taskId', args.taskId);
    // the reporter is the signed-in account's official, never an argument: nobody reports in another's name
    const officialId = this.actor.officialId;
    if (officialId === null) throw new AppError('FORBIDDEN', 'auth.noOfficial');
    if (args.state !== TaskState.IN_PROGRESS && args.state !== TaskState.REPORTED_DONE) {
      throw new TaskError('task.stateNotSettable', { value: args.state });
    }
    const done = args.state === TaskState.REPORTED_DONE;
    const percentDone = done ? 100 : percent('percentDone', args.percentDone ?? 0);
    const note = optionalText('note', args.note);
    const evidenceLinks = (args.evidenceLinks ?? []).map((l) => optionalText('evidenceLinks', l, 2000)).filter(Boolean);
    return this.db.transaction(async (m) => {
      const task = args.taskVersion === undefined || args.taskVersion === null
        ? await this.requireLive(m, taskId)
        : await this.requireVersion(m, taskId, args.taskVersion);
      requireStep(done ? TaskWorkflowAction.REPORT_DONE : TaskWorkflowAction.REPORT_PROGRESS, task.state);
      await requireRow(m, Official, 'officialId', officialId);
      await this.requireReporter(m, task, officialId);
      const today = this.clock.today();
      const reportedDoneOn = done ? today : null;
      await this.save(m, task, { state: args.state, percentDone, reportedDoneOn });
      await this.record(m, taskId, TaskAction.PROGRESS_REPORTED, [
        { field: 'state', before: task.state, after: args.state },
        { field: 'percentDone', before: task.percentDone, after: percentDone },
        { field: 'reportedDoneOn', before: task.reportedDoneOn, after: reportedDoneOn },
      ].filter((c) => c.before !== c.after), note || null, officialId);
      const report = await m.save(m.create(TaskUpdate, {
        taskId, officialId, reportedAt: this.clock.now(), reportedOn: today, state: args.state, percentDone, note, evidenceLinks,
      }));
      noteHistory(m, 'task_update', [report.id]);
      return report;
    });
  }

  /** Acceptance by the lead unit's head or the assigner: the task is done as of the day it was reported. */
  async accept(args: AcceptTaskArgs): Promise<Task> {
    const taskId = toId('task', args.id);
    const note = optionalText('note', args.note);
    return this.db.transaction(async (m) => {
      const task = await this.requireState(m, taskId, args.version, TaskWorkflowAction.ACCEPT);
      await this.requireManage(m, task.leadUnitId);
      const exceeded = args.exceeded ?? false;
      await this.save(m, task, { state: TaskState.DONE, completedOn: task.reportedDoneOn, exceeded });
      await this.record(m, taskId, TaskAction.ACCEPTED, [
        { field: 'state', before: task.state, after: TaskState.DONE },
        { field: 'completedOn', before: null, after: task.reportedDoneOn },
        ...(exceeded ? [{ field: 'exceeded', before: false, after: true }] : []),
      ], note || null);
      return this.requireLive(m, taskId);
    });
  }

  /** Returning a task reported done is a failed quality check: it goes back to work and is counted. */
  async returnTask(args: ReturnTaskArgs): Promise<Task> {
    const taskId = toId('task', args.id);
    const reason = requiredReason('reason', args.reason, 'task.reasonRequired');
    return this.db.transaction(async (m) => {
      const task = await this.requireState(m, taskId, args.version, TaskWorkflowAction.RETURN);
      await this.requireManage(m, task.leadUnitId);
      const objective = args.objectiveCause === true;
      await this.save(m, task, { state: TaskState.IN_PROGRESS, reportedDoneOn: null, returnCount: task.returnCount + 1, objectiveReturns: task.objectiveReturns + (objective ? 1 : 0) });
      await this.record(m, taskId, TaskAction.RETURNED, [
        { field: 'state', before: task.state, after: TaskState.IN_PROGRESS },
        { field: 'reportedDoneOn', before: task.reportedDoneOn, after: null },
        { field: 'returnCount', before: task.returnCount, after: task.returnCount + 1 },
        ...(objective ? [{ field: 'objectiveReturns', before: task.objectiveReturns, after: task.objectiveReturns + 1 }] : []),
      ], objective ? `${reason} [nguyên nhân khách quan]` : reason);
      return this.requireLive(m, taskId);
    });
  }

  async summary(args: TaskSummaryArgs): Promise<TaskSummary> {
    const includeSubunits = args.includeSubunits ?? true;
    const basis = args.deadlineBasis ?? DeadlineBasis.ORIGINAL;
    const column = basis === DeadlineBasis.ORIGINAL ? 'originalDeadline' : 'deadline';
    dateRange('to', args.from, args.to);
    const asOf = this.clock.today();
    const unit = await requireUnitInScope(this.db.manager, this.actor, TASK_READERS_FOR_SUMMARY, 'unitId', toId('unitId', args.unitId));
    // the unit lies in one of the caller's reader scopes, so every task led in it (or under it) is
    // one they may see: no visibility test per row, a join on the unit path prefix instead
    const qb = this.db.manager.createQueryBuilder(Task, 't').where('t.deletedAt IS NULL');
    if (includeSubunits) qb.innerJoin(Unit, 'su', 'su.id = t.leadUnitId').andWhere('su.path LIKE :path', { path: `${unit.path}%` });
    else qb.andWhere('t.leadUnitId = :unitId', { unitId: unit.id });
    const d = `t.${column}`;
    if (args.from) qb.andWhere(`(${d} >= :from OR (${d} IS NULL AND t.startDate >= :from))`, { from: args.from });
    if (args.to) qb.andWhere(`(${d} <= :to OR (${d} IS NULL AND t.startDate <= :to))`, { to: args.to });
    const rows: Array<{ timeliness: Timeliness | null; n: string | number }> = await qb
      .select(timelinessSql('t', column), 'timeliness')
      .addSelect('COUNT(*)', 'n')
      .groupBy('timeliness')
      .setParameter('today', asOf)
      .getRawMany();
    const n = (t: Timeliness) => Number(rows.find((r) => r.timeliness === t)?.n ?? 0);
    const counts = {
      doneOnTime: n(Timeliness.DONE_ON_TIME), doneLate: n(Timeliness.DONE_LATE), doneNoDeadline: n(Timeliness.DONE_NO_DEADLINE),
      openWithinDeadline: n(Timeliness.OPEN_WITHIN_DEADLINE), openOverdue: n(Timeliness.OPEN_OVERDUE), openNoDeadline: n(Timeliness.OPEN_NO_DEADLINE),
    };
    const done = counts.doneOnTime + counts.doneLate + counts.doneNoDeadline;
    const total = done + counts.openWithinDeadline + counts.openOverdue + counts.openNoDeadline;
    return {
      unitId: args.unitId, includeSubunits, from: args.from ?? null, to: args.to ?? null, asOf, deadlineBasis: basis,
      total, done, ...counts,
      completionRateOfTotal: ratio(done, total),
      completionRateOfDue: ratio(done, done + counts.openOverdue),
    };
  }

  listUpdates(args: AllTaskUpdatesArgs): Promise<TaskUpdate[]> {
    return applyListArgs(this.updatesFiltered(args.filter), args, { id: 'u.id', reportedAt: 'u.reportedAt' }, { field: 'reportedAt', order: 'DESC' }).getMany();
  }

  countUpdates(filter?: TaskUpdateFilter): Promise<number> {
    return this.updatesFiltered(filter).getCount();
  }

  async getUpdate(id: string): Promise<TaskUpdate> {
    const row = await this.updatesFiltered({ ids: [id] }).getOne();
    if (!row) throw new NotFoundError('id', id);
    return row;
  }

  listEvents(args: AllTaskEventsArgs): Promise<TaskEvent[]> {
    return applyListArgs(this.eventsFiltered(args.filter), args, { id: 'e.id', at: 'e.at' }, { field: 'id', order: 'ASC' }).getMany();
  }

  countEvents(filter?: TaskEventFilter): Promise<number> {
    return this.eventsFiltered(filter).getCount();
  }

  async getEvent(id: string): Promise<TaskEvent> {
    const row = await this.eventsFiltered({ ids: [id] }).getOne();
    if (!row) throw new NotFoundError('id', id);
    return row;
  }

  // --- rules -------------------------------------------------------------------------------

  private checkShape(v: TrackedValues): void {
    if (v.deadline && v.deadline < v.startDate) {
      throw new TaskError('task.deadlineBeforeStart', { field: 'deadline', deadline: v.deadline, startDate: v.startDate });
    }
    if (v.coordinatingUnitIds.includes(v.leadUnitId)) throw new TaskError('task.leadIsCoordinating', { field: 'coordinatingUnitIds' });
  }

  /** An edit of the state stands for one of the table's steps; done and reported-done are reached otherwise. */
  private checkStateChange(from: TaskState, to: TaskState): void {
    const action = stateEditAction(from, to);
    if (action === null) throw new TaskError('task.stateNotSettable', { value: to });
    requireStep(action, from, to);
  }

  /**
   * What the caller may do with each task now (the workflow table, the caller's scope, the task's
   * parties): pure, from the lead unit's path and the parties the request's loaders brought.
   */
  allowedActionsOf(task: Task, leadUnitPath: string | null, officialIds: readonly number[]): TaskWorkflowAction[] {
    if (leadUnitPath === null || task.deletedAt) return [];
    const me = this.actor.officialId;
    const manager = inScope(this.actor, TASK_MANAGERS, leadUnitPath);
    const reporter = me !== null && (task.responsibleOfficialId === me || officialIds.includes(me));
    return allowedTaskActions(task.state, (who) => (who === 'MANAGER' ? manager : reporter))
      // a report is always in a person's own name: an account with no official makes none
      .filter((a) => me !== null || (a !== TaskWorkflowAction.REPORT_PROGRESS && a !== TaskWorkflowAction.REPORT_DONE));
  }

  /** Only what changed is checked, so that a unit closed since does not block editing a title. */
  private async checkReferences(m: EntityManager, v: TrackedValues, before?: TrackedValues): Promise<void> {
    const changed = <K extends keyof TrackedValues>(k: K) => !before || JSON.stringify(before[k]) !== JSON.stringify(v[k]);
    if (changed('leadUnitId')) await requireRow(m, Unit, 'leadUnitId', v.leadUnitId);
    if (changed('coordinatingUnitIds')) await requireRows(m, Unit, 'coordinatingUnitIds', v.coordinatingUnitIds);
    if (changed('directiveId') && v.directiveId !== null) await requireRow(m, Directive, 'directiveId', v.directiveId);
    if (changed('responsibleOfficialId') && v.responsibleOfficialId !== null) await requireRow(m, Official, 'responsibleOfficialId', v.responsibleOfficialId);
    if (changed('assigneeIds')) await requireRows(m, Official, 'assigneeIds', v.assigneeIds);
  }

  /**
   * Officials report on the tasks they answer for or carry out; a manager of the lead unit may
   * also report on any of its tasks. Always in the signed-in person's own name.
   */
  private async requireReporter(m: EntityManager, task: Task, officialId: number): Promise<void> {
    const leadUnit = await requireRow(m, Unit, 'leadUnitId', task.leadUnitId);
    if (inScope(this.actor, TASK_MANAGERS, leadUnit.path)) return;
    const assignees = await m.findBy(TaskAssignee, { taskId: task.id });
    const own = this.actor.officialId !== null && officialId === this.actor.officialId;
    const assigned = task.responsibleOfficialId === officialId || assignees.some((a) => a.officialId === officialId);
    if (!own || !assigned) throw new AppError('FORBIDDEN', 'auth.notYourTask');
  }

  /** A task the actor may not see answers as one that does not exist: ids cannot be probed. */
  private async requireLive(m: EntityManager, id: number): Promise<Task> {
    const task = await requireRow(m, Task, 'task', id);
    // visibility first: a deleted task out of scope answers exactly like one that never existed
    const visibility = taskVisibility(this.actor, 't');
    if (visibility) {
      const visible = await m.createQueryBuilder(Task, 't').where('t.id = :id', { id }).andWhere(visibility.sql, visibility.params).getCount();
      if (!visible) throw new NotFoundError('task', id);
    }
    if (task.deletedAt) throw new TaskError('task.deleted', { id });
    return task;
  }

  private async requireVersion(m: EntityManager, id: number, version: number): Promise<Task> {
    const task = await this.requireLive(m, id);
    if (task.version !== version) throw new TaskError('task.versionConflict', { stored: task.version, given: version });
    return task;
  }

  private async requireState(m: EntityManager, id: number, version: number | null | undefined, action: TaskWorkflowAction): Promise<Task> {
    const task = version === undefined || version === null ? await this.requireLive(m, id) : await this.requireVersion(m, id, version);
    requireStep(action, task.state);
    return task;
  }

  /**
   * Writes the row only if nobody else wrote it since it was read (compare-and-set on the
   * version), which holds on MariaDB without locks and on SQLite trivially.
   */
  private async save(m: EntityManager, task: Task, values: Partial<Task>): Promise<void> {
    const result = await m
      .createQueryBuilder()
      .update(Task)
      .set({ ...values, updatedAt: this.clock.now(), version: task.version + 1 })
      .where('id = :id AND version = :version', { id: task.id, version: task.version })
      .execute();
    if (result.affected === 0) {
      const stored = await requireRow(m, Task, 'task', task.id);
      throw new TaskError('task.versionConflict', { stored: stored.version, given: task.version });
    }
  }

  /** On a new task there is nothing to remove (and a DELETE there would take gap locks for nothing). */
  private async replaceParties(m: EntityManager, taskId: number, unitIds: number[], officialIds: number[], isNew = false): Promise<void> {
    if (!isNew) {
      await m.delete(TaskCoordinatingUnit, { taskId });
      await m.delete(TaskAssignee, { taskId });
    }
    if (unitIds.length) await m.insert(TaskCoordinatingUnit, unitIds.map((unitId) => ({ taskId, unitId })));
    if (officialIds.length) await m.insert(TaskAssignee, officialIds.map((officialId) => ({ taskId, officialId })));
  }

  private async trackedValues(m: EntityManager, task: Task): Promise<TrackedValues> {
    const [units, assignees] = await Promise.all([
      m.findBy(TaskCoordinatingUnit, { taskId: task.id }),
      m.findBy(TaskAssignee, { taskId: task.id }),
    ]);
    return {
      title: task.title, description: task.description, directiveId: task.directiveId, leadUnitId: task.leadUnitId,
      coordinatingUnitIds: units.map((u) => u.unitId).sort((a, b) => a - b), responsibleOfficialId: task.responsibleOfficialId,
      assigneeIds: assignees.map((a) => a.officialId).sort((a, b) => a - b), startDate: task.startDate, deadline: task.deadline,
      weight: task.weight, expectedResult: task.expectedResult, state: task.state, percentDone: task.percentDone,
    };
  }

  private async record(
    m: EntityManager, taskId: number, action: TaskAction,
    changes: Array<Change | { field: null; before: unknown; after: unknown }>, reason: string | null = null,
    actorOfficialId: number | null = this.actor.officialId,
  ): Promise<void> {
    const at = this.clock.now();
    const rows = (changes.length ? changes : [{ field: null, before: null, after: null }]).map((c) => ({
      taskId, at, actorOfficialId, actorAccountId: this.actor.accountId, action: ('action' in c && c.action) || action, field: c.field,
      before: c.before === null || c.before === undefined ? null : JSON.stringify(c.before),
      after: c.after === null || c.after === undefined ? null : JSON.stringify(c.after),
      reason: ('reason' in c && c.reason) || reason,
    }));
    const inserted = await m.insert(TaskEvent, rows);
    noteHistory(m, 'task_event', inserted.identifiers.map((i) => i.id));
  }

  // --- queries -----------------------------------------------------------------------------

  private async filtered(filter: TaskFilter = {}): Promise<SelectQueryBuilder<Task>> {
    const qb = this.db.manager.createQueryBuilder(Task, 't').where('t.deletedAt IS NULL');
    const visibility = taskVisibility(this.actor, 't');
    if (visibility) qb.andWhere(visibility.sql, visibility.params);
    if (filter.ids) qb.andWhere('t.id IN (:...ids)', { ids: [0, ...toIds('ids', filter.ids)] });
    if (filter.q) qb.andWhere(likeContains('t.searchText', 'q'), { q: containsPattern(filter.q) });
    if (filter.unitId) {
      if (filter.includeSubunits ?? true) {
        const path = await new UnitService(this.db, this.actor).subtreePath('unitId', filter.unitId);
        qb.andWhere('t.leadUnitId IN (SELECT su.id FROM unit su WHERE su.path LIKE :path)', { path: `${path}%` });
      } else {
        qb.andWhere('t.leadUnitId = :unitId', { unitId: toId('unitId', filter.unitId) });
      }
    }
    const states = [...(filter.states ?? []), ...(filter.state ? [filter.state] : [])];
    if (states.length) qb.andWhere('t.state IN (:...states)', { states });
    if (filter.timeliness) qb.andWhere(`${timelinessSql('t')} = :timeliness`, { timeliness: filter.timeliness, today: this.clock.today() });
    if (filter.deadlineFrom) qb.andWhere('t.deadline >= :deadlineFrom', { deadlineFrom: filter.deadlineFrom });
    if (filter.deadlineTo) qb.andWhere('t.deadline <= :deadlineTo', { deadlineTo: filter.deadlineTo });
    if (filter.directiveId) qb.andWhere('t.directiveId = :directiveId', { directiveId: toId('directiveId', filter.directiveId) });
    if (filter.documentId) {
      qb.andWhere('t.directiveId IN (SELECT dr.id FROM directive dr WHERE dr.documentId = :documentId)', { documentId: toId('documentId', filter.documentId) });
    }
    if (filter.responsibleOfficialId) {
      qb.andWhere('t.responsibleOfficialId = :responsible', { responsible: toId('responsibleOfficialId', filter.responsibleOfficialId) });
    }
    if (filter.involvingOfficialId) {
      qb.andWhere('(t.responsibleOfficialId = :involved OR t.id IN (SELECT ti.taskId FROM task_assignee ti WHERE ti.officialId = :involved))', {
        involved: toId('involvingOfficialId', filter.involvingOfficialId),
      });
    }
    if (filter.assigneeId) {
      qb.andWhere('t.id IN (SELECT ta.taskId FROM task_assignee ta WHERE ta.officialId = :assignee)', { assignee: toId('assigneeId', filter.assigneeId) });
    }
    return qb;
  }

  private onlyVisibleTasks(qb: SelectQueryBuilder<TaskUpdate> | SelectQueryBuilder<TaskEvent>, column: string): void {
    const visibility = taskVisibility(this.actor, 'vt');
    if (visibility) qb.andWhere(`${column} IN (SELECT vt.id FROM task vt WHERE ${visibility.sql})`, visibility.params);
  }

  private updatesFiltered(filter: TaskUpdateFilter = {}) {
    const qb = this.db.manager.createQueryBuilder(TaskUpdate, 'u');
    this.onlyVisibleTasks(qb, 'u.taskId');
    if (filter.ids) qb.andWhere('u.id IN (:...ids)', { ids: [0, ...toIds('ids', filter.ids)] });
    if (filter.taskId) qb.andWhere('u.taskId = :taskId', { taskId: toId('taskId', filter.taskId) });
    if (filter.officialId) qb.andWhere('u.officialId = :officialId', { officialId: toId('officialId', filter.officialId) });
    return qb;
  }

  private eventsFiltered(filter: TaskEventFilter = {}) {
    const qb = this.db.manager.createQueryBuilder(TaskEvent, 'e');
    this.onlyVisibleTasks(qb, 'e.taskId');
    if (filter.ids) qb.andWhere('e.id IN (:...ids)', { ids: [0, ...toIds('ids', filter.ids)] });
    if (filter.taskId) qb.andWhere('e.taskId = :taskId', { taskId: toId('taskId', filter.taskId) });
    return qb;
  }
}

function diff(before: TrackedValues, after: TrackedValues): Change[] {
  return (Object.keys(after) as Array<keyof TrackedValues>)
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

/** The creation's history row holds title, description and expected result in one text column: they share it. */
const SHARED_TEXT = Math.floor((TEXT_CHARS - 1000) / 2);

function searchTextOf(v: { title: string; description: string }): string {
  return foldForSearch(`${v.title} ${v.description}`).slice(0, 1000);
}

function requiredReason(field: string, value: string | null | undefined, reason: 'task.deadlineReasonRequired' | 'task.reasonRequired'): string {
  const text = (value ?? '').trim();
  if (!text) throw new TaskError(reason, { field });
  return text;
}

/** The table's answer for the state, before who is asked (as the service always did: a closed task is closed to all). */
function requireStep(action: TaskWorkflowAction, state: TaskState, target?: TaskState): void {
  const refusal = stateRefusal(action, state, target);
  if (refusal) throw new TaskError(refusal.reason, refusal.params);
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10000) / 10000;
}

