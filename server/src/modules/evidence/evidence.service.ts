import { createHash } from 'node:crypto';
import type { Actor } from '../../auth/actor.js';
import { inScope } from '../../auth/actor.js';
import { TASK_MANAGERS } from '../../auth/roles.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { AppError, InputError, NotFoundError } from '../../errors.js';
import { requireRow, requiredText, toId } from '../../validation.js';
import { TaskAction, TaskEvent } from '../task/task-event.entity.js';
import { noteHistory } from '../history/history.js';
import { TaskUpdate } from '../task/task-update.entity.js';
import { TaskService } from '../task/task.service.js';
import { Unit } from '../unit/unit.entity.js';
import { EvidenceChunk, EvidenceFile } from './evidence.entity.js';

/** Largest file accepted (the request carries it as base64 inside the 5 MB JSON limit). */
export const MAX_EVIDENCE_BYTES = 3 * 1024 * 1024;
/** Fits MariaDB's BLOB (64 KB) with room to spare. */
const CHUNK = 48 * 1024;

/** Accepted types: the extension names the type, the first bytes must agree. */
const TYPES: Array<{ ext: string[]; mime: string; magic: (b: Buffer) => boolean }> = [
  { ext: ['pdf'], mime: 'application/pdf', magic: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  { ext: ['png'], mime: 'image/png', magic: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { ext: ['jpg', 'jpeg'], mime: 'image/jpeg', magic: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { ext: ['docx'], mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: isZip },
  { ext: ['xlsx'], mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: isZip },
  { ext: ['pptx'], mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', magic: isZip },
  { ext: ['doc'], mime: 'application/msword', magic: isOle },
  { ext: ['xls'], mime: 'application/vnd.ms-excel', magic: isOle },
  { ext: ['odt'], mime: 'application/vnd.oasis.opendocument.text', magic: isZip },
  { ext: ['ods'], mime: 'application/vnd.oasis.opendocument.spreadsheet', magic: isZip },
];

function isZip(b: Buffer): boolean { return b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04; }
function isOle(b: Buffer): boolean { return b.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])); }

export const EVIDENCE_EXTENSIONS = TYPES.flatMap((t) => t.ext);

export class EvidenceService {
  constructor(private readonly db: Database, private readonly clock: Clock, private readonly actor: Actor) {}

  /** Attaches a file to a progress report: by the official who reported, or a manager of the lead unit. */
  async attach(args: { taskUpdateId: string; fileName: string; base64: string }): Promise<EvidenceFile> {
    const fileName = requiredText('fileName', args.fileName, 255).replace(/[\\/]/g, '_');
    const ext = fileName.includes('.') ? fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase() : '';
    const type = TYPES.find((t) => t.ext.includes(ext));
    if (!type) throw new InputError('evidence.badType', { field: 'fileName', value: fileName, allowed: EVIDENCE_EXTENSIONS.join(', ') });
    const content = Buffer.from(args.base64 ?? '', 'base64');
    if (content.length === 0) throw new InputError('import.emptyFile', { field: 'content' });
    if (content.length > MAX_EVIDENCE_BYTES) throw new InputError('evidence.tooLarge', { field: 'content', max: MAX_EVIDENCE_BYTES / 1024 / 1024 });
    if (!type.magic(content)) throw new InputError('evidence.contentMismatch', { field: 'content', value: fileName });
    const updateId = toId('taskUpdateId', args.taskUpdateId);
    const sha256 = createHash('sha256').update(content).digest('hex');
    const update = await requireRow(this.db.manager, TaskUpdate, 'taskUpdateId', updateId);
    const task = await new TaskService(this.db, this.clock, this.actor).get(String(update.taskId));
    const lead = await requireRow(this.db.manager, Unit, 'leadUnitId', task.leadUnitId);
    const own = this.actor.officialId !== null && this.actor.officialId === update.officialId;
    if (!own && !inScope(this.actor, TASK_MANAGERS, lead.path)) throw new AppError('FORBIDDEN', 'auth.notYourTask');
    return this.db.transaction(async (m) => {
      const now = this.clock.now();
      const file = await m.save(m.create(EvidenceFile, {
        taskId: task.id, taskUpdateId: update.id, fileName, mimeType: type.mime, size: content.length, sha256,
        uploadedByAccountId: this.actor.accountId, uploadedAt: now,
      }));
      for (let seq = 0; seq * CHUNK < content.length; seq += 1) {
        await m.insert(EvidenceChunk, { fileId: file.id, seq, data: content.subarray(seq * CHUNK, (seq + 1) * CHUNK) });
      }
      // the content hash goes into the task's append-only history
      const event = await m.insert(TaskEvent, {
        taskId: task.id, at: now, actorOfficialId: this.actor.officialId, actorAccountId: this.actor.accountId, action: TaskAction.PROGRESS_REPORTED,
        field: 'evidenceFile', before: null, after: JSON.stringify({ fileId: file.id, taskUpdateId: update.id, fileName, size: content.length, sha256 }), reason: null,
      });
      noteHistory(m, 'task_event', event.identifiers.map((i) => i.id));
      return file;
    });
  }

  /** The files of a task the caller may read (a task they may not read answers NOT_FOUND). */
  async list(taskId: string): Promise<EvidenceFile[]> {
    const task = await new TaskService(this.db, this.clock, this.actor).get(taskId);
    return this.db.manager.find(EvidenceFile, { where: { taskId: task.id }, order: { id: 'ASC' } });
  }

  async download(id: string): Promise<{ file: EvidenceFile; content: Buffer }> {
    const file = await this.db.manager.findOneBy(EvidenceFile, { id: toId('id', id) });
    if (!file) throw new NotFoundError('id', id);
    await new TaskService(this.db, this.clock, this.actor).get(String(file.taskId));
    const chunks = await this.db.manager.find(EvidenceChunk, { where: { fileId: file.id }, order: { seq: 'ASC' } });
    return { file, content: Buffer.concat(chunks.map((c) => Buffer.from(c.data))) };
  }
}
