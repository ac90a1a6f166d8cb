import DataLoader from 'dataloader';
import { In, type EntityManager, type EntityTarget } from 'typeorm';
import type { Clock } from '../clock.js';
import { Directive } from '../modules/document/directive.entity.js';
import { Document } from '../modules/document/document.entity.js';
import { OfficialAssignment } from '../modules/official/official-assignment.entity.js';
import { Official } from '../modules/official/official.entity.js';
import { TaskAssignee, TaskCoordinatingUnit } from '../modules/task/task.entity.js';
import { Unit } from '../modules/unit/unit.entity.js';

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
    for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), value(r)]);
    return ids.map((id) => (map.get(id) ?? []).sort((a, b) => a - b));
  };

  return {
    unit: byId(Unit),
    official: byId(Official),
    document: byId(Document),
    directive: byId(Directive),
    coordinatingUnitIds: new DataLoader<number, number[]>(async (taskIds) => {
      const rows = await manager.findBy(TaskCoordinatingUnit, { taskId: In([...taskIds]) });
      return groupIds(rows, (r) => r.taskId, (r) => r.unitId, taskIds);
    }),
    assigneeIds: new DataLoader<number, number[]>(async (taskIds) => {
      const rows = await manager.findBy(TaskAssignee, { taskId: In([...taskIds]) });
      return groupIds(rows, (r) => r.taskId, (r) => r.officialId, taskIds);
    }),
    /** The post each official holds today (Vietnam date); the latest-starting one if several. */
    currentAssignment: new DataLoader<number, OfficialAssignment | null>(async (officialIds) => {
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
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
