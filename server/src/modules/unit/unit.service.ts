import { Brackets, type EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { Role } from '../../auth/roles.js';
import { requireUnitInScope } from '../../auth/scope.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { applyListArgs, type ListArgs } from '../../graphql/list.js';
import { containsPattern, foldForSearch, likeContains } from '../../text.js';
import { dateRange, requireRow, requiredText, toId, toIds, toOptionalId } from '../../validation.js';
import { Unit } from './unit.entity.js';
import type { CreateUnitArgs, UnitFilter, UpdateUnitArgs } from './unit.inputs.js';

const SORTABLE = { id: 'u.id', code: 'u.code', name: 'u.name', kind: 'u.kind', validFrom: 'u.validFrom', validTo: 'u.validTo' };

/** Units and their tree. Owns the materialised path that subtree queries rely on. */
export class UnitService {
  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
  ) {}

  async list(args: ListArgs & { filter?: UnitFilter }): Promise<Unit[]> {
    const qb = await this.filtered(args.filter);
    return applyListArgs(qb, args, SORTABLE, { field: 'code', order: 'ASC' }).getMany();
  }

  async count(filter?: UnitFilter): Promise<number> {
    return (await this.filtered(filter)).getCount();
  }

  async get(id: string): Promise<Unit> {
    return requireRow(this.db.manager, Unit, 'unit', toId('unit', id));
  }

  /** The path prefix of a unit's subtree ("/1/4/"), for filters in other modules. */
  async subtreePath(field: string, id: string | number): Promise<string> {
    const unit = await requireRow(this.db.manager, Unit, field, toId(field, id));
    return unit.path;
  }

  async create(args: CreateUnitArgs): Promise<Unit> {
    const values = this.validate(args);
    return this.db.transaction(async (m) => {
      await this.requireFreeCode(m, values.code, null);
      const parent = values.parentId === null ? null : await requireUnitInScope(m, this.actor, [Role.ADMIN], 'parentId', values.parentId);
      if (!parent) this.requireTopAdmin();
      const unit = m.create(Unit, { ...values, path: '/', searchText: foldForSearch(`${values.code} ${values.name}`) });
      await m.save(unit);
      unit.path = `${parent?.path ?? '/'}${unit.id}/`;
      await m.update(Unit, unit.id, { path: unit.path });
      return unit;
    });
  }

  async update(args: UpdateUnitArgs): Promise<Unit> {
    const id = toId('unit', args.id);
    return this.db.transaction(async (m) => {
      const unit = await requireUnitInScope(m, this.actor, [Role.ADMIN], 'unit', id);
      const values = this.validate({ ...unit, parentId: unit.parentId === null ? null : String(unit.parentId), ...args });
      if (values.code !== unit.code) await this.requireFreeCode(m, values.code, id);
      if (values.parentId !== unit.parentId) await this.move(m, unit, values.parentId);
      Object.assign(unit, values, { searchText: foldForSearch(`${values.code} ${values.name}`) });
      await m.update(Unit, id, { code: unit.code, name: unit.name, kind: unit.kind, parentId: unit.parentId, validFrom: unit.validFrom, validTo: unit.validTo, isSample: unit.isSample, searchText: unit.searchText });
      return requireRow(m, Unit, 'unit', id);
    });
  }

  /** Units are referenced by history; one still in use cannot be deleted (close it with validTo). */
  async delete(id: string): Promise<Unit> {
    const unitId = toId('unit', id);
    return this.db.transaction(async (m) => {
      const unit = await requireUnitInScope(m, this.actor, [Role.ADMIN], 'unit', unitId);
      const [row] = await m.query(
        `SELECT
          (SELECT COUNT(*) FROM unit WHERE parentId = ?) +
          (SELECT COUNT(*) FROM official_assignment WHERE unitId = ?) +
          (SELECT COUNT(*) FROM document WHERE issuingUnitId = ?) +
          (SELECT COUNT(*) FROM task WHERE leadUnitId = ?) +
          (SELECT COUNT(*) FROM task_coordinating_unit WHERE unitId = ?) AS n`,
        [unitId, unitId, unitId, unitId, unitId],
      );
      const count = Number(row.n);
      if (count > 0) throw new AppError('CONFLICT', 'record.inUse', { field: 'unit', id: unitId, count });
      await m.delete(Unit, unitId);
      return unit;
    });
  }

  /** A unit without a parent is a new root: only an administrator of a whole tree may add one. */
  private requireTopAdmin(): void {
    const topAdmin = this.actor.system || this.actor.grants.some((g) => g.role === Role.ADMIN && /^\/\d+\/$/.test(g.unitPath));
    if (!topAdmin) throw new AppError('FORBIDDEN', 'auth.forbidden');
  }

  private validate(args: Partial<CreateUnitArgs>) {
    const values = {
      code: requiredText('code', args.code, 50).toUpperCase(),
      name: requiredText('name', args.name, 255),
      kind: args.kind!,
      parentId: toOptionalId('parentId', args.parentId),
      validFrom: args.validFrom ?? null,
      validTo: args.validTo ?? null,
      isSample: args.isSample ?? false,
    };
    dateRange('validTo', values.validFrom, values.validTo);
    return values;
  }

  private async requireFreeCode(m: EntityManager, code: string, exceptId: number | null): Promise<void> {
    const other = await m.findOneBy(Unit, { code });
    if (other && other.id !== exceptId) throw new AppError('CONFLICT', 'record.duplicateCode', { field: 'unit', value: code });
  }

  /** Re-parenting rewrites the path of the unit and of every unit under it, in one transaction. */
  private async move(m: EntityManager, unit: Unit, parentId: number | null): Promise<void> {
    const parent = parentId === null ? null : await requireUnitInScope(m, this.actor, [Role.ADMIN], 'parentId', parentId);
    if (!parent) this.requireTopAdmin();
    if (parent && parent.path.startsWith(unit.path)) throw new AppError('BAD_USER_INPUT', 'unit.parentCycle', { field: 'parentId' });
    const newPath = `${parent?.path ?? '/'}${unit.id}/`;
    const subtree = await m.createQueryBuilder(Unit, 'u').where('u.path LIKE :p', { p: `${unit.path}%` }).getMany();
    for (const u of subtree) await m.update(Unit, u.id, { path: newPath + u.path.slice(unit.path.length) });
    unit.path = newPath;
  }

  private async filtered(filter: UnitFilter = {}) {
    const qb = this.db.manager.createQueryBuilder(Unit, 'u');
    if (filter.ids) qb.andWhere('u.id IN (:...ids)', { ids: [0, ...toIds('ids', filter.ids)] });
    if (filter.q) qb.andWhere(likeContains('u.searchText', 'q'), { q: containsPattern(filter.q) });
    if (filter.kind) qb.andWhere('u.kind = :kind', { kind: filter.kind });
    if (filter.isRoot) qb.andWhere('u.parentId IS NULL');
    if (filter.parentId) qb.andWhere('u.parentId = :parentId', { parentId: toId('parentId', filter.parentId) });
    if (filter.withinUnitId) qb.andWhere('u.path LIKE :path', { path: `${await this.subtreePath('unitId', filter.withinUnitId)}%` });
    if (filter.validOn) {
      qb.andWhere(new Brackets((b) => b.where('u.validFrom IS NULL').orWhere('u.validFrom <= :on')), { on: filter.validOn });
      qb.andWhere(new Brackets((b) => b.where('u.validTo IS NULL').orWhere('u.validTo >= :on')), { on: filter.validOn });
    }
    return qb;
  }
}
