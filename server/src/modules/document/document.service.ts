import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { Role } from '../../auth/roles.js';
import { requireUnitInScope } from '../../auth/scope.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { applyListArgs, type ListArgs } from '../../graphql/list.js';
import { containsPattern, foldForSearch, likeContains } from '../../text.js';
import { positiveInt, requireRow, requiredText, optionalText, toId, toIds, toOptionalId } from '../../validation.js';
import { Official } from '../official/official.entity.js';
import { Directive } from './directive.entity.js';
import { Document } from './document.entity.js';
import type {
  AllDirectivesArgs, CreateDirectiveArgs, CreateDocumentArgs, DirectiveFilter, DocumentFilter,
  UpdateDirectiveArgs, UpdateDocumentArgs,
} from './document.inputs.js';

const SORTABLE = { id: 'd.id', number: 'd.number', issuedOn: 'd.issuedOn', title: 'd.title', kind: 'd.kind' };
const DIRECTIVE_SORTABLE = { id: 'r.id', number: 'r.number', documentId: 'r.documentId' };

/** Source documents (conclusions, decisions, plans) and their numbered directives. */
export class DocumentService {
  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
  ) {}

  /** Leaders issue the documents of their units; administrators may correct them. */
  private async requireIssuer(m: EntityManager, issuingUnitId: number): Promise<void> {
    await requireUnitInScope(m, this.actor, [Role.LEADER, Role.ADMIN], 'issuingUnitId', issuingUnitId);
  }

  list(args: ListArgs & { filter?: DocumentFilter }): Promise<Document[]> {
    return applyListArgs(this.filtered(args.filter), args, SORTABLE, { field: 'issuedOn', order: 'DESC' }).getMany();
  }

  count(filter?: DocumentFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  get(id: string): Promise<Document> {
    return requireRow(this.db.manager, Document, 'document', toId('document', id));
  }

  create(args: CreateDocumentArgs): Promise<Document> {
    return this.db.transaction(async (m) => m.save(m.create(Document, await this.values(m, args))));
  }

  update(args: UpdateDocumentArgs): Promise<Document> {
    const id = toId('document', args.id);
    return this.db.transaction(async (m) => {
      const doc = await requireRow(m, Document, 'document', id);
      await this.requireIssuer(m, doc.issuingUnitId);
      const values = await this.values(m, {
        kind: args.kind ?? doc.kind,
        number: args.number ?? doc.number,
        issuedOn: args.issuedOn ?? doc.issuedOn,
        issuingUnitId: args.issuingUnitId ?? String(doc.issuingUnitId),
        signerOfficialId: args.signerOfficialId === undefined ? (doc.signerOfficialId === null ? null : String(doc.signerOfficialId)) : args.signerOfficialId,
        title: args.title ?? doc.title,
        summary: args.summary ?? doc.summary,
        isSample: args.isSample ?? doc.isSample,
      });
      return m.save(Object.assign(doc, values));
    });
  }

  delete(id: string): Promise<Document> {
    const docId = toId('document', id);
    return this.db.transaction(async (m) => {
      const doc = await requireRow(m, Document, 'document', docId);
      await this.requireIssuer(m, doc.issuingUnitId);
      const directives = await m.countBy(Directive, { documentId: docId });
      if (directives > 0) throw new AppError('CONFLICT', 'record.inUse', { field: 'document', id: docId, count: directives });
      await m.delete(Document, docId);
      return doc;
    });
  }

  listDirectives(args: AllDirectivesArgs): Promise<Directive[]> {
    return applyListArgs(this.directivesFiltered(args.filter), args, DIRECTIVE_SORTABLE, { field: 'number', order: 'ASC' }).getMany();
  }

  countDirectives(filter?: DirectiveFilter): Promise<number> {
    return this.directivesFiltered(filter).getCount();
  }

  getDirective(id: string): Promise<Directive> {
    return requireRow(this.db.manager, Directive, 'directive', toId('directive', id));
  }

  createDirective(args: CreateDirectiveArgs): Promise<Directive> {
    return this.db.transaction(async (m) => m.save(m.create(Directive, await this.directiveValues(m, args, null))));
  }

  updateDirective(args: UpdateDirectiveArgs): Promise<Directive> {
    const id = toId('directive', args.id);
    return this.db.transaction(async (m) => {
      const current = await requireRow(m, Directive, 'directive', id);
      const values = await this.directiveValues(m, {
        documentId: args.documentId ?? String(current.documentId),
        number: args.number ?? current.number,
        text: args.text ?? current.text,
      }, id);
      return m.save(Object.assign(current, values));
    });
  }

  deleteDirective(id: string): Promise<Directive> {
    const directiveId = toId('directive', id);
    return this.db.transaction(async (m) => {
      const directive = await requireRow(m, Directive, 'directive', directiveId);
      await this.requireIssuer(m, (await requireRow(m, Document, 'documentId', directive.documentId)).issuingUnitId);
      const [row] = await m.query('SELECT COUNT(*) AS n FROM task WHERE directiveId = ?', [directiveId]);
      if (Number(row.n) > 0) throw new AppError('CONFLICT', 'record.inUse', { field: 'directive', id: directiveId, count: Number(row.n) });
      await m.delete(Directive, directiveId);
      return directive;
    });
  }

  /** Within a transaction the caller holds (a conclusion entered with its directives and tasks). */
  async createIn(m: EntityManager, args: CreateDocumentArgs): Promise<Document> {
    return m.save(m.create(Document, await this.values(m, args)));
  }

  async createDirectiveIn(m: EntityManager, args: CreateDirectiveArgs): Promise<Directive> {
    return m.save(m.create(Directive, await this.directiveValues(m, args, null)));
  }

  private async values(m: EntityManager, args: CreateDocumentArgs) {
    const number = requiredText('number', args.number, 100);
    const title = requiredText('title', args.title, 500);
    const summary = optionalText('summary', args.summary);
    const issuingUnitId = toId('issuingUnitId', args.issuingUnitId);
    const signerOfficialId = toOptionalId('signerOfficialId', args.signerOfficialId);
    await this.requireIssuer(m, issuingUnitId);
    if (signerOfficialId !== null) await requireRow(m, Official, 'signerOfficialId', signerOfficialId);
    return {
      kind: args.kind, number, issuedOn: args.issuedOn, issuingUnitId, signerOfficialId, title, summary,
      isSample: args.isSample ?? false, searchText: foldForSearch(`${number} ${title} ${summary}`).slice(0, 1000),
    };
  }

  private async directiveValues(m: EntityManager, args: CreateDirectiveArgs, exceptId: number | null) {
    const text = requiredText('text', args.text, 20000);
    const number = positiveInt('number', args.number);
    const documentId = toId('documentId', args.documentId);
    await this.requireIssuer(m, (await requireRow(m, Document, 'documentId', documentId)).issuingUnitId);
    const clash = await m.findOneBy(Directive, { documentId, number });
    if (clash && clash.id !== exceptId) throw new AppError('CONFLICT', 'directive.duplicateNumber', { field: 'number', value: number });
    return { documentId, number, text };
  }

  private filtered(filter: DocumentFilter = {}) {
    const qb = this.db.manager.createQueryBuilder(Document, 'd');
    if (filter.ids) qb.andWhere('d.id IN (:...ids)', { ids: [0, ...toIds('ids', filter.ids)] });
    if (filter.q) qb.andWhere(likeContains('d.searchText', 'q'), { q: containsPattern(filter.q) });
    if (filter.kind) qb.andWhere('d.kind = :kind', { kind: filter.kind });
    if (filter.issuingUnitId) qb.andWhere('d.issuingUnitId = :u', { u: toId('issuingUnitId', filter.issuingUnitId) });
    if (filter.issuedFrom) qb.andWhere('d.issuedOn >= :from', { from: filter.issuedFrom });
    if (filter.issuedTo) qb.andWhere('d.issuedOn <= :to', { to: filter.issuedTo });
    return qb;
  }

  private directivesFiltered(filter: DirectiveFilter = {}) {
    const qb = this.db.manager.createQueryBuilder(Directive, 'r');
    if (filter.ids) qb.andWhere('r.id IN (:...ids)', { ids: [0, ...toIds('ids', filter.ids)] });
    if (filter.documentId) qb.andWhere('r.documentId = :doc', { doc: toId('documentId', filter.documentId) });
    if (filter.q) qb.andWhere(`r.documentId IN (SELECT dd.id FROM document dd WHERE ${likeContains('dd.searchText', 'q')})`, { q: containsPattern(filter.q) });
    return qb;
  }
}
