import { describe, it, expect } from 'vitest';
import { buildDemoData } from '../../server/src/demo/demo-data.js';
import type { DemoData, DemoOfficial, DemoTask, IsoDate } from '../../server/src/demo/demo-data.types.js';

// The leaders of the sample meeting (shared/data/sample-meeting-2023-11-08.json), hard-coded on purpose.
const LEADERS = [
  { fullName: 'Nguyễn Ngọc Cương', position: 'Phó Bí thư Huyện ủy, Chủ tịch UBND huyện', role: 'HEAD' },
  { fullName: 'Lương Thanh Lộc', position: 'Ủy viên BTV Huyện ủy, Phó Chủ tịch Thường trực UBND huyện', role: 'DEPUTY' },
  { fullName: 'Nông Quang Kế', position: 'Phó Chủ tịch UBND huyện', role: 'DEPUTY' },
] as const;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function within(date: IsoDate, from: IsoDate, to: IsoDate | null): boolean {
  return from <= date && (to === null || date <= to);
}

function validIn(o: DemoOfficial | undefined, unitCode: string, on: IsoDate): boolean {
  return !!o && o.assignments.some((a) => a.unitCode === unitCode && within(on, a.from, a.to));
}

function headsOf(data: DemoData, unitCode: string, on: IsoDate): string[] {
  return data.officials
    .filter((o) => o.assignments.some((a) => a.unitCode === unitCode && a.role === 'HEAD' && within(on, a.from, a.to)))
    .map((o) => o.key);
}

type Status = 'OPEN' | 'REPORTED' | 'DONE' | 'CANCELLED';

/** Folds a task's events: final status and effective deadline. */
function replay(task: DemoTask): { status: Status; deadline: IsoDate | null } {
  let status: Status = 'OPEN';
  let deadline = task.deadline;
  for (const e of task.events) {
    if (e.kind === 'REPORT') status = e.state === 'REPORTED_DONE' ? 'REPORTED' : 'OPEN';
    else if (e.kind === 'ACCEPT') status = 'DONE';
    else if (e.kind === 'RETURN') status = 'OPEN';
    else if (e.kind === 'CANCEL') status = 'CANCELLED';
    else if (e.kind === 'EXTEND') deadline = e.newDeadline;
  }
  return { status, deadline };
}

const TODAYS: IsoDate[] = ['2026-11-26', '2030-02-28'];

