import { systemActor } from '../auth/actor.js';
import { Role } from '../auth/roles.js';
import { noteHistory } from '../modules/history/history.js';
import { TokenService } from '../auth/token.js';
import { Clock } from '../clock.js';
import { AccountService } from '../modules/account/account.service.js';
import type { Database } from '../db/database.js';
import { DocumentService } from '../modules/document/document.service.js';
import { OfficialService } from '../modules/official/official.service.js';
import { TaskState } from '../modules/task/task-state.js';
import { TaskService } from '../modules/task/task.service.js';
import { Unit, type UnitKind } from '../modules/unit/unit.entity.js';
import { UnitService } from '../modules/unit/unit.service.js';
import type { OfficialCategory } from '../modules/official/official.entity.js';
import type { DutyGroup, PostRole } from '../modules/official/official-assignment.entity.js';
import type { DocumentKind } from '../modules/document/document.entity.js';
import { buildDemoData } from './demo-data.js';
import { seedKpi } from './seed-kpi.js';
import { RatingLevel } from '../modules/evaluation/evaluation.entity.js';
import { EvaluationService } from '../modules/evaluation/evaluation.service.js';
import type { DemoData } from './demo-data.types.js';

/** 09:00 in Vietnam on a calendar date: when the demo's events "happened". */
function morningOf(date: string): string {
  return `${date}T02:00:00.000Z`;
}

export async function isEmpty(db: Database): Promise<boolean> {
  return (await db.manager.count(Unit)) === 0;
}

/**
 * Loads the demo: units, officials, the 08/11/2023 conclusion and current work. Each task's story
 * is replayed through the services with the clock set to the day of each event, so history,
 * completion dates and timeliness come out as real use would make them.
 */
/**
 * Demo sign-ins, one per role (README lists them). Only demo mode creates them: a real
 * deployment starts with no account but the administrator made by `npm run create-admin`.
 */
export const DEMO_PASSWORD = 'Demo@2026';
export const DEMO_ACCOUNTS: Array<{ username: string; officialKey: string | null; grants: Array<[Role, string]> }> = [
  { username: 'quantri', officialKey: null, grants: [[Role.ADMIN, 'BK'], [Role.ADMIN, 'TN']] },
  // the district's chairman until 30/06/2025: a leader of the 2023 tree only, none of today's
  { username: 'chutich', officialKey: 'ld-cuong', grants: [[Role.LEADER, 'BK']] },
  { username: 'lanhdaotinh', officialKey: 'tn-pct', grants: [[Role.LEADER, 'TN']] },
  { username: 'noivu', officialKey: 'nv-tp', grants: [[Role.HR, 'BK'], [Role.HR, 'TN']] },
  { username: 'truongxa', officialKey: 'yl-ct', grants: [[Role.HEAD, 'TN-XA-NARI']] },
  { username: 'truongxavl', officialKey: 'vl-ct', grants: [[Role.HEAD, 'TN-XA-VANLANG']] },
  { username: 'canbo', officialKey: 'yl-mc', grants: [[Role.OFFICIAL, 'TN-XA-NARI']] },
];

