import { Brackets } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { Role } from '../../auth/roles.js';
import { requireUnitInScope } from '../../auth/scope.js';
import { requireOfficialAdministered } from '../../auth/official-scope.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { applyListArgs, type ListArgs } from '../../graphql/list.js';
import { containsPattern, foldForSearch, likeContains } from '../../text.js';
import { dateRange, requireRow, requiredText, toId, toIds } from '../../validation.js';
import { UnitService } from '../unit/unit.service.js';
import { OfficialAssignment } from './official-assignment.entity.js';
import { Official } from './official.entity.js';
import type {
  CreateOfficialArgs, CreateOfficialAssignmentArgs, OfficialAssignmentFilter, OfficialFilter,
  UpdateOfficialArgs, UpdateOfficialAssignmentArgs,
} from './official.inputs.js';

const SORTABLE = { id: 'o.id', fullName: 'o.fullName', category: 'o.category' };
const ASSIGNMENT_SORTABLE = { id: 'a.id', validFrom: 'a.validFrom', validTo: 'a.validTo', position: 'a.position', role: 'a.role', dutyGroup: 'a.dutyGroup' };

/** Officials and their assignment periods: who worked where, in which post, when. */
export class OfficialService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly actor: Actor,
  ) {}

  async list(args: ListArgs & { filter?: OfficialFilter }): Promise<Official[]> {
    const qb = await this.filtered(args.filter);
    return applyListArgs(qb, args, SORTABLE, { field: 'fullName', order: 'ASC' }).getMany();
  }

  async count(filter?: OfficialFilter): Promise<number> {
    return (await this.filtered(filter)).getCount();
  }

  get(id: string): Promise<Official> {
    return requireRow(this.db.manager, Official, 'official', toId('official', id));
  }

  create(args: CreateOfficialArgs): Promise<Official> {
    const fullName = requiredText('fullName', args.fullName, 255);
    return this.db.transaction((m) =>
      m.save(m.create(Official, { fullName, category: args.category, isSample: args.isSample ?? false, searchText: foldForSearch(fullName) })),
    );
  }

  /** An administrator changes officials who work now in their scope (see official-scope.ts). */
  private requireAdministered(m: import('typeorm').EntityManager, officialId: number): Promise<void> {
    return requireOfficialAdministered(m, this.actor, officialId, this.clock.today());
  }

  update(args: UpdateOfficialArgs): Promise<Official> {
    const id = toId('official', args.id);
    return this.db.transaction(async (m) => {
      const official = await requireRow(m, Official, 'official', id);
      await this.requireAdministered(m, id);
      const fullName = args.fullName === undefined ? official.fullName : requiredText('fullName', args.fullName, 255);
      Object.assign(official, {
        fullName,
        category: args.category ?? official.category,
        isSample: args.isSample ?? official.isSample,
        searchText: foldForSearch(fullName),
      });
      return m.save(official);
    });
  }

  /** An official referenced by tasks, documents or history stays; only an unused record goes. */
  delete(id: string): Promise<Official> {
    const officialId = toId('official', id);
    return this.db.transaction(async (m) => {
      const official = await requireRow(m, Official, 'official', officialId);
      await this.requireAdministered(m, officialId);
      const [row] = await m.query(
        `SELECT
          (SELECT COUNT(*) FROM official_assignment WHERE officialId = ?) +
          (SELECT COUNT(*) FROM document WHERE signerOfficialId = ?) +
          (SELECT COUNT(*) FROM task WHERE responsibleOfficialId = ? OR createdByOfficialId = ?) +
          (SELECT COUNT(*) FROM task_assignee WHERE officialId = ?) +
          (SELECT COUNT(*) FROM task_update WHERE officialId = ?) +
          (SELECT COUNT(*) FROM task_event WHERE actorOfficialId = ?) AS n`,
        Array(7).fill(officialId),
      );
      const count = Number(row.n);
      if (count > 0) throw new AppError('CONFLICT', 'record.inUse', { field: 'official', id: officialId, count });
      await m.delete(Official, officialId);
      return official;
    });
  }

  /** Where an official worked on a date: the assignment valid then, the latest-starting if several. */
  async postOn(officialId: string, on: string): Promise<OfficialAssignment | null> {
    const id = toId('officialId', officialId);
    await requireRow(this.db.manager, Official, 'officialId', id);
    return this.db.manager
      .createQueryBuilder(OfficialAssignment, 'a')
      .where('a.officialId = :id', { id })
      .andWhere('a.validFrom <= :on', { on })
      .andWhere('(a.validTo IS NULL OR a.validTo >= :on)', { on })
      .orderBy('a.validFrom', 'DESC')
      .getOne();
  }

  async listAssignments(args: ListArgs & { filter?: OfficialAssignmentFilter }): Promise<OfficialAssignment[]> {
    return applyListArgs(this.assignmentsFiltered(args.filter), args, ASSIGNMENT_SORTABLE, { field: 'validFrom', order: 'DESC' }).getMany();
  }

  countAssignments(filter?: OfficialAssignmentFilter): Promise<number> {
    return this.assignmentsFiltered(filter).getCount();
  }

  getAssignment(id: string): Promise<OfficialAssignment> {
    return requireRow(this.db.manager, OfficialAssignment, 'assignment', toId('assignment', id));
  }

  createAssignment(args: CreateOfficialAssignmentArgs): Promise<OfficialAssignment> {
    return this.db.transaction(async (m) => {
      const values = await this.assignmentValues(m, args);
      return m.save(m.create(OfficialAssignment, values));
    });
  }

  updateAssignment(args: UpdateOfficialAssignmentArgs): Promise<OfficialAssignment> {
    const id = toId('assignment', args.id);
    return this.db.transaction(async (m) => {
      const current = await requireRow(m, OfficialAssignment, 'assignment', id);
      await requireUnitInScope(m, this.actor, [Role.ADMIN], 'unitId', current.unitId);
      const values = await this.assignmentValues(m, {
        officialId: args.officialId ?? String(current.officialId),
        unitId: args.unitId ?? String(current.unitId),
        position: args.position ?? current.position,
        role: args.role ?? current.role,
        dutyGroup: args.dutyGroup ?? current.dutyGroup,
        validFrom: args.validFrom ?? current.validFrom,
        validTo: args.validTo === undefined ? current.validTo : args.validTo,
      });
      return m.save(Object.assign(current, values));
    });
  }

  deleteAssignment(id: string): Promise<OfficialAssignment> {
    const assignmentId = toId('assignment', id);
    return this.db.transaction(async (m) => {
      const row = await requireRow(m, OfficialAssignment, 'assignment', assignmentId);
      await requireUnitInScope(m, this.actor, [Role.ADMIN], 'unitId', row.unitId);
      await this.requireAdministered(m, row.officialId);
      await m.delete(OfficialAssignment, assignmentId);
      return row;
    });
  }

  private async assignmentValues(m: import('typeorm').EntityManager, args: CreateOfficialAssignmentArgs) {
    const position = requiredText('position', args.position, 255);
    dateRange('validTo', args.validFrom, args.validTo);
    const officialId = toId('officialId', args.officialId);
    const unitId = toId('unitId', args.unitId);
    await requireRow(m, Official, 'officialId', officialId);
    // a post needs scope over the unit it is in and over where the official works now (a transfer: both sides)
    await requireUnitInScope(m, this.actor, [Role.ADMIN], 'unitId', unitId);
    await this.requireAdministered(m, officialId);
    return { officialId, unitId, position, role: args.role, dutyGroup: args.dutyGroup, validFrom: args.validFrom, validTo: args.validTo ?? null };
  }

  private assignmentsFiltered(filter: OfficialAssignmentFilter = {}) {
    const qb = this.db.manager.createQueryBuilder(OfficialAssignment, 'a');
    if (filter.ids) qb.andWhere('a.id IN (:...ids)', { ids: [0, ...toIds('ids', filter.ids)] });
    if (filter.officialId) qb.andWhere('a.officialId = :officialId', { officialId: toId('officialId', filter.officialId) });
    if (filter.unitId) qb.andWhere('a.unitId = :unitId', { unitId: toId('unitId', filter.unitId) });
    if (filter.activeOn) {
      qb.andWhere('a.validFrom <= :on', { on: filter.activeOn });
      qb.andWhere(new Brackets((b) => b.where('a.validTo IS NULL').orWhere('a.validTo >= :on')), { on: filter.activeOn });
    }
    return qb;
  }

  private async filtered(filter: OfficialFilter = {}) {
    const qb = this.db.manager.createQueryBuilder(Official, 'o');
    if (filter.ids) qb.andWhere('o.id IN (:...ids)', { ids: [0, ...toIds('ids', filter.ids)] });
    if (filter.q) qb.andWhere(likeContains('o.searchText', 'q'), { q: containsPattern(filter.q) });
    if (filter.category) qb.andWhere('o.category = :category', { category: filter.category });
    if (filter.unitId || filter.dutyGroup) {
      const on = filter.activeOn ?? this.clock.today();
      const sub = this.db.manager
        .createQueryBuilder(OfficialAssignment, 'a')
        .select('a.officialId')
        .where('a.validFrom <= :on')
        .andWhere('(a.validTo IS NULL OR a.validTo >= :on)');
      if (filter.dutyGroup) sub.andWhere('a.dutyGroup = :dutyGroup');
      if (filter.unitId) {
        if (filter.includeSubunits) {
          const path = await new UnitService(this.db, this.actor).subtreePath('unitId', filter.unitId);
          sub.andWhere('a.unitId IN (SELECT su.id FROM unit su WHERE su.path LIKE :path)');
          qb.setParameter('path', `${path}%`);
        } else {
          sub.andWhere('a.unitId = :unitId');
          qb.setParameter('unitId', toId('unitId', filter.unitId));
        }
      }
      qb.andWhere(`o.id IN (${sub.getQuery()})`).setParameters({ on, dutyGroup: filter.dutyGroup });
    }
    return qb;
  }
}
