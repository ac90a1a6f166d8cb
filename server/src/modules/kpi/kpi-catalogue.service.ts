import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import type { Database } from '../../db/database.js';
import { AppError, InputError } from '../../errors.js';
import { applyListArgs } from '../../graphql/list.js';
import { parseHundredths } from '../../graphql/decimal.js';
import { INDICATOR_NAMES_VI } from '../../rules/kpi-catalogue-vi.js';
import type { CatalogueShape } from '../../rules/kpi.js';
import { containsPattern, likeContains } from '../../text.js';
import { optionalText, requireRow, requiredText, toId, toIds } from '../../validation.js';
import { Indicator, IndicatorCatalogue, IndicatorGroup } from './kpi.entity.js';
import type {
  AllIndicatorCataloguesArgs, AllIndicatorGroupsArgs, AllIndicatorsArgs, CreateIndicatorArgs, IndicatorFilter, IndicatorGroupFilter,
  UpdateIndicatorArgs, UpdateIndicatorGroupArgs,
} from './kpi.inputs.js';

interface CatalogueFile {
  source: string;
  appliesFrom: string;
  groups: Array<{ code: string; name_vi: string; name_en: string; max: number; indicators: Array<{ code: string; name_en: string; max: number | null; rule?: string; uncertain?: boolean }> }>;
}

export const QD766_CODE = 'QD766-2022';

/**
 * Loads the Decision 766 catalogue from its data file the first time the database lacks it;
 * afterwards administrators own it (maxima can be corrected, indicators added).
 */
export async function ensureCatalogues(db: Database, assetsDir = path.resolve(__dirname, '..', '..', 'assets')): Promise<void> {
  const file = JSON.parse(fs.readFileSync(path.join(assetsDir, 'qd766-catalogue.json'), 'utf8')) as CatalogueFile;
  await db.transaction(async (m) => {
    if (await m.findOneBy(IndicatorCatalogue, { code: QD766_CODE })) return;
    const catalogue = await m.save(m.create(IndicatorCatalogue, {
      code: QD766_CODE, name: 'Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)', appliesFrom: file.appliesFrom, source: file.source,
    }));
    for (const [gi, g] of file.groups.entries()) {
      const group = await m.save(m.create(IndicatorGroup, {
        catalogueId: catalogue.id, code: g.code, nameVi: g.name_vi, nameEn: g.name_en, max: parseHundredths(g.max)!, sortOrder: gi,
      }));
      await m.insert(Indicator, g.indicators.map((i, ii) => ({
        groupId: group.id, code: i.code, nameVi: INDICATOR_NAMES_VI[i.code] ?? i.name_en, nameEn: i.name_en,
        max: i.max === null ? null : parseHundredths(i.max), rule: i.rule ?? null, uncertain: i.uncertain ?? false, sortOrder: ii,
      })));
    }
  });
}

/** The catalogue versions and their groups and indicators. */
export class KpiCatalogueService {
  constructor(private readonly db: Database, private readonly actor: Actor) {}

  listCatalogues(args: AllIndicatorCataloguesArgs) {
    const qb = this.db.manager.createQueryBuilder(IndicatorCatalogue, 'c');
    if (args.filter?.ids) qb.andWhere('c.id IN (:...ids)', { ids: [0, ...toIds('ids', args.filter.ids)] });
    return applyListArgs(qb, args, { id: 'c.id', appliesFrom: 'c.appliesFrom', code: 'c.code' }, { field: 'appliesFrom', order: 'DESC' }).getMany();
  }

  getCatalogue(id: string) {
    return requireRow(this.db.manager, IndicatorCatalogue, 'catalogueId', toId('catalogueId', id));
  }

  listGroups(args: AllIndicatorGroupsArgs) {
    return applyListArgs(this.groupsFiltered(args.filter), args, { id: 'g.id', code: 'g.code', sortOrder: 'g.sortOrder' }, { field: 'sortOrder', order: 'ASC' }).getMany();
  }

  groupsFiltered(filter: IndicatorGroupFilter = {}) {
    const qb = this.db.manager.createQueryBuilder(IndicatorGroup, 'g');
    if (filter.ids) qb.andWhere('g.id IN (:...ids)', { ids: [0, ...toIds('ids', filter.ids)] });
    if (filter.catalogueId) qb.andWhere('g.catalogueId = :c', { c: toId('catalogueId', filter.catalogueId) });
    return qb;
  }

  getGroup(id: string) {
    return requireRow(this.db.manager, IndicatorGroup, 'groupId', toId('groupId', id));
  }

