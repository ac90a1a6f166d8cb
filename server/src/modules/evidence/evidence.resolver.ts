import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../auth/access.js';
import { TASK_READERS } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { FileContent } from '../kpi/kpi.inputs.js';
import { EvidenceFile } from './evidence.entity.js';
import { EvidenceService } from './evidence.service.js';

const service = (ctx: Context) => new EvidenceService(ctx.db, ctx.clock, ctx.actor);

@Resolver(() => EvidenceFile)
export class EvidenceResolver {
  @Access({ roles: TASK_READERS, why: 'the official who reported, or a manager of the lead unit; PDF, images and office files, 3 MB at most' })
  @Mutation(() => EvidenceFile, { description: 'Attaches a file (base64) to a progress report; its SHA-256 is kept in the task’s history' })
  attachEvidenceFile(@Arg('taskUpdateId', () => ID) taskUpdateId: string, @Arg('fileName', () => String) fileName: string, @Arg('base64', () => String) base64: string, @Ctx() ctx: Context) {
    return service(ctx).attach({ taskUpdateId, fileName, base64 });
  }

  @Access({ roles: TASK_READERS, why: 'whoever may read the task; others answer NOT_FOUND' })
  @Query(() => [EvidenceFile], { description: 'The evidence files of a task' })
  evidenceFiles(@Arg('taskId', () => ID) taskId: string, @Ctx() ctx: Context) {
    return service(ctx).list(taskId);
  }

  @Access({ roles: TASK_READERS, why: 'whoever may read the task; others answer NOT_FOUND' })
  @Query(() => FileContent, { description: 'One evidence file’s content, base64' })
  async evidenceFileContent(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const { file, content } = await service(ctx).download(id);
    return { fileName: file.fileName, mimeType: file.mimeType, base64: content.toString('base64') };
  }
}
