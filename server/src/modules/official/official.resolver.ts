import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Access } from '../../auth/access.js';
import { Role } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { ListMetadata } from '../../graphql/list.js';
import { LocalDate } from '../../graphql/scalars.js';
import { onlyIdRequested, related } from '../../graphql/selection.js';
import { Unit } from '../unit/unit.entity.js';
import { DutyGroup, OfficialAssignment, PostRole } from './official-assignment.entity.js';
import { Official } from './official.entity.js';
import {
  AllOfficialAssignmentsArgs, AllOfficialsArgs, CreateOfficialArgs, CreateOfficialAssignmentArgs,
  UpdateOfficialArgs, UpdateOfficialAssignmentArgs,
} from './official.inputs.js';
import { OfficialService } from './official.service.js';

const service = (ctx: Context) => new OfficialService(ctx.db, ctx.clock, ctx.actor);

@Resolver(() => Official)
export class OfficialResolver {
  @Access({ roles: 'AUTHENTICATED', why: 'the organisation (units, officials, documents) is open to every signed-in account' })
  @Query(() => [Official])
  allOfficials(@Args() args: AllOfficialsArgs, @Ctx() ctx: Context) {
    return service(ctx).list(args);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'the organisation (units, officials, documents) is open to every signed-in account' })
  @Query(() => ListMetadata)
  async _allOfficialsMeta(@Args() args: AllOfficialsArgs, @Ctx() ctx: Context) {
    return { count: await service(ctx).count(args.filter) };
  }

  @Access({ roles: 'AUTHENTICATED', why: 'the organisation (units, officials, documents) is open to every signed-in account' })
  @Query(() => Official)
  Official(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).get(id);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'the organisation (units, officials, documents) is open to every signed-in account' })
  @Query(() => OfficialAssignment, { nullable: true, description: 'Where the official worked on that date' })
  officialPostOn(@Arg('officialId', () => ID) officialId: string, @Arg('on', () => LocalDate) on: string, @Ctx() ctx: Context) {
    return service(ctx).postOn(officialId, on);
  }

  @Access({ roles: [Role.ADMIN], why: 'administrators keep the register of officials' })
  @Mutation(() => Official)
  createOfficial(@Args() args: CreateOfficialArgs, @Ctx() ctx: Context) {
    return service(ctx).create(args);
  }

  @Access({ roles: [Role.ADMIN], why: 'administrators keep the register of officials' })
  @Mutation(() => Official)
  updateOfficial(@Args() args: UpdateOfficialArgs, @Ctx() ctx: Context) {
    return service(ctx).update(args);
  }

  @Access({ roles: [Role.ADMIN], why: 'administrators keep the register of officials' })
  @Mutation(() => Official)
  deleteOfficial(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).delete(id);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'derived from the record the caller was already allowed to read' })
  @FieldResolver(() => ID, { nullable: true, description: 'Unit of the post held today' })
  async currentUnitId(@Root() o: Official, @Ctx() ctx: Context) {
    return (await ctx.loaders.currentAssignment.load(o.id))?.unitId ?? null;
  }

  @Access({ roles: 'AUTHENTICATED', why: 'derived from the record the caller was already allowed to read' })
  @FieldResolver(() => String, { nullable: true, description: 'Position held today' })
  async currentPosition(@Root() o: Official, @Ctx() ctx: Context) {
    return (await ctx.loaders.currentAssignment.load(o.id))?.position ?? null;
  }

  @Access({ roles: 'AUTHENTICATED', why: 'derived from the record the caller was already allowed to read' })
  @FieldResolver(() => PostRole, { nullable: true })
  async currentRole(@Root() o: Official, @Ctx() ctx: Context) {
    return (await ctx.loaders.currentAssignment.load(o.id))?.role ?? null;
  }

  @Access({ roles: 'AUTHENTICATED', why: 'derived from the record the caller was already allowed to read' })
  @FieldResolver(() => DutyGroup, { nullable: true })
  async currentDutyGroup(@Root() o: Official, @Ctx() ctx: Context) {
    return (await ctx.loaders.currentAssignment.load(o.id))?.dutyGroup ?? null;
  }
}

@Resolver(() => OfficialAssignment)
export class OfficialAssignmentResolver {
  @Access({ roles: 'AUTHENTICATED', why: 'the organisation (units, officials, documents) is open to every signed-in account' })
  @Query(() => [OfficialAssignment])
  allOfficialAssignments(@Args() args: AllOfficialAssignmentsArgs, @Ctx() ctx: Context) {
    return service(ctx).listAssignments(args);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'the organisation (units, officials, documents) is open to every signed-in account' })
  @Query(() => ListMetadata)
  async _allOfficialAssignmentsMeta(@Args() args: AllOfficialAssignmentsArgs, @Ctx() ctx: Context) {
    return { count: await service(ctx).countAssignments(args.filter) };
  }

  @Access({ roles: 'AUTHENTICATED', why: 'the organisation (units, officials, documents) is open to every signed-in account' })
  @Query(() => OfficialAssignment)
  OfficialAssignment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).getAssignment(id);
  }

  @Access({ roles: [Role.ADMIN], why: 'administrators keep the organisation; the service limits them to their scope' })
  @Mutation(() => OfficialAssignment)
  createOfficialAssignment(@Args() args: CreateOfficialAssignmentArgs, @Ctx() ctx: Context) {
    return service(ctx).createAssignment(args);
  }

  @Access({ roles: [Role.ADMIN], why: 'administrators keep the organisation; the service limits them to their scope' })
  @Mutation(() => OfficialAssignment)
  updateOfficialAssignment(@Args() args: UpdateOfficialAssignmentArgs, @Ctx() ctx: Context) {
    return service(ctx).updateAssignment(args);
  }

  @Access({ roles: [Role.ADMIN], why: 'administrators keep the organisation; the service limits them to their scope' })
  @Mutation(() => OfficialAssignment)
  deleteOfficialAssignment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).deleteAssignment(id);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'a relation of a record the caller was already allowed to read' })
  @FieldResolver(() => Official)
  official(@Root() a: OfficialAssignment, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, a.officialId, ctx.loaders.official);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'a relation of a record the caller was already allowed to read' })
  @FieldResolver(() => Unit)
  unit(@Root() a: OfficialAssignment, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, a.unitId, ctx.loaders.unit);
  }
}
