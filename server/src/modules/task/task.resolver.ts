import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ListMetadata } from '../../graphql/list.js';
import { onlyIdRequested } from '../../graphql/selection.js';
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

const service = (ctx: Context) => new TaskService(ctx.db, ctx.clock, ctx.actor);

/** Loads a relation unless the client wants its id alone (react-admin lists ask for `{ id }`). */
function related<T>(info: GraphQLResolveInfo, id: number | null, load: (id: number) => Promise<T | null>) {
  if (id === null) return null;
  return onlyIdRequested(info) ? { id } : load(id);
}

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => [Task])
  allTasks(@Args() args: AllTasksArgs, @Ctx() ctx: Context) {
    return service(ctx).list(args);
  }

  @Query(() => ListMetadata)
  async _allTasksMeta(@Args() args: AllTasksArgs, @Ctx() ctx: Context) {
    return { count: await service(ctx).count(args.filter) };
  }

  @Query(() => Task)
  Task(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).get(id);
  }

  @Query(() => TaskSummary, { description: 'Tasks of a unit (and the units under it) by timeliness, with both completion rates' })
  taskSummary(@Args() args: TaskSummaryArgs, @Ctx() ctx: Context) {
    return service(ctx).summary(args);
  }

  @Mutation(() => Task)
  createTask(@Args() args: CreateTaskArgs, @Ctx() ctx: Context) {
    return service(ctx).create(args);
  }

  @Mutation(() => Task)
  updateTask(@Args() args: UpdateTaskArgs, @Ctx() ctx: Context) {
    return service(ctx).update(args);
  }

  @Mutation(() => Task)
  deleteTask(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).delete(id);
  }

  @Mutation(() => Task, { description: 'Accept a task reported done; it is done as of the day it was reported' })
  acceptTask(@Args() args: AcceptTaskArgs, @Ctx() ctx: Context) {
    return service(ctx).accept(args);
  }

  @Mutation(() => Task, { description: 'Return a task reported done, with a reason: a failed quality check' })
  returnTask(@Args() args: ReturnTaskArgs, @Ctx() ctx: Context) {
    return service(ctx).returnTask(args);
  }

  @FieldResolver(() => Timeliness, { nullable: true })
  timeliness(@Root() task: Task, @Ctx() ctx: Context) {
    return timelinessOf(task, ctx.clock.today());
  }

  @FieldResolver(() => Unit)
  leadUnit(@Root() task: Task, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, task.leadUnitId, (id) => ctx.loaders.unit.load(id));
  }

  @FieldResolver(() => [ID])
  async coordinatingUnitIds(@Root() task: Task, @Ctx() ctx: Context) {
    return (await ctx.loaders.coordinatingUnitIds.load(task.id)).map(String);
  }

  @FieldResolver(() => [Unit])
  async coordinatingUnits(@Root() task: Task, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const ids = await ctx.loaders.coordinatingUnitIds.load(task.id);
    return onlyIdRequested(info) ? ids.map((id) => ({ id })) : (await ctx.loaders.unit.loadMany(ids)).filter(Boolean);
  }

  @FieldResolver(() => Official, { nullable: true })
  responsibleOfficial(@Root() task: Task, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, task.responsibleOfficialId, (id) => ctx.loaders.official.load(id));
  }

  @FieldResolver(() => Official, { nullable: true })
  createdBy(@Root() task: Task, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, task.createdByOfficialId, (id) => ctx.loaders.official.load(id));
  }

  @FieldResolver(() => [ID])
  async assigneeIds(@Root() task: Task, @Ctx() ctx: Context) {
    return (await ctx.loaders.assigneeIds.load(task.id)).map(String);
  }

  @FieldResolver(() => [Official])
  async assignees(@Root() task: Task, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const ids = await ctx.loaders.assigneeIds.load(task.id);
    return onlyIdRequested(info) ? ids.map((id) => ({ id })) : (await ctx.loaders.official.loadMany(ids)).filter(Boolean);
  }

  @FieldResolver(() => Directive, { nullable: true })
  directive(@Root() task: Task, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, task.directiveId, (id) => ctx.loaders.directive.load(id));
  }
}

@Resolver(() => TaskUpdate)
export class TaskUpdateResolver {
  @Query(() => [TaskUpdate])
  allTaskUpdates(@Args() args: AllTaskUpdatesArgs, @Ctx() ctx: Context) {
    return service(ctx).listUpdates(args);
  }

  @Query(() => ListMetadata)
  async _allTaskUpdatesMeta(@Args() args: AllTaskUpdatesArgs, @Ctx() ctx: Context) {
    return { count: await service(ctx).countUpdates(args.filter) };
  }

  @Query(() => TaskUpdate)
  TaskUpdate(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).getUpdate(id);
  }

  @Mutation(() => TaskUpdate, { description: 'A progress report; REPORTED_DONE awaits acceptance' })
  createTaskUpdate(@Args() args: CreateTaskUpdateArgs, @Ctx() ctx: Context) {
    return service(ctx).report(args);
  }

  @FieldResolver(() => Official)
  official(@Root() u: TaskUpdate, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, u.officialId, (id) => ctx.loaders.official.load(id));
  }
}

@Resolver(() => TaskEvent)
export class TaskEventResolver {
  @Query(() => [TaskEvent], { description: "A task's history, oldest first by default" })
  allTaskEvents(@Args() args: AllTaskEventsArgs, @Ctx() ctx: Context) {
    return service(ctx).listEvents(args);
  }

  @Query(() => ListMetadata)
  async _allTaskEventsMeta(@Args() args: AllTaskEventsArgs, @Ctx() ctx: Context) {
    return { count: await service(ctx).countEvents(args.filter) };
  }

  @Query(() => TaskEvent)
  TaskEvent(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).getEvent(id);
  }

  @FieldResolver(() => Official, { nullable: true })
  actor(@Root() e: TaskEvent, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, e.actorOfficialId, (id) => ctx.loaders.official.load(id));
  }
}
