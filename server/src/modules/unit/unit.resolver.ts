import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../auth/access.js';
import { Role } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { ListMetadata } from '../../graphql/list.js';
import { Unit } from './unit.entity.js';
import { AllUnitsArgs, CreateUnitArgs, UnitFilter, UpdateUnitArgs } from './unit.inputs.js';
import { UnitService } from './unit.service.js';

const service = (ctx: Context) => new UnitService(ctx.db, ctx.actor);

@Resolver(() => Unit)
export class UnitResolver {
  @Access({ roles: 'AUTHENTICATED', why: 'the organisation (units, officials, documents) is open to every signed-in account' })
  @Query(() => [Unit])
  allUnits(@Args() args: AllUnitsArgs, @Ctx() ctx: Context) {
    return service(ctx).list(args);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'the organisation (units, officials, documents) is open to every signed-in account' })
  @Query(() => ListMetadata)
  async _allUnitsMeta(@Args() args: AllUnitsArgs, @Ctx() ctx: Context) {
    return { count: await service(ctx).count(args.filter) };
  }

  @Access({ roles: 'AUTHENTICATED', why: 'the organisation (units, officials, documents) is open to every signed-in account' })
  @Query(() => Unit)
  Unit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).get(id);
  }

  @Access({ roles: [Role.ADMIN], why: 'administrators keep the organisation; the service limits them to their scope' })
  @Mutation(() => Unit)
  createUnit(@Args() args: CreateUnitArgs, @Ctx() ctx: Context) {
    return service(ctx).create(args);
  }

  @Access({ roles: [Role.ADMIN], why: 'administrators keep the organisation; the service limits them to their scope' })
  @Mutation(() => Unit)
  updateUnit(@Args() args: UpdateUnitArgs, @Ctx() ctx: Context) {
    return service(ctx).update(args);
  }

  @Access({ roles: [Role.ADMIN], why: 'administrators keep the organisation; the service limits them to their scope' })
  @Mutation(() => Unit)
  deleteUnit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).delete(id);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'a relation of a record the caller was already allowed to read' })
  @FieldResolver(() => Unit, { nullable: true })
  parent(@Root() unit: Unit, @Ctx() ctx: Context) {
    return unit.parentId === null ? null : ctx.loaders.unit.load(unit.parentId);
  }
}

export { UnitFilter };
