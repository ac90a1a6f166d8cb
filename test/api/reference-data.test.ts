import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, vietnamTime, type World } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let w: World;

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set(vietnamTime('2026-11-26'));
  w = await buildWorld(server);
});
afterAll(() => server?.stop());

describe('units', () => {
  it('form a tree: a unit\'s subtree follows it when it moves', async () => {
    const province = (await server.gql(`mutation($p: ID) { createUnit(code: "tn", name: "Tỉnh Thái Nguyên", kind: PROVINCE, validFrom: "2025-07-01", parentId: $p) { id code } }`, { p: server.rootUnitId })).data.createUnit;
    expect(province.code).toBe('TN');
    await server.gql(`mutation($id: ID!, $p: ID) { updateUnit(id: $id, parentId: $p) { id } }`, { id: w.district, p: province.id });
    const within = await server.gql(`query($u: ID) { allUnits(filter: { withinUnitId: $u }, perPage: 100) { code } }`, { u: province.id });
    expect(within.data.allUnits.map((u: { code: string }) => u.code).sort()).toEqual(['D', 'D-A', 'D-B', 'D-NV', 'TN']);
  });

  it('refuses a parent under the unit itself, a duplicate code and a valid-to before valid-from', async () => {
    const cycle = await server.gql(`mutation($id: ID!, $p: ID) { updateUnit(id: $id, parentId: $p) { id } }`, { id: w.district, p: w.communeA });
    expect(cycle.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    const dup = await server.gql(`mutation { createUnit(code: "D-A", name: "Trùng", kind: COMMUNE) { id } }`);
    expect(dup.errors?.[0].extensions.code).toBe('CONFLICT');
    const dates = await server.gql(`mutation { createUnit(code: "X", name: "Xã X", kind: COMMUNE, validFrom: "2025-07-01", validTo: "2025-06-30") { id } }`);
    expect(dates.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validTo' });
    const noParent = await server.gql(`mutation { createUnit(code: "Y", name: "Xã Y", kind: COMMUNE, parentId: "777") { id } }`);
    expect(noParent.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'parentId' });
  });

  it('lists the units valid on a date, so 2023\'s district and today\'s communes coexist', async () => {
    await server.gql(`mutation($id: ID!) { updateUnit(id: $id, validFrom: "2000-01-01", validTo: "2025-06-30") { id } }`, { id: w.communeB });
    const in2023 = await server.gql(`{ allUnits(filter: { validOn: "2023-11-08" }, perPage: 100) { code } }`);
    const today = await server.gql(`{ allUnits(filter: { validOn: "2026-11-26" }, perPage: 100) { code } }`);
    expect(in2023.data.allUnits.map((u: { code: string }) => u.code)).toContain('D-B');
    const roots = await server.gql('{ allUnits(filter: { isRoot: true }) { parentId } }');
    expect(roots.data.allUnits.length).toBeGreaterThan(0);
    expect(roots.data.allUnits.every((u: { parentId: string | null }) => u.parentId === null)).toBe(true);
    expect(today.data.allUnits.map((u: { code: string }) => u.code)).not.toContain('D-B');
  });

  it('cannot be deleted while anything refers to it', async () => {
    const res = await server.gql(`mutation($id: ID!) { deleteUnit(id: $id) { id } }`, { id: w.communeA });
    expect(res.errors?.[0].extensions.code).toBe('CONFLICT');
  });
});

describe('officials and their posts', () => {
  it('answer where a person worked on a date', async () => {
    const moved = (await server.gql(`mutation { createOfficial(fullName: "Hà Văn Chuyển", category: CONG_CHUC) { id } }`)).data.createOfficial.id;
    await server.gql(`mutation($o: ID!, $u: ID!) { createOfficialAssignment(officialId: $o, unitId: $u, position: "Công chức Tư pháp – Hộ tịch", role: MEMBER, dutyGroup: JUSTICE, validFrom: "2020-01-01", validTo: "2025-06-30") { id } }`, { o: moved, u: w.communeA });
    await server.gql(`mutation($o: ID!, $u: ID!) { createOfficialAssignment(officialId: $o, unitId: $u, position: "Chuyên viên", role: MEMBER, dutyGroup: OTHER, validFrom: "2025-07-01") { id } }`, { o: moved, u: w.office });
    const post = async (on: string) => (await server.gql(`query($o: ID!, $on: LocalDate!) { officialPostOn(officialId: $o, on: $on) { unit { name } position dutyGroup } }`, { o: moved, on })).data.officialPostOn;
    expect(await post('2023-11-08')).toMatchObject({ unit: { name: 'Xã Đồng Ánh' }, dutyGroup: 'JUSTICE' });
    expect(await post('2026-11-26')).toMatchObject({ unit: { name: 'Phòng Nội vụ' }, position: 'Chuyên viên' });
    expect(await post('2019-05-01')).toBeNull();
    const current = (await server.gql(`query($id: ID!) { Official(id: $id) { currentUnitId currentPosition } }`, { id: moved })).data.Official;
    expect(current).toEqual({ currentUnitId: w.office, currentPosition: 'Chuyên viên' });
  });

  it('filter by the unit they serve in today', async () => {
    const res = await server.gql(`query($u: ID) { allOfficials(filter: { unitId: $u }) { fullName } }`, { u: w.communeA });
    expect(res.data.allOfficials.map((o: { fullName: string }) => o.fullName).sort()).toEqual(['Hoàng Thị Thủy', 'Nguyễn Văn Ấn']);
  });

  it('refuse an empty name and an assignment to an unknown unit', async () => {
    expect((await server.gql(`mutation { createOfficial(fullName: "", category: CAN_BO) { id } }`)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fullName' });
    const res = await server.gql(`mutation($o: ID!) { createOfficialAssignment(officialId: $o, unitId: "999", position: "X", role: MEMBER, dutyGroup: OTHER, validFrom: "2020-01-01") { id } }`, { o: w.officialA });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'unitId' });
  });
});

describe('documents and directives', () => {
  it('hold numbered directives, unique within a document', async () => {
    const doc = (await server.gql(`mutation($u: ID!, $s: ID) { createDocument(kind: CONCLUSION, number: "01/TB-UBND", issuedOn: "2023-11-10", issuingUnitId: $u, signerOfficialId: $s, title: "Kết luận của Chủ tịch") { id } }`, { u: w.district, s: w.chairman })).data.createDocument.id;
    const first = await server.gql(`mutation($d: ID!) { createDirective(documentId: $d, number: 1, text: "Người đứng đầu trực tiếp chỉ đạo CCHC") { id document { number } } }`, { d: doc });
    expect(first.data.createDirective.document.number).toBe('01/TB-UBND');
    const again = await server.gql(`mutation($d: ID!) { createDirective(documentId: $d, number: 1, text: "Trùng số") { id } }`, { d: doc });
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    const noText = await server.gql(`mutation($d: ID!) { createDirective(documentId: $d, number: 2, text: " ") { id } }`, { d: doc });
    expect(noText.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  });
});