export async function seedDemo(db: Database, today: string, options: { accounts?: boolean; evaluations?: boolean } = {}, data: DemoData = buildDemoData(today)): Promise<void> {
  const system = systemActor();
  const clock = new Clock();
  clock.set(morningOf(today));
  const units = new UnitService(db, system);
  const unitIds = new Map<string, string>();
  const pending = [...data.units];
  while (pending.length) {
    const index = pending.findIndex((u) => u.parentCode === null || unitIds.has(u.parentCode));
    if (index < 0) throw new Error(`demo units refer to unknown parents: ${pending.map((u) => u.parentCode).join(', ')}`);
    const [u] = pending.splice(index, 1);
    const created = await units.create({
      code: u.code, name: u.name, kind: u.kind as UnitKind, parentId: u.parentCode ? unitIds.get(u.parentCode) : null,
      validFrom: u.validFrom, validTo: u.validTo, isSample: u.isSample,
    });
    unitIds.set(u.code, String(created.id));
  }

  const officials = new OfficialService(db, clock, system);
  const officialIds = new Map<string, string>();
  for (const o of data.officials) {
    const created = await officials.create({ fullName: o.fullName, category: o.category as OfficialCategory, isSample: o.isSample });
    officialIds.set(o.key, String(created.id));
    for (const a of o.assignments) {
      await officials.createAssignment({
        officialId: String(created.id), unitId: unitIds.get(a.unitCode)!, position: a.position, role: a.role as PostRole,
        dutyGroup: a.dutyGroup as DutyGroup, validFrom: a.from, validTo: a.to,
      });
    }
  }

  const documents = new DocumentService(db, system);
  const directiveIds = new Map<string, string>();
  for (const d of data.documents) {
    const doc = await documents.create({
      kind: d.kind as DocumentKind, number: d.number, issuedOn: d.issuedOn, issuingUnitId: unitIds.get(d.issuingUnitCode)!,
      signerOfficialId: officialIds.get(d.signerKey) ?? null, title: d.title, summary: d.summary, isSample: d.isSample,
    });
    for (const r of d.directives) {
      const directive = await documents.createDirective({ documentId: String(doc.id), number: r.number, text: r.text });
      directiveIds.set(`${d.key}#${r.number}`, String(directive.id));
    }
  }

  const official = (key: string) => {
    const id = officialIds.get(key);
    if (!id) throw new Error(`demo data names an unknown official: ${key}`);
    return id;
  };
  const actingAs = (key: string) => new TaskService(db, clock, systemActor(Number(official(key))));

  const taskIds = new Map<string, string>();
  for (const t of data.tasks) {
    clock.set(morningOf(t.startDate));
    const task = await actingAs(t.createdByKey).create({
      title: t.title, description: t.description, expectedResult: t.expectedResult,
      directiveId: t.source ? directiveIds.get(`${t.source.documentKey}#${t.source.directiveNumber}`) : null,
      leadUnitId: unitIds.get(t.leadUnitCode)!, coordinatingUnitIds: t.coordinatingUnitCodes.map((c) => unitIds.get(c)!),
      responsibleOfficialId: official(t.responsibleKey), assigneeIds: t.assigneeKeys.map(official),
      startDate: t.startDate, deadline: t.deadline, weight: t.weight,
    });
    const id = String(task.id);
    taskIds.set(t.key, id);
    for (const e of t.events) {
      clock.set(morningOf(e.on));
      const service = actingAs(e.byKey);
      switch (e.kind) {
        case 'REPORT':
          await service.report({ taskId: id, state: e.state as TaskState, percentDone: e.percent, note: e.note, evidenceLinks: e.evidenceLinks });
          break;
        case 'ACCEPT':
          await service.accept({ id, exceeded: e.exceeded, note: e.note });
          break;
        case 'RETURN':
          await service.returnTask({ id, reason: e.reason, objectiveCause: e.objectiveCause });
          break;
        case 'EXTEND': {
          const current = await service.get(id);
          await service.update({ id, version: current.version, deadline: e.newDeadline, deadlineChangeReason: e.reason, deadlineObjectiveCause: e.objectiveCause });
          break;
        }
        case 'CANCEL': {
          const current = await service.get(id);
          await service.update({ id, version: current.version, state: TaskState.CANCELLED, changeReason: e.reason });
          break;
        }
      }
    }
  }

  clock.set(morningOf(today));
  await seedKpi(db, clock, unitIds, taskIds);
  if (options.evaluations !== false) await seedEvaluations(db, clock, today, unitIds, officialIds, official);

  if (options.accounts) {
    const accounts = new AccountService(db, clock, new TokenService(db, clock, 60), system);
    for (const a of DEMO_ACCOUNTS) {
      const account = await accounts.create({ username: a.username, password: DEMO_PASSWORD, officialId: a.officialKey ? official(a.officialKey) : null });
      await db.transaction(async (m) => {
        await m.update('account', account.id, { passwordTemporary: false });
        noteHistory(m, 'account', [account.id], 'UPDATED');
      });
      for (const [role, code] of a.grants) await accounts.createRole({ accountId: String(account.id), role, unitId: unitIds.get(code)! });
    }
  }
}

/**
 * The evaluation cycles HR would have opened: 2023 under Decree 90 for the old district (its
 * tasks are the meeting's), and this year's for today's communes under Decree 335.
 */
async function seedEvaluations(db: Database, clock: Clock, today: string, unitIds: Map<string, string>, officialIds: Map<string, string>, official: (key: string) => string): Promise<void> {
  const evaluations = new EvaluationService(db, clock, systemActor());
  await evaluations.openCycle({ year: 2023, unitId: unitIds.get('BK-NARI')!, opensOn: '2023-12-01', closesOn: '2023-12-14' });
  const year = Number(today.slice(0, 4));
  const current = await evaluations.openCycle({ year, unitId: unitIds.get('TN')!, opensOn: `${year}-12-01`, closesOn: `${year}-12-14` });
  // The head of xã Văn Lang has already marked the general criteria and proposed for the commune's
  // officials, so the board shows points and proposals side by side; xã Na Rì is left untouched
  // for a walk through the whole workflow.
  const vanLang = new EvaluationService(db, clock, systemActor(Number(official('vl-ct'))));
  const general: Record<string, number> = { 'vl-dc': 27_00, 'vl-mc': 28_50, 'cl-tp': 29_00 };
  for (const ev of await vanLang.list({ filter: { cycleId: String(current.id), unitId: unitIds.get('TN-XA-VANLANG')! }, perPage: 100 })) {
    const key = [...officialIds].find(([, id]) => id === String(ev.officialId))?.[0];
    if (!key || general[key] === undefined || ev.state !== 'OPEN') continue;
    await vanLang.propose(String(ev.id), RatingLevel.GOOD, 'Chấp hành tốt nội quy, hoàn thành các nhiệm vụ được giao.', general[key]);
  }
}