describe.each(TODAYS)('buildDemoData(%s)', (today) => {
  const data = buildDemoData(today);
  const units = new Map(data.units.map((u) => [u.code, u]));
  const officials = new Map(data.officials.map((o) => [o.key, o]));
  const documents = new Map(data.documents.map((d) => [d.key, d]));
  const currentTasks = data.tasks.filter((t) => t.startDate > '2025-07-01');

  it('is deterministic', () => {
    expect(buildDemoData(today)).toEqual(data);
  });

  it('has unique unit codes, existing parents and sane validity', () => {
    expect(units.size).toBe(data.units.length);
    for (const u of data.units) {
      expect(u.code).toMatch(/^[A-Z0-9-]+$/);
      if (u.parentCode !== null) expect(units.has(u.parentCode), `${u.code} → ${u.parentCode}`).toBe(true);
      expect(u.validFrom).toMatch(ISO);
      if (u.validTo !== null) expect(u.validTo >= u.validFrom).toBe(true);
    }
  });

  it('has unique official keys and names; assignments reference existing units, do not overlap', () => {
    expect(officials.size).toBe(data.officials.length);
    expect(new Set(data.officials.map((o) => o.fullName)).size).toBe(data.officials.length);
    for (const o of data.officials) {
      expect(o.assignments.length).toBeGreaterThan(0);
      const sorted = [...o.assignments].sort((a, b) => a.from.localeCompare(b.from));
      sorted.forEach((a, i) => {
        const unit = units.get(a.unitCode);
        expect(unit, `${o.key} → ${a.unitCode}`).toBeDefined();
        expect(within(a.from, unit!.validFrom, unit!.validTo), `${o.key} from ${a.from}`).toBe(true);
        if (a.to !== null) {
          expect(a.to >= a.from).toBe(true);
          expect(within(a.to, unit!.validFrom, unit!.validTo), `${o.key} to ${a.to}`).toBe(true);
        }
        const next = sorted[i + 1];
        if (next) expect(a.to !== null && a.to < next.from, `${o.key} overlapping assignments`).toBe(true);
      });
    }
  });

  it('has the three leaders of the sample meeting with their exact names and positions', () => {
    for (const l of LEADERS) {
      const o = data.officials.find((x) => x.fullName === l.fullName);
      expect(o, l.fullName).toBeDefined();
      expect(o!.isSample).toBe(false);
      expect(o!.category).toBe('CAN_BO');
      expect(o!.assignments).toEqual([
        expect.objectContaining({ unitCode: 'BK-NARI', position: l.position, role: l.role, dutyGroup: 'LEADERSHIP', to: '2025-06-30' }),
      ]);
    }
  });

  it('has some officials with two assignments (before and after 01/07/2025)', () => {
    const moved = data.officials.filter((o) =>
      o.assignments.some((a) => within('2023-11-10', a.from, a.to)) && o.assignments.some((a) => within(today, a.from, a.to)));
    expect(moved.length).toBeGreaterThanOrEqual(3);
  });

  it('has the 2023 conclusion with exactly seven directives numbered 1..7', () => {
    const kl = data.documents.find((d) => d.kind === 'CONCLUSION');
    expect(kl).toBeDefined();
    expect(kl!.issuedOn).toBe('2023-11-10');
    expect(kl!.issuingUnitCode).toBe('BK-NARI');
    expect(officials.get(kl!.signerKey)?.fullName).toBe('Nguyễn Ngọc Cương');
    expect(kl!.summary).toContain('46,63/100');
    expect(kl!.directives.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('documents reference existing units and signers valid in the issuing unit', () => {
    expect(documents.size).toBe(data.documents.length);
    for (const d of data.documents) {
      expect(units.has(d.issuingUnitCode)).toBe(true);
      expect(validIn(officials.get(d.signerKey), d.issuingUnitCode, d.issuedOn), d.key).toBe(true);
      expect(d.issuedOn <= today).toBe(true);
      expect(new Set(d.directives.map((x) => x.number)).size).toBe(d.directives.length);
    }
  });

  it('tasks reference existing keys, with people valid in their units', () => {
    expect(new Set(data.tasks.map((t) => t.key)).size).toBe(data.tasks.length);
    for (const t of data.tasks) {
      const ctx = t.key;
      if (t.source) {
        const doc = documents.get(t.source.documentKey);
        expect(doc, ctx).toBeDefined();
        expect(doc!.directives.some((x) => x.number === t.source!.directiveNumber), ctx).toBe(true);
        expect(t.startDate >= doc!.issuedOn, ctx).toBe(true);
      }
      const lead = units.get(t.leadUnitCode);
      expect(lead, ctx).toBeDefined();
      expect(within(t.startDate, lead!.validFrom, lead!.validTo), ctx).toBe(true);
      for (const c of t.coordinatingUnitCodes) expect(units.has(c), `${ctx} → ${c}`).toBe(true);
      expect(t.coordinatingUnitCodes, ctx).not.toContain(t.leadUnitCode);
      expect(validIn(officials.get(t.responsibleKey), t.leadUnitCode, t.startDate), ctx).toBe(true);
      expect(t.assigneeKeys.length, ctx).toBeGreaterThanOrEqual(1);
      expect(t.assigneeKeys.length, ctx).toBeLessThanOrEqual(2);
      for (const a of t.assigneeKeys) {
        const o = officials.get(a);
        expect(o, `${ctx} → ${a}`).toBeDefined();
        expect([t.leadUnitCode, ...t.coordinatingUnitCodes].some((u) => validIn(o, u, t.startDate)), `${ctx} → ${a}`).toBe(true);
      }
      expect(officials.has(t.createdByKey), ctx).toBe(true);
      expect(t.startDate <= today, ctx).toBe(true);
      if (t.deadline !== null) expect(t.deadline >= t.startDate, ctx).toBe(true);
      expect([1, 2], ctx).toContain(t.weight);
    }
  });

  it('events are ordered, between startDate and today, by the right people', () => {
    for (const t of data.tasks) {
      let prev = t.startDate;
      const creatorOrHead = (on: IsoDate) => [t.createdByKey, ...headsOf(data, t.leadUnitCode, on)];
      for (const e of t.events) {
        const ctx = `${t.key} @ ${e.on} ${e.kind}`;
        expect(e.on, ctx).toMatch(ISO);
        expect(e.on >= prev, ctx).toBe(true);
        expect(e.on > t.startDate, ctx).toBe(true);
        expect(e.on <= today, ctx).toBe(true);
        prev = e.on;
        expect(officials.has(e.byKey), ctx).toBe(true);
        switch (e.kind) {
          case 'REPORT':
            expect([t.responsibleKey, ...t.assigneeKeys], ctx).toContain(e.byKey);
            expect(e.percent).toBeGreaterThanOrEqual(0);
            expect(e.percent).toBeLessThanOrEqual(100);
            break;
          case 'ACCEPT':
          case 'RETURN':
            expect(creatorOrHead(e.on), ctx).toContain(e.byKey);
            break;
          case 'EXTEND':
            expect(e.byKey, ctx).toBe(t.createdByKey);
            expect(t.deadline !== null && e.newDeadline > t.deadline, ctx).toBe(true);
            break;
          case 'CANCEL':
            expect(e.byKey, ctx).toBe(t.createdByKey);
            break;
        }
      }
    }
  });

  it('tells the 2023 stories: exceeded, returned, extended, cancelled, late and overdue', () => {
    const old = data.tasks.filter((t) => t.startDate === '2023-11-10');
    expect(old.length).toBeGreaterThanOrEqual(12);
    const kinds = old.flatMap((t) => t.events);
    expect(kinds.some((e) => e.kind === 'ACCEPT' && e.exceeded)).toBe(true);
    expect(kinds.some((e) => e.kind === 'RETURN')).toBe(true);
    expect(kinds.some((e) => e.kind === 'EXTEND')).toBe(true);
    expect(kinds.some((e) => e.kind === 'CANCEL')).toBe(true);
    const overdue = old.filter((t) => { const r = replay(t); return r.status === 'OPEN' && r.deadline !== null && r.deadline < today; });
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    const late = old.filter((t) => {
      const done = t.events.filter((e) => e.kind === 'REPORT' && e.state === 'REPORTED_DONE').at(-1);
      const r = replay(t);
      return r.status === 'DONE' && r.deadline !== null && done !== undefined && done.on > r.deadline;
    });
    expect(late.length).toBeGreaterThanOrEqual(1);
    for (let n = 1; n <= 7; n++) expect(old.some((t) => t.source?.directiveNumber === n), `directive ${n}`).toBe(true);
  });

  it('has current tasks overdue, due within 7 days, awaiting acceptance, in units valid today', () => {
    expect(currentTasks.length).toBeGreaterThanOrEqual(8);
    for (const t of currentTasks) {
      const lead = units.get(t.leadUnitCode)!;
      expect(within(today, lead.validFrom, lead.validTo), t.key).toBe(true);
      expect(validIn(officials.get(t.responsibleKey), t.leadUnitCode, today), t.key).toBe(true);
    }
    const states = currentTasks.map((t) => ({ t, ...replay(t) }));
    const open = states.filter((s) => s.status === 'OPEN');
    expect(open.filter((s) => s.deadline !== null && s.deadline < today).length).toBeGreaterThanOrEqual(2);
    const in7 = (d: IsoDate) => {
      const t = Date.parse(`${today}T00:00:00Z`), x = Date.parse(`${d}T00:00:00Z`);
      return x >= t && x - t <= 7 * 86_400_000;
    };
    expect(open.filter((s) => s.deadline !== null && in7(s.deadline)).length).toBeGreaterThanOrEqual(1);
    expect(states.some((s) => s.status === 'REPORTED')).toBe(true);
    expect(states.some((s) => s.status === 'DONE')).toBe(true);
    expect(states.some((s) => s.deadline === null)).toBe(true);
  });
});

describe('buildDemoData input checks', () => {
  it('rejects malformed dates and dates before the new tree', () => {
    expect(() => buildDemoData('2026-02-30')).toThrow(RangeError);
    expect(() => buildDemoData('26-11-2026')).toThrow(RangeError);
    expect(() => buildDemoData('2024-01-01')).toThrow(RangeError);
  });

  it('handles month and leap-year boundaries', () => {
    const data = buildDemoData('2028-03-01');
    const plan = data.documents.find((d) => d.kind === 'PLAN')!;
    expect(plan.issuedOn).toBe('2028-01-21');
    const overdue3 = data.tasks.find((t) => t.key === 'now-01-ho-tro-nop-truc-tuyen')!;
    expect(overdue3.deadline).toBe('2028-02-27');
  });
});