  updateGroup(args: UpdateIndicatorGroupArgs): Promise<IndicatorGroup> {
    const id = toId('groupId', args.id);
    return this.db.transaction(async (m) => {
      const group = await requireRow(m, IndicatorGroup, 'groupId', id);
      if (args.max !== undefined && args.max !== null && args.max <= 0) throw new InputError('input.positiveNumber', { field: 'max' });
      Object.assign(group, {
        nameVi: args.nameVi === undefined ? group.nameVi : requiredText('name', args.nameVi, 255),
        nameEn: args.nameEn === undefined ? group.nameEn : requiredText('name', args.nameEn, 255),
        max: args.max ?? group.max,
      });
      return m.save(group);
    });
  }

  listIndicators(args: AllIndicatorsArgs) {
    return applyListArgs(this.indicatorsFiltered(args.filter), args, { id: 'i.id', code: 'i.code', sortOrder: 'i.sortOrder' }, { field: 'code', order: 'ASC' }).getMany();
  }

  indicatorsFiltered(filter: IndicatorFilter = {}) {
    const qb = this.db.manager.createQueryBuilder(Indicator, 'i');
    if (filter.ids) qb.andWhere('i.id IN (:...ids)', { ids: [0, ...toIds('ids', filter.ids)] });
    if (filter.groupId) qb.andWhere('i.groupId = :g', { g: toId('groupId', filter.groupId) });
    if (filter.catalogueId) qb.andWhere('i.groupId IN (SELECT cg.id FROM indicator_group cg WHERE cg.catalogueId = :c)', { c: toId('catalogueId', filter.catalogueId) });
    if (filter.q) qb.andWhere(`(${likeContains('i.code', 'q')} OR ${likeContains('i.nameEn', 'q')})`, { q: containsPattern(filter.q) });
    return qb;
  }

  getIndicator(id: string) {
    return requireRow(this.db.manager, Indicator, 'indicatorId', toId('indicatorId', id));
  }

  createIndicator(args: CreateIndicatorArgs): Promise<Indicator> {
    const groupId = toId('groupId', args.groupId);
    return this.db.transaction(async (m) => {
      await requireRow(m, IndicatorGroup, 'groupId', groupId);
      const code = requiredText('code', args.code, 20).toUpperCase();
      if (await m.findOneBy(Indicator, { groupId, code })) throw new AppError('CONFLICT', 'record.duplicateCode', { field: 'indicator', value: code });
      return m.save(m.create(Indicator, {
        groupId, code, nameVi: requiredText('name', args.nameVi, 255), nameEn: requiredText('name', args.nameEn, 255),
        max: positiveOrNull(args.max), rule: optionalText('rule', args.rule) || null, uncertain: args.uncertain ?? false, sortOrder: 99,
      }));
    });
  }

  updateIndicator(args: UpdateIndicatorArgs): Promise<Indicator> {
    const id = toId('indicatorId', args.id);
    return this.db.transaction(async (m) => {
      const indicator = await requireRow(m, Indicator, 'indicatorId', id);
      Object.assign(indicator, {
        nameVi: args.nameVi === undefined ? indicator.nameVi : requiredText('name', args.nameVi, 255),
        nameEn: args.nameEn === undefined ? indicator.nameEn : requiredText('name', args.nameEn, 255),
        max: args.max === undefined ? indicator.max : positiveOrNull(args.max),
        rule: args.rule === undefined ? indicator.rule : optionalText('rule', args.rule) || null,
        uncertain: args.uncertain ?? indicator.uncertain,
      });
      return m.save(indicator);
    });
  }
}

function positiveOrNull(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (value <= 0) throw new InputError('input.positiveNumber', { field: 'max' });
  return value;
}

/** The catalogue in force at a date, with its groups and indicators, for validation. */
export async function catalogueAt(m: EntityManager, date: string): Promise<(IndicatorCatalogue & CatalogueShape & { indicatorsByCode: Map<string, Indicator>; groupsByCode: Map<string, IndicatorGroup> }) | null> {
  const catalogue = await m.createQueryBuilder(IndicatorCatalogue, 'c').where('c.appliesFrom <= :d', { d: date }).orderBy('c.appliesFrom', 'DESC').getOne();
  if (!catalogue) return null;
  const groups = await m.find(IndicatorGroup, { where: { catalogueId: catalogue.id }, order: { sortOrder: 'ASC' } });
  const indicators = groups.length ? await m.createQueryBuilder(Indicator, 'i').where('i.groupId IN (:...ids)', { ids: groups.map((g) => g.id) }).orderBy('i.sortOrder', 'ASC').getMany() : [];
  const grouped = groups.map((g) => ({ ...g, indicators: indicators.filter((i) => i.groupId === g.id) }));
  return Object.assign(catalogue, {
    groups: grouped,
    // in the catalogue's order: group by group, then as listed inside each group
    indicatorsByCode: new Map(grouped.flatMap((g) => g.indicators).map((i) => [i.code, i])),
    groupsByCode: new Map(groups.map((g) => [g.code, g])),
  });
}
