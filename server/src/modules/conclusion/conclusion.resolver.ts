import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../auth/access.js';
import { Role } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { Document } from '../document/document.entity.js';
import { FileContent, ImportReport } from '../kpi/kpi.inputs.js';
import { TASK_MANAGERS } from '../../auth/roles.js';
import { importTasks, taskTemplate } from './task-import.js';
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

  @Access({ roles: TASK_MANAGERS, why: 'those who assign tasks; the template names no record' })
  @Query(() => FileContent, { description: 'The .xlsx template of the task import' })
  async taskImportTemplate() {
    const buffer = await taskTemplate();
    return { fileName: 'mau-nhap-nhiem-vu.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: buffer.toString('base64') };
  }

  @Access({ roles: TASK_MANAGERS, why: 'leaders and heads import tasks led by units of their scope; all rows or none, with row errors' })
  @Mutation(() => ImportReport, { description: 'Imports tasks from the template (.xlsx or CSV, base64): every row is saved, or none, with the errors by row' })
  importTasks(@Arg('fileName', () => String) fileName: string, @Arg('content', () => String) content: string, @Ctx() ctx: Context) {
    return importTasks(ctx.db, ctx.clock, ctx.actor, fileName, content);
  }
}
