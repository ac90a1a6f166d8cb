import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ListMetadata } from '../../graphql/list.js';
import { Unit } from './unit.entity.js';
import { AllUnitsArgs, CreateUnitArgs, UnitFilter, UpdateUnitArgs } from './unit.inputs.js';
import { UnitService } from './unit.service.js';

const service = (ctx: Context) => new UnitService(ctx.db);

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => [Unit])
  allUnits(@Args() args: AllUnitsArgs, @Ctx() ctx: Context) {
    return service(ctx).list(args);
  }

  @Query(() => ListMetadata)
  async _allUnitsMeta(@Args() args: AllUnitsArgs, @Ctx() ctx: Context) {
    return { count: await service(ctx).count(args.filter) };
  }

  @Query(() => Unit)
  Unit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).get(id);
  }

  @Mutation(() => Unit)
  createUnit(@Args() args: CreateUnitArgs, @Ctx() ctx: Context) {
    return service(ctx).create(args);
  }

  @Mutation(() => Unit)
  updateUnit(@Args() args: UpdateUnitArgs, @Ctx() ctx: Context) {
    return service(ctx).update(args);
  }

  @Mutation(() => Unit)
  deleteUnit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).delete(id);
  }

  @FieldResolver(() => Unit, { nullable: true })
  parent(@Root() unit: Unit, @Ctx() ctx: Context) {
    return unit.parentId === null ? null : ctx.loaders.unit.load(unit.parentId);
  }
}

export { UnitFilter };
