import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seed: true, today: '2026-11-26' });
});
afterAll(() => server?.stop());

describe('the demo data', () => {
  it('holds the 08/11/2023 conclusion with its seven directives, signed by the chairman', async () => {
    const docs = (await server.gql(`{ allDocuments(filter: { q: "ket luan" }) { id issuedOn signer { fullName } } }`)).data.allDocuments;
    expect(docs).toHaveLength(1);
    expect(docs[0].signer.fullName).toBe('Nguyễn Ngọc Cương');
    const directives = (await server.gql(`query($d: ID) { allDirectives(filter: { documentId: $d }) { number } }`, { d: docs[0].id })).data.allDirectives;
    expect(directives.map((d: { number: number }) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('has the three leaders named in the meeting', async () => {
    for (const name of ['Nguyễn Ngọc Cương', 'Lương Thanh Lộc', 'Nông Quang Kế']) {
      const res = await server.gql(`query($q: String) { allOfficials(filter: { q: $q }) { fullName isSample } }`, { q: name });
      expect(res.data.allOfficials).toContainEqual({ fullName: name, isSample: false });
    }
  });

  it('leads today\'s province by its own leader: the district\'s chairman, whose post ended on 30/06/2025, leads only the 2023 tree', async () => {
    const me = `{ me { roles { role unit { code } } } }`;
    const chairman = (await server.gql(me, {}, { token: await server.login('chutich', 'Demo@2026') })).data.me.roles;
    expect(chairman).toEqual([{ role: 'LEADER', unit: { code: 'BK' } }]);
    const province = await server.login('lanhdaotinh', 'Demo@2026');
    expect((await server.gql(me, {}, { token: province })).data.me.roles).toEqual([{ role: 'LEADER', unit: { code: 'TN' } }]);
    const today = `{ _allTasksMeta(filter: { deadlineFrom: "2026-01-01" }) { count } }`;
    expect((await server.gql(today, {}, { token: await server.login('chutich', 'Demo@2026') })).data._allTasksMeta.count).toBe(0);
    expect((await server.gql(today, {}, { token: province })).data._allTasksMeta.count).toBeGreaterThan(0);
  });

  it('is alive on the day it is loaded: work overdue, work due this week, work waiting for acceptance', async () => {
    const count = async (filter: Record<string, unknown>) =>
      (await server.gql(`query($f: TaskFilter) { _allTasksMeta(filter: $f) { count } }`, { f: filter })).data._allTasksMeta.count;
    expect(await count({ timeliness: 'OPEN_OVERDUE', deadlineFrom: '2026-10-01' })).toBeGreaterThan(0);
    expect(await count({ timeliness: 'OPEN_WITHIN_DEADLINE', deadlineFrom: '2026-11-26', deadlineTo: '2026-12-03' })).toBeGreaterThan(0);
    expect(await count({ state: 'REPORTED_DONE' })).toBeGreaterThan(0);
  });

  it('tells the 2023 story: on time, late and overdue work under the district', async () => {
    const chairman = { token: await server.login('chutich', 'Demo@2026') };
    const district = (await server.gql(`{ allUnits(filter: { q: "UBND huyen Na Ri" }) { id } }`)).data.allUnits[0].id;
    const s = (await server.gql(`query($u: ID!) { taskSummary(unitId: $u, from: "2023-11-01", to: "2024-12-31") { doneOnTime doneLate openOverdue completionRateOfDue } }`, { u: district }, chairman)).data.taskSummary;
    expect(s.doneOnTime).toBeGreaterThan(0);
    expect(s.doneLate).toBeGreaterThan(0);
    expect(s.openOverdue).toBeGreaterThan(0);
    expect(s.completionRateOfDue).toBeGreaterThan(0);
  });

  it('keeps each task\'s history with the dates things happened', async () => {
    const accepted = (await server.gql(`{ allTaskEvents(perPage: 1000) { action at } }`, {}, { token: await server.login('chutich', 'Demo@2026') })).data.allTaskEvents.filter((e: { action: string }) => e.action === 'ACCEPTED');
    expect(accepted.some((e: { at: string }) => e.at.startsWith('2023-'))).toBe(true);
  });
});

describe('the demo evaluation cycles', () => {
  it('hold the 2023 district cycle under Decree 90 and this year\'s under Decree 335, with proposals', async () => {
    const hr = await server.login('noivu', 'Demo@2026');
    const cycles = (await server.gql(`{ allEvaluationCycles { id year } }`, {}, { token: hr })).data.allEvaluationCycles;
    expect(cycles.map((c: { year: number }) => c.year).sort()).toEqual([2023, 2026]);
    const c2023 = cycles.find((c: { year: number }) => c.year === 2023).id;
    const evaluations = (await server.gql(`query($c: ID) { allEvaluations(filter: { cycleId: $c }, perPage: 200) { rulebookId proposedLevel state official { fullName } } }`, { c: c2023 }, { token: hr })).data.allEvaluations;
    expect(evaluations.length).toBeGreaterThan(10);
    expect(new Set(evaluations.map((e: { rulebookId: string }) => e.rulebookId))).toEqual(new Set(['ND90-2020+ND48-2023']));
    expect(evaluations.some((e: { proposedLevel: string | null }) => e.proposedLevel !== null)).toBe(true);
    // xã Văn Lang's one-stop officer: her task extended by the vice-chairman for an objective cause (the fibre line) and done
    // on 22/02/2024, before the new deadline, is on time: "good", not the gap between "complete" and "not complete"
    const p = evaluations.find((e: { official: { fullName: string } }) => e.official.fullName === 'Nông Thị P');
    expect(p.proposedLevel).toBe('GOOD');
  });

  it('show this year\'s proposals of xã Văn Lang with the general points its head entered, and the district\'s 2023 index in its unit rating', async () => {
    const hr = await server.login('noivu', 'Demo@2026');
    const cycles = (await server.gql(`{ allEvaluationCycles { id year } }`, {}, { token: hr })).data.allEvaluationCycles;
    const current = cycles.find((c: { year: number }) => c.year === 2026).id;
    const rows = (await server.gql(`query($c: ID) { allEvaluations(filter: { cycleId: $c }, perPage: 200) { state generalPoints proposedPoints proposedLevel headLevel unit { code } official { fullName } } }`, { c: current }, { token: hr })).data.allEvaluations;
    const vanLang = rows.filter((e: { unit: { code: string } }) => e.unit.code === 'TN-XA-VANLANG' && e.state === 'PROPOSED');
    expect(vanLang.map((e: { generalPoints: string }) => e.generalPoints).sort()).toEqual(['27.00', '28.50', '29.00']);
    // Trần Văn T's one task of the year was done on time: 29 + 70; the others' tasks are not due yet, so no points and no level
    const byName = Object.fromEntries(vanLang.map((e: { official: { fullName: string } }) => [e.official.fullName, e]));
    expect(byName['Trần Văn T']).toMatchObject({ proposedPoints: '99.00', proposedLevel: 'OUTSTANDING', headLevel: 'GOOD' });
    expect(byName['Phạm Văn L']).toMatchObject({ proposedPoints: null, proposedLevel: null });
    expect(rows.filter((e: { unit: { code: string }; state: string }) => e.unit.code === 'TN-XA-NARI' && e.state !== 'OPEN' && e.state !== 'NOT_RATED')).toEqual([]);

    const units = (await server.gql(`{ allUnits(filter: { q: "Na Rì" }, perPage: 50) { id code } }`, {}, { token: hr })).data.allUnits;
    const district = units.find((u: { code: string }) => u.code === 'BK-NARI').id;
    const [rating] = (await server.gql(`query($u: ID) { allUnitRatings(filter: { unitId: $u, year: 2023 }) { evidence derivationText } }`, { u: district }, { token: hr })).data.allUnitRatings;
    expect(JSON.parse(rating.evidence).kpi).toEqual({ total: 4663, basis: 'FIRST_MONTHS', periods: 10, asPublished: true });
    expect(rating.derivationText).toContain('46,63/100');
  });
});
