import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../graphql/context.js';
import { ListMetadata } from '../../graphql/list.js';
import { LocalDate } from '../../graphql/scalars.js';
import { onlyIdRequested } from '../../graphql/selection.js';
import { Unit } from '../unit/unit.entity.js';
import { DutyGroup, OfficialAssignment, PostRole } from './official-assignment.entity.js';
import { Official } from './official.entity.js';
import {
  AllOfficialAssignmentsArgs, AllOfficialsArgs, CreateOfficialArgs, CreateOfficialAssignmentArgs,
  UpdateOfficialArgs, UpdateOfficialAssignmentArgs,
} from './official.inputs.js';
import { OfficialService } from './official.service.js';

const service = (ctx: Context) => new OfficialService(ctx.db, ctx.clock);

@Resolver(() => Official)
export class OfficialResolver {
  @Query(() => [Official])
  allOfficials(@Args() args: AllOfficialsArgs, @Ctx() ctx: Context) {
    return service(ctx).list(args);
  }

  @Query(() => ListMetadata)
  async _allOfficialsMeta(@Args() args: AllOfficialsArgs, @Ctx() ctx: Context) {
    return { count: await service(ctx).count(args.filter) };
  }

  @Query(() => Official)
  Official(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).get(id);
  }

  @Query(() => OfficialAssignment, { nullable: true, description: 'Where the official worked on that date' })
  officialPostOn(@Arg('officialId', () => ID) officialId: string, @Arg('on', () => LocalDate) on: string, @Ctx() ctx: Context) {
    return service(ctx).postOn(officialId, on);
  }

  @Mutation(() => Official)
  createOfficial(@Args() args: CreateOfficialArgs, @Ctx() ctx: Context) {
    return service(ctx).create(args);
  }

  @Mutation(() => Official)
  updateOfficial(@Args() args: UpdateOfficialArgs, @Ctx() ctx: Context) {
    return service(ctx).update(args);
  }

  @Mutation(() => Official)
  deleteOfficial(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).delete(id);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Unit of the post held today' })
  async currentUnitId(@Root() o: Official, @Ctx() ctx: Context) {
    return (await ctx.loaders.currentAssignment.load(o.id))?.unitId ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Position held today' })
  async currentPosition(@Root() o: Official, @Ctx() ctx: Context) {
    return (await ctx.loaders.currentAssignment.load(o.id))?.position ?? null;
  }

  @FieldResolver(() => PostRole, { nullable: true })
  async currentRole(@Root() o: Official, @Ctx() ctx: Context) {
    return (await ctx.loaders.currentAssignment.load(o.id))?.role ?? null;
  }

  @FieldResolver(() => DutyGroup, { nullable: true })
  async currentDutyGroup(@Root() o: Official, @Ctx() ctx: Context) {
    return (await ctx.loaders.currentAssignment.load(o.id))?.dutyGroup ?? null;
  }
}

@Resolver(() => OfficialAssignment)
export class OfficialAssignmentResolver {
  @Query(() => [OfficialAssignment])
  allOfficialAssignments(@Args() args: AllOfficialAssignmentsArgs, @Ctx() ctx: Context) {
    return service(ctx).listAssignments(args);
  }

  @Query(() => ListMetadata)
  async _allOfficialAssignmentsMeta(@Args() args: AllOfficialAssignmentsArgs, @Ctx() ctx: Context) {
    return { count: await service(ctx).countAssignments(args.filter) };
  }

  @Query(() => OfficialAssignment)
  OfficialAssignment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).getAssignment(id);
  }

  @Mutation(() => OfficialAssignment)
  createOfficialAssignment(@Args() args: CreateOfficialAssignmentArgs, @Ctx() ctx: Context) {
    return service(ctx).createAssignment(args);
  }

  @Mutation(() => OfficialAssignment)
  updateOfficialAssignment(@Args() args: UpdateOfficialAssignmentArgs, @Ctx() ctx: Context) {
    return service(ctx).updateAssignment(args);
  }

  @Mutation(() => OfficialAssignment)
  deleteOfficialAssignment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).deleteAssignment(id);
  }

  @FieldResolver(() => Official)
  official(@Root() a: OfficialAssignment, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return onlyIdRequested(info) ? { id: a.officialId } : ctx.loaders.official.load(a.officialId);
  }

  @FieldResolver(() => Unit)
  unit(@Root() a: OfficialAssignment, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return onlyIdRequested(info) ? { id: a.unitId } : ctx.loaders.unit.load(a.unitId);
  }
}
