import type { Actor } from '../../auth/actor.js';
import { scopePaths } from '../../auth/actor.js';
import { TASK_MANAGERS } from '../../auth/roles.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { InputError } from '../../errors.js';
import { requiredText } from '../../validation.js';
import { DocumentKind, type Document } from '../document/document.entity.js';
import { DocumentService } from '../document/document.service.js';
import { TaskService } from '../task/task.service.js';
import { Unit } from '../unit/unit.entity.js';
import type { CreateConclusionTasksArgs, DirectiveProposal } from './conclusion.types.js';
import { deadlineIn, splitDirectives, unitsNamedIn } from './split.js';

/** At most this many directives in one conclusion. */
export const MAX_DIRECTIVES = 200;

/** Entering a conclusion quickly: proposals from its text, then everything created in one transaction. */
export class ConclusionService {
  constructor(private readonly db: Database, private readonly clock: Clock, private readonly actor: Actor) {}

  async split(text: string): Promise<DirectiveProposal[]> {
    const parts = splitDirectives(requiredText('text', text, 100_000)).slice(0, MAX_DIRECTIVES);
    const units = await this.unitsInScope();
    return parts.map((part, i) => {
      const named = unitsNamedIn(part, units);
      return {
        number: i + 1, text: part,
        tasks: [{
          title: part.length > 500 ? `${part.slice(0, 497)}...` : part, leadUnitId: named[0] ? String(named[0].id) : null,
          coordinatingUnitIds: named.slice(1).map((u) => String(u.id)), deadline: deadlineIn(part),
        }],
      };
    });
  }

  /** The units where the caller manages tasks, valid today: one query, a province has about 120. */
  private async unitsInScope(): Promise<Array<{ id: number; name: string }>> {
    const qb = this.db.manager.createQueryBuilder(Unit, 'u').select(['u.id', 'u.name'])
      .where('(u.validTo IS NULL OR u.validTo >= :today)', { today: this.clock.today() });
    if (!this.actor.system) {
      const paths = scopePaths(this.actor, TASK_MANAGERS);
      if (paths.length === 0) return [];
      qb.andWhere(`(${paths.map((_, i) => `u.path LIKE :p${i}`).join(' OR ')})`, Object.fromEntries(paths.map((p, i) => [`p${i}`, `${p}%`])));
    }
    return qb.getMany();
  }

  /** The document, its directives and their tasks in one transaction: all of them, or nothing. */
  async create(args: CreateConclusionTasksArgs): Promise<Document> {
    if (args.directives.length === 0) throw new InputError('input.required', { field: 'directives' });
    if (args.directives.length > MAX_DIRECTIVES) throw new InputError('input.range', { field: 'directives', min: 1, max: MAX_DIRECTIVES });
    const documents = new DocumentService(this.db, this.actor);
    const tasks = new TaskService(this.db, this.clock, this.actor);
    return this.db.transaction(async (m) => {
      const document = await documents.createIn(m, {
        kind: args.kind ?? DocumentKind.CONCLUSION, number: args.number, issuedOn: args.issuedOn, issuingUnitId: args.issuingUnitId,
        signerOfficialId: args.signerOfficialId, title: args.title, summary: args.summary,
      });
      for (const [i, d] of args.directives.entries()) {
        const directive = await documents.createDirectiveIn(m, { documentId: String(document.id), number: d.number ?? i + 1, text: d.text });
        for (const t of d.tasks ?? []) {
          await tasks.create({ ...t, directiveId: String(directive.id) }, m);
        }
      }
      return document;
    });
  }
}
