import BaseLoader from 'dataloader';
import { In, type EntityManager, type EntityTarget } from 'typeorm';
import type { Clock } from '../clock.js';
import { Directive } from '../modules/document/directive.entity.js';
import { Document } from '../modules/document/document.entity.js';
import { OfficialAssignment } from '../modules/official/official-assignment.entity.js';
import { Official } from '../modules/official/official.entity.js';
import { Account, AccountRole } from '../modules/account/account.entity.js';
import { Indicator, IndicatorGroup, IndicatorGroupScore, IndicatorValue, TaskIndicatorTarget } from '../modules/kpi/kpi.entity.js';
import { Task } from '../modules/task/task.entity.js';
import { Unit } from '../modules/unit/unit.entity.js';

/**
 * Off only for the benchmark's naive peer (CHIDAO_BATCHING=0): the same server, one query per
 * relation and row, as a product without loaders would run.
 */
const BATCH = process.env.CHIDAO_BATCHING !== '0';
class DataLoader<K, V> extends BaseLoader<K, V> {
  constructor(batch: BaseLoader.BatchLoadFn<K, V>) {
    super(batch, { batch: BATCH });
  }
}

/** Per-request batching: every relation of a list page costs one query, however long the page. */
export function createLoaders(manager: EntityManager, clock: Clock) {
  const byId = <T extends { id: number }>(entity: EntityTarget<T>) =>
    new DataLoader<number, T | null>(async (ids) => {
      const rows = await manager.findBy(entity, { id: In([...ids]) } as never);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    });

  const groupIds = <R>(rows: R[], key: (r: R) => number, value: (r: R) => number, ids: readonly number[]) => {
    const map = new Map<number, number[]>();
    for (const r of rows) {
      const list = map.get(key(r));
      if (list) list.push(value(r));
      else map.set(key(r), [value(r)]);
    }
    return ids.map((id) => (map.get(id) ?? []).sort((a, b) => a - b));
  };
  /** Rows grouped by a key, in the order of the keys asked for (a map, never a filter per key). */
  const grouped = <R>(rows: R[], key: (r: R) => number, ids: readonly number[]) => {
    const map = new Map<number, R[]>();
    for (const r of rows) {
      const list = map.get(key(r));
      if (list) list.push(r);
      else map.set(key(r), [r]);
    }
    return ids.map((id) => map.get(id) ?? []);
  };

  /** The post each official holds today (Vietnam date); the latest-starting one if several. */
  const currentAssignment = new DataLoader<number, OfficialAssignment | null>(async (officialIds) => {
    const today = clock.today();
    const rows = await manager
      .createQueryBuilder(OfficialAssignment, 'a')
      .where('a.officialId IN (:...ids)', { ids: [...officialIds] })
      .andWhere('a.validFrom <= :today', { today })
      .andWhere('(a.validTo IS NULL OR a.validTo >= :today)', { today })
      .orderBy('a.validFrom', 'ASC')
      .getMany();
    const map = new Map<number, OfficialAssignment>();
    for (const r of rows) map.set(r.officialId, r);
    return officialIds.map((id) => map.get(id) ?? null);
  });

  /**
   * Officials with the post they hold today, in one statement: a page that shows an official's
   * position does not wait for a second wave.
   */
  const official = new DataLoader<number, Official | null>(async (ids) => {
    const today = clock.today();
    const rows = await manager
      .createQueryBuilder(Official, 'o')
      .leftJoinAndMapMany('o.currentPosts', OfficialAssignment, 'ca', 'ca.officialId = o.id AND ca.validFrom <= :today AND (ca.validTo IS NULL OR ca.validTo >= :today)', { today })
      .where('o.id IN (:...ids)', { ids: [...ids] })
      .getMany();
    const map = new Map<number, Official>();
    for (const row of rows) {
      const posts = ((row as Official & { currentPosts?: OfficialAssignment[] }).currentPosts ?? []).sort((a, b) => a.validFrom.localeCompare(b.validFrom));
      delete (row as Official & { currentPosts?: OfficialAssignment[] }).currentPosts;
      currentAssignment.prime(row.id, posts.at(-1) ?? null);
      map.set(row.id, row);
    }
    return ids.map((id) => map.get(id) ?? null);
  });

  return {
    unit: byId(Unit),
    official,
    /** Tasks by id, for relations whose parent row was already filtered by the task visibility. */
    task: byId(Task),
    /** The indicator targets of each task. */
    taskTargets: new DataLoader<number, TaskIndicatorTarget[]>(async (taskIds) => {
      const rows = await manager.find(TaskIndicatorTarget, { where: { taskId: In([...taskIds]) }, order: { id: 'ASC' } });
      return grouped(rows, (r) => r.taskId, taskIds);
    }),
    account: byId(Account),
    document: byId(Document),
    directive: byId(Directive),
    /** Coordinating units and assignees of tasks, both in one statement. */
    taskParties: new DataLoader<number, { unitIds: number[]; officialIds: number[] }>(async (taskIds) => {
      const ids = [...taskIds];
      const marks = ids.map(() => '?').join(', ');
      const rows: Array<{ taskId: number; kind: string; refId: number }> = await manager.query(
        `SELECT taskId, 'U' AS kind, unitId AS refId FROM task_coordinating_unit WHERE taskId IN (${marks})
         UNION ALL
         SELECT taskId, 'O' AS kind, officialId AS refId FROM task_assignee WHERE taskId IN (${marks})`,
        [...ids, ...ids],
      );
      const units = groupIds(rows.filter((r) => r.kind === 'U'), (r) => Number(r.taskId), (r) => Number(r.refId), ids);
      const people = groupIds(rows.filter((r) => r.kind === 'O'), (r) => Number(r.taskId), (r) => Number(r.refId), ids);
      return ids.map((_, i) => ({ unitIds: units[i], officialIds: people[i] }));
    }),
    indicator: byId(Indicator),
    indicatorGroup: byId(IndicatorGroup),
    groupScores: new DataLoader<number, IndicatorGroupScore[]>(async (resultIds) => {
      const rows = await manager.findBy(IndicatorGroupScore, { resultId: In([...resultIds]) });
      return grouped(rows, (r) => r.resultId, resultIds);
    }),
    indicatorValues: new DataLoader<number, IndicatorValue[]>(async (resultIds) => {
      const rows = await manager.findBy(IndicatorValue, { resultId: In([...resultIds]) });
      return grouped(rows, (r) => r.resultId, resultIds);
    }),
    accountRoles: new DataLoader<number, AccountRole[]>(async (accountIds) => {
      const rows = await manager.findBy(AccountRole, { accountId: In([...accountIds]) });
      return grouped(rows, (r) => r.accountId, accountIds);
    }),
    currentAssignment,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
