import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../auth/access.js';
import { Role } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { Document } from '../document/document.entity.js';
import { ConclusionService } from './conclusion.service.js';
import { CreateConclusionTasksArgs, DirectiveProposal } from './conclusion.types.js';

const service = (ctx: Context) => new ConclusionService(ctx.db, ctx.clock, ctx.actor);

@Resolver()
export class ConclusionResolver {
  @Access({ roles: [Role.LEADER, Role.HEAD], why: 'those who assign tasks; units are matched among those of their scope' })
  @Query(() => [DirectiveProposal], { description: 'Proposes the directives of a pasted conclusion (numbered items, sentences, a chairman’s "; " list), a task each with the units it names' })
  splitConclusion(@Arg('text', () => String) text: string, @Ctx() ctx: Context) {
    return service(ctx).split(text);
  }

  @Access({ roles: [Role.LEADER], why: 'leaders issue documents and assign their tasks, each within their scope; all or nothing' })
  @Mutation(() => Document, { description: 'Creates the document, its directives and their tasks in one transaction' })
  createConclusionTasks(@Args() args: CreateConclusionTasksArgs, @Ctx() ctx: Context) {
    return service(ctx).create(args);
  }
}
