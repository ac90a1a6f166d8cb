import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../auth/access.js';
import { TASK_MANAGERS, TASK_READERS } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { ListMetadata } from '../../graphql/list.js';
import { onlyIdRequested, related, requestsAny } from '../../graphql/selection.js';
import { TaskIndicatorTarget } from '../kpi/kpi.entity.js';
import { timelinessOf } from '../../rules/timeliness.js';
import { Directive } from '../document/directive.entity.js';
import { Official } from '../official/official.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { TaskEvent } from './task-event.entity.js';
import { Timeliness } from './task-state.js';
import { TaskUpdate } from './task-update.entity.js';
import { Task } from './task.entity.js';
import {
  AcceptTaskArgs, AllTaskEventsArgs, AllTaskUpdatesArgs, AllTasksArgs, CreateTaskArgs, CreateTaskUpdateArgs, ReturnTaskArgs,
  TaskSummary, TaskSummaryArgs, UpdateTaskArgs,
} from './task.inputs.js';
import { TaskService } from './task.service.js';
import { TaskWorkflowAction } from './task.workflow.js';

const service = (ctx: Context) => new TaskService(ctx.db, ctx.clock, ctx.actor);

/** The coordinating units and assignees a list page brought with its rows, read without waiting. */
const PARTIES = Symbol('parties');
type Parties = { unitIds: number[]; officialIds: number[] };
function parties(task: Task, ctx: Context): Parties | Promise<Parties> {
  return (task as Task & { [PARTIES]?: Parties })[PARTIES] ?? ctx.loaders.taskParties.load(task.id);
}


@Resolver(() => Task)
export class TaskResolver {
  @Access({ roles: TASK_READERS, why: 'tasks of the caller’s units and the tasks they answer for; others answer NOT_FOUND' })
  @Query(() => [Task])
  async allTasks(@Args() args: AllTasksArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const rows = await service(ctx).page(args, requestsAny(info, ['description', 'expectedResult']));
    // the parties came with the page: relations of every row load in one wave
    return rows.map((r) => Object.assign(r.task, { [PARTIES]: { unitIds: r.unitIds, officialIds: r.officialIds } }));
  }

  @Access({ roles: TASK_READERS, why: 'tasks of the caller’s units and the tasks they answer for; others answer NOT_FOUND' })
  @Query(() => ListMetadata)
  async _allTasksMeta(@Args() args: AllTasksArgs, @Ctx() ctx: Context) {
    return { count: await service(ctx).count(args.filter) };
  }

  @Access({ roles: TASK_READERS, why: 'tasks of the caller’s units and the tasks they answer for; others answer NOT_FOUND' })
  @Query(() => Task)
  Task(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).get(id);
  }

  @Access({ roles: TASK_READERS, why: 'the summary of a unit in the caller’s scope, counting only tasks they may see' })
  @Query(() => TaskSummary, { description: 'Tasks of a unit (and the units under it) by timeliness, with both completion rates' })
  taskSummary(@Args() args: TaskSummaryArgs, @Ctx() ctx: Context) {
    return service(ctx).summary(args);
  }

  @Access({ roles: TASK_MANAGERS, why: 'leaders and heads manage the tasks whose lead unit is in their scope' })
  @Mutation(() => Task)
  createTask(@Args() args: CreateTaskArgs, @Ctx() ctx: Context) {
    return service(ctx).create(args);
  }

  @Access({ roles: TASK_MANAGERS, why: 'leaders and heads manage the tasks whose lead unit is in their scope' })
  @Mutation(() => Task)
  updateTask(@Args() args: UpdateTaskArgs, @Ctx() ctx: Context) {
    return service(ctx).update(args);
  }

  @Access({ roles: TASK_MANAGERS, why: 'leaders and heads manage the tasks whose lead unit is in their scope' })
  @Mutation(() => Task)
  deleteTask(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).delete(id);
  }

  @Access({ roles: TASK_MANAGERS, why: 'leaders and heads manage the tasks whose lead unit is in their scope' })
  @Mutation(() => Task, { description: 'Accept a task reported done; it is done as of the day it was reported' })
  acceptTask(@Args() args: AcceptTaskArgs, @Ctx() ctx: Context) {
    return service(ctx).accept(args);
  }

  @Access({ roles: TASK_MANAGERS, why: 'leaders and heads manage the tasks whose lead unit is in their scope' })
  @Mutation(() => Task, { description: 'Return a task reported done, with a reason: a failed quality check' })
  returnTask(@Args() args: ReturnTaskArgs, @Ctx() ctx: Context) {
    return service(ctx).returnTask(args);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'derived from the record the caller was already allowed to read' })
  @FieldResolver(() => Timeliness, { nullable: true })
  timeliness(@Root() task: Task, @Ctx() ctx: Context) {
    return timelinessOf(task, ctx.clock.today());
  }

  @Access({ roles: 'AUTHENTICATED', why: 'derived from the record the caller was already allowed to read' })
  @FieldResolver(() => [TaskWorkflowAction], { description: 'What the signed-in person may do with the task now (task.workflow.ts)' })
  async allowedActions(@Root() task: Task, @Ctx() ctx: Context) {
    // the lead unit and the parties come through the request's loaders: one wave for a whole page
    const [unit, p] = await Promise.all([ctx.loaders.unit.load(task.leadUnitId), parties(task, ctx)]);
    return service(ctx).allowedActionsOf(task, unit?.path ?? null, p.officialIds);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'a relation of a record the caller was already allowed to read' })
  @FieldResolver(() => Unit)
  leadUnit(@Root() task: Task, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, task.leadUnitId, ctx.loaders.unit);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'derived from the record the caller was already allowed to read' })
  @FieldResolver(() => [ID])
  async coordinatingUnitIds(@Root() task: Task, @Ctx() ctx: Context) {
    return (await parties(task, ctx)).unitIds.map(String);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'a relation of a record the caller was already allowed to read' })
  @FieldResolver(() => [Unit])
  async coordinatingUnits(@Root() task: Task, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const ids = (await parties(task, ctx)).unitIds;
    return onlyIdRequested(info) ? ids.map((id) => ({ id })) : (await ctx.loaders.unit.loadMany(ids)).filter(Boolean);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'a relation of a record the caller was already allowed to read' })
  @FieldResolver(() => Official, { nullable: true })
  responsibleOfficial(@Root() task: Task, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, task.responsibleOfficialId, ctx.loaders.official);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'a relation of a record the caller was already allowed to read' })
  @FieldResolver(() => Official, { nullable: true })
  createdBy(@Root() task: Task, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, task.createdByOfficialId, ctx.loaders.official);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'derived from the record the caller was already allowed to read' })
  @FieldResolver(() => [ID])
  async assigneeIds(@Root() task: Task, @Ctx() ctx: Context) {
    return (await parties(task, ctx)).officialIds.map(String);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'a relation of a record the caller was already allowed to read' })
  @FieldResolver(() => [Official])
  async assignees(@Root() task: Task, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const ids = (await parties(task, ctx)).officialIds;
    return onlyIdRequested(info) ? ids.map((id) => ({ id })) : (await ctx.loaders.official.loadMany(ids)).filter(Boolean);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'a relation of a record the caller was already allowed to read' })
  @FieldResolver(() => Directive, { nullable: true })
  directive(@Root() task: Task, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, task.directiveId, ctx.loaders.directive);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'a relation of a record the caller was already allowed to read' })
  @FieldResolver(() => [TaskIndicatorTarget], { description: 'The indicators this task is meant to move, with their targets' })
  indicators(@Root() task: Task, @Ctx() ctx: Context) {
    return ctx.loaders.taskTargets.load(task.id);
  }
}

@Resolver(() => TaskUpdate)
export class TaskUpdateResolver {
  @Access({ roles: TASK_READERS, why: 'tasks of the caller’s units and the tasks they answer for; others answer NOT_FOUND' })
  @Query(() => [TaskUpdate])
  allTaskUpdates(@Args() args: AllTaskUpdatesArgs, @Ctx() ctx: Context) {
    return service(ctx).listUpdates(args);
  }

  @Access({ roles: TASK_READERS, why: 'tasks of the caller’s units and the tasks they answer for; others answer NOT_FOUND' })
  @Query(() => ListMetadata)
  async _allTaskUpdatesMeta(@Args() args: AllTaskUpdatesArgs, @Ctx() ctx: Context) {
    return { count: await service(ctx).countUpdates(args.filter) };
  }

  @Access({ roles: TASK_READERS, why: 'tasks of the caller’s units and the tasks they answer for; others answer NOT_FOUND' })
  @Query(() => TaskUpdate)
  TaskUpdate(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).getUpdate(id);
  }

  @Access({ roles: TASK_READERS, why: 'officials report on their own tasks; heads and leaders on tasks of their scope' })
  @Mutation(() => TaskUpdate, { description: 'A progress report; REPORTED_DONE awaits acceptance' })
  createTaskUpdate(@Args() args: CreateTaskUpdateArgs, @Ctx() ctx: Context) {
    return service(ctx).report(args);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'a relation of a record the caller was already allowed to read' })
  @FieldResolver(() => Official)
  official(@Root() u: TaskUpdate, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, u.officialId, ctx.loaders.official);
  }
}

@Resolver(() => TaskEvent)
export class TaskEventResolver {
  @Access({ roles: TASK_READERS, why: 'tasks of the caller’s units and the tasks they answer for; others answer NOT_FOUND' })
  @Query(() => [TaskEvent], { description: "A task's history, oldest first by default" })
  allTaskEvents(@Args() args: AllTaskEventsArgs, @Ctx() ctx: Context) {
    return service(ctx).listEvents(args);
  }

  @Access({ roles: TASK_READERS, why: 'tasks of the caller’s units and the tasks they answer for; others answer NOT_FOUND' })
  @Query(() => ListMetadata)
  async _allTaskEventsMeta(@Args() args: AllTaskEventsArgs, @Ctx() ctx: Context) {
    return { count: await service(ctx).countEvents(args.filter) };
  }

  @Access({ roles: TASK_READERS, why: 'tasks of the caller’s units and the tasks they answer for; others answer NOT_FOUND' })
  @Query(() => TaskEvent)
  TaskEvent(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).getEvent(id);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'a relation of a record the caller was already allowed to read' })
  @FieldResolver(() => Official, { nullable: true })
  actor(@Root() e: TaskEvent, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, e.actorOfficialId, ctx.loaders.official);
  }
}
