import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { accountFor, buildWorld, vietnamTime, type World } from './fixtures.js';
import { TEST_PASSWORD, startTestServer, type TestServer } from './server.js';

/**
 * Every operation × every role × own scope / other scope. Each role's account is scoped to
 * commune A; "own" targets records of commune A, "other" records of commune B. Adding an
 * operation to the schema without a row here fails the first test.
 */
type Outcome = 'ok' | 'empty' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';
type RoleName = 'ADMIN' | 'LEADER' | 'HR' | 'HEAD' | 'OFFICIAL';
type Scope = 'own' | 'other';
interface Call { query: string; variables?: Record<string, unknown>; rows?: (data: any) => number; token?: string }
interface Row { call: (scope: Scope, role: RoleName) => Promise<Call>; expect: Record<RoleName, [Outcome, Outcome]> }

const ROLES: RoleName[] = ['ADMIN', 'LEADER', 'HR', 'HEAD', 'OFFICIAL'];
const all = (own: Outcome, other: Outcome = own) => Object.fromEntries(ROLES.map((r) => [r, [own, other]])) as Row['expect'];
const only = (roles: RoleName[], yes: [Outcome, Outcome], no: [Outcome, Outcome] = ['FORBIDDEN', 'FORBIDDEN']) =>
  Object.fromEntries(ROLES.map((r) => [r, roles.includes(r) ? yes : no])) as Row['expect'];

let server: TestServer;
let w: World;
const tokens = {} as Record<RoleName, string>;
let counter = 0;
const uid = () => `${Date.now() % 100000}-${(counter += 1)}`;

async function root<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await server.gql(query, variables);
  if (res.errors) throw new Error(`fixture failed: ${JSON.stringify(res.errors)} for ${query}`);
  return res.data as T;
}

const unitOf = (s: Scope) => (s === 'own' ? w.communeA : w.communeB);
const doerOf = (s: Scope) => (s === 'own' ? w.officialA : w.officialB);

const fx = {
  async task(s: Scope): Promise<string> {
    const d = await root(`mutation($u: ID!, $o: ID!) { createTask(title: "Việc phân quyền", leadUnitId: $u, responsibleOfficialId: $o, assigneeIds: [$o], deadline: "2030-12-31") { id } }`, { u: unitOf(s), o: doerOf(s) });
    return d.createTask.id;
  },
  async reported(s: Scope): Promise<string> {
    const id = await fx.task(s);
    const res = await server.gql(`mutation($t: ID!) { createTaskUpdate(taskId: $t, state: REPORTED_DONE) { id } }`, { t: id }, { actor: doerOf(s) });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return id;
  },
  async update(s: Scope): Promise<string> {
    const id = await fx.task(s);
    const res = await server.gql(`mutation($t: ID!) { createTaskUpdate(taskId: $t, state: IN_PROGRESS, percentDone: 20) { id } }`, { t: id }, { actor: doerOf(s) });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.createTaskUpdate.id;
  },
  async event(s: Scope): Promise<string> {
    const id = await fx.task(s);
    return (await root(`query($t: ID!) { allTaskEvents(filter: { taskId: $t }) { id } }`, { t: id })).allTaskEvents[0].id;
  },
  async unit(s: Scope): Promise<string> {
    return (await root(`mutation($c: String!, $p: ID) { createUnit(code: $c, name: "Thôn thử", kind: OTHER, parentId: $p) { id } }`, { c: `T-${uid()}`, p: unitOf(s) })).createUnit.id;
  },
  async official(s: Scope): Promise<string> {
    const id = (await root(`mutation { createOfficial(fullName: "Người Thử", category: CONG_CHUC) { id } }`)).createOfficial.id;
    await root(`mutation($o: ID!, $u: ID!) { createOfficialAssignment(officialId: $o, unitId: $u, position: "Công chức", role: MEMBER, dutyGroup: OTHER, validFrom: "2020-01-01") { id } }`, { o: id, u: unitOf(s) });
    return id;
  },
  async assignment(s: Scope): Promise<string> {
    const id = (await root(`mutation { createOfficial(fullName: "Người Thử", category: CONG_CHUC) { id } }`)).createOfficial.id;
    return (await root(`mutation($o: ID!, $u: ID!) { createOfficialAssignment(officialId: $o, unitId: $u, position: "Công chức", role: MEMBER, dutyGroup: OTHER, validFrom: "2020-01-01") { id } }`, { o: id, u: unitOf(s) })).createOfficialAssignment.id;
  },
  async document(s: Scope): Promise<string> {
    return (await root(`mutation($u: ID!) { createDocument(kind: PLAN, number: "01/KH", issuedOn: "2026-01-05", issuingUnitId: $u, title: "Kế hoạch thử") { id } }`, { u: unitOf(s) })).createDocument.id;
  },
  async directive(s: Scope): Promise<string> {
    const doc = await fx.document(s);
    return (await root(`mutation($d: ID!) { createDirective(documentId: $d, number: 1, text: "Chỉ đạo thử") { id } }`, { d: doc })).createDirective.id;
  },
  async account(s: Scope): Promise<{ accountId: string; roleId: string }> {
    const accountId = (await root(`mutation($n: String!) { createAccount(username: $n, password: "${TEST_PASSWORD}") { id } }`, { n: `tk-${uid()}` })).createAccount.id;
    const roleId = (await root(`mutation($a: ID!, $u: ID!) { createAccountRole(accountId: $a, role: OFFICIAL, unitId: $u) { id } }`, { a: accountId, u: unitOf(s) })).createAccountRole.id;
    return { accountId, roleId };
  },
  async result(s: Scope): Promise<string> {
    return (await root(`mutation($u: ID!, $y: Int!) { createIndicatorResult(unitId: $u, periodKind: YEAR, year: $y, periodNumber: 0, total: "10.5", groupScores: [{ groupCode: "TDGQ", score: "10.5" }]) { id } }`, { u: unitOf(s), y: 2100 + (counter += 1) })).createIndicatorResult.id;
  },
  async indicator(): Promise<string> {
    return (await root(`{ allIndicators(filter: { q: "TDGQ.1" }) { id } }`)).allIndicators[0].id;
  },
  async target(s: Scope): Promise<string> {
    return (await root(`mutation($t: ID!, $i: ID!) { createTaskIndicatorTarget(taskId: $t, indicatorId: $i, target: "100") { id } }`, { t: await fx.task(s), i: await fx.indicator() })).createTaskIndicatorTarget.id;
  },
  async cycle(s: Scope): Promise<{ cycleId: string; year: number }> {
    const year = 3000 + (counter += 1);
    const cycleId = (await root(`mutation($u: ID!, $y: Int!) { createEvaluationCycle(year: $y, unitId: $u, opensOn: "2026-12-01", closesOn: "2026-12-14") { id } }`, { u: unitOf(s), y: year })).createEvaluationCycle.id;
    return { cycleId, year };
  },
  /** The evaluation of the commune's official, brought to a step of the workflow by the root account. */
  async evaluation(s: Scope, stage: 'OPEN' | 'PROPOSED' | 'REVIEWED' | 'DECIDED' = 'OPEN'): Promise<string> {
    const { cycleId } = await fx.cycle(s);
    const id = (await root(`query($c: ID, $o: ID) { allEvaluations(filter: { cycleId: $c, officialId: $o }) { id } }`, { c: cycleId, o: doerOf(s) })).allEvaluations[0].id;
    if (stage === 'OPEN') return id;
    await root(`mutation($id: ID!) { proposeRating(id: $id, level: GOOD) { id } }`, { id });
    if (stage === 'PROPOSED') return id;
    await root(`mutation($id: ID!) { reviewRating(id: $id) { id } }`, { id });
    if (stage === 'REVIEWED') return id;
    await root(`mutation($id: ID!) { decideRating(id: $id, level: GOOD) { id } }`, { id });
    return id;
  },
  /** A throwaway account with the same role, for calls that end the caller's own sessions. */
  async ownSession(role: RoleName): Promise<string> {
    return accountFor(server, `tam-${uid()}`, null, role, w.communeA);
  },
};

const list = (q: string) => (d: any) => (Object.values(d)[0] as unknown[]).length;
const meta = (d: any) => (Object.values(d)[0] as { count: number }).count;
const readers: RoleName[] = ['LEADER', 'HR', 'HEAD', 'OFFICIAL'];
const managers: RoleName[] = ['LEADER', 'HEAD'];

const TABLE: Record<string, Row> = {
  // the organisation: open to every signed-in account, written by administrators of its scope
  allUnits: { call: async (s) => ({ query: `query($ids: [ID!]) { allUnits(filter: { ids: $ids }) { id } }`, variables: { ids: [unitOf(s)] }, rows: list('') }), expect: all('ok') },
  _allUnitsMeta: { call: async (s) => ({ query: `query($ids: [ID!]) { _allUnitsMeta(filter: { ids: $ids }) { count } }`, variables: { ids: [unitOf(s)] }, rows: meta }), expect: all('ok') },
  Unit: { call: async (s) => ({ query: `query($id: ID!) { Unit(id: $id) { id } }`, variables: { id: unitOf(s) } }), expect: all('ok') },
  createUnit: { call: async (s) => ({ query: `mutation($c: String!, $p: ID) { createUnit(code: $c, name: "Thôn mới", kind: OTHER, parentId: $p) { id } }`, variables: { c: `N-${uid()}`, p: unitOf(s) } }), expect: only(['ADMIN'], ['ok', 'FORBIDDEN']) },
  updateUnit: { call: async (s) => ({ query: `mutation($id: ID!) { updateUnit(id: $id, name: "Thôn đổi tên") { id } }`, variables: { id: await fx.unit(s) } }), expect: only(['ADMIN'], ['ok', 'FORBIDDEN']) },
  deleteUnit: { call: async (s) => ({ query: `mutation($id: ID!) { deleteUnit(id: $id) { id } }`, variables: { id: await fx.unit(s) } }), expect: only(['ADMIN'], ['ok', 'FORBIDDEN']) },
  allOfficials: { call: async (s) => ({ query: `query($u: ID) { allOfficials(filter: { unitId: $u }) { id } }`, variables: { u: unitOf(s) }, rows: list('') }), expect: all('ok') },
  _allOfficialsMeta: { call: async (s) => ({ query: `query($u: ID) { _allOfficialsMeta(filter: { unitId: $u }) { count } }`, variables: { u: unitOf(s) }, rows: meta }), expect: all('ok') },
  Official: { call: async (s) => ({ query: `query($id: ID!) { Official(id: $id) { id currentUnitId } }`, variables: { id: doerOf(s) } }), expect: all('ok') },
  officialPostOn: { call: async (s) => ({ query: `query($id: ID!) { officialPostOn(officialId: $id, on: "2026-11-26") { id } }`, variables: { id: doerOf(s) } }), expect: all('ok') },
  createOfficial: { call: async () => ({ query: `mutation { createOfficial(fullName: "Người Mới", category: CONG_CHUC) { id } }` }), expect: only(['ADMIN'], ['ok', 'ok']) },
  updateOfficial: { call: async (s) => ({ query: `mutation($id: ID!) { updateOfficial(id: $id, fullName: "Người Đổi Tên") { id } }`, variables: { id: await fx.official(s) } }), expect: only(['ADMIN'], ['ok', 'FORBIDDEN']) },
  deleteOfficial: { call: async (s) => ({ query: `mutation($id: ID!) { deleteOfficial(id: $id) { id } }`, variables: { id: await fx.official(s) } }), expect: only(['ADMIN'], ['CONFLICT', 'FORBIDDEN']) },
  allOfficialAssignments: { call: async (s) => ({ query: `query($u: ID) { allOfficialAssignments(filter: { unitId: $u }) { id } }`, variables: { u: unitOf(s) }, rows: list('') }), expect: all('ok') },
  _allOfficialAssignmentsMeta: { call: async (s) => ({ query: `query($u: ID) { _allOfficialAssignmentsMeta(filter: { unitId: $u }) { count } }`, variables: { u: unitOf(s) }, rows: meta }), expect: all('ok') },
  OfficialAssignment: { call: async (s) => ({ query: `query($id: ID!) { OfficialAssignment(id: $id) { id } }`, variables: { id: await fx.assignment(s) } }), expect: all('ok') },
  createOfficialAssignment: { call: async (s) => ({ query: `mutation($o: ID!, $u: ID!) { createOfficialAssignment(officialId: $o, unitId: $u, position: "Kiêm nhiệm", role: MEMBER, dutyGroup: OTHER, validFrom: "2026-01-01") { id } }`, variables: { o: await fx.official(s), u: unitOf(s) } }), expect: only(['ADMIN'], ['ok', 'FORBIDDEN']) },
  updateOfficialAssignment: { call: async (s) => ({ query: `mutation($id: ID!) { updateOfficialAssignment(id: $id, position: "Chuyên viên") { id } }`, variables: { id: await fx.assignment(s) } }), expect: only(['ADMIN'], ['ok', 'FORBIDDEN']) },
  deleteOfficialAssignment: { call: async (s) => ({ query: `mutation($id: ID!) { deleteOfficialAssignment(id: $id) { id } }`, variables: { id: await fx.assignment(s) } }), expect: only(['ADMIN'], ['ok', 'FORBIDDEN']) },
  allDocuments: { call: async (s) => ({ query: `query($u: ID) { allDocuments(filter: { issuingUnitId: $u }) { id } }`, variables: { u: (await fx.document(s), unitOf(s)) }, rows: list('') }), expect: all('ok') },
  _allDocumentsMeta: { call: async (s) => ({ query: `query($u: ID) { _allDocumentsMeta(filter: { issuingUnitId: $u }) { count } }`, variables: { u: (await fx.document(s), unitOf(s)) }, rows: meta }), expect: all('ok') },
  Document: { call: async (s) => ({ query: `query($id: ID!) { Document(id: $id) { id } }`, variables: { id: await fx.document(s) } }), expect: all('ok') },
  createDocument: { call: async (s) => ({ query: `mutation($u: ID!) { createDocument(kind: DECISION, number: "02/QĐ", issuedOn: "2026-02-01", issuingUnitId: $u, title: "Quyết định") { id } }`, variables: { u: unitOf(s) } }), expect: only(['ADMIN', 'LEADER'], ['ok', 'FORBIDDEN']) },
  updateDocument: { call: async (s) => ({ query: `mutation($id: ID!) { updateDocument(id: $id, title: "Kế hoạch sửa") { id } }`, variables: { id: await fx.document(s) } }), expect: only(['ADMIN', 'LEADER'], ['ok', 'FORBIDDEN']) },
  deleteDocument: { call: async (s) => ({ query: `mutation($id: ID!) { deleteDocument(id: $id) { id } }`, variables: { id: await fx.document(s) } }), expect: only(['ADMIN', 'LEADER'], ['ok', 'FORBIDDEN']) },
  allDirectives: { call: async (s) => ({ query: `query($d: ID) { allDirectives(filter: { documentId: $d }) { id } }`, variables: { d: (await root(`query($id: ID!) { Directive(id: $id) { documentId } }`, { id: await fx.directive(s) })).Directive.documentId }, rows: list('') }), expect: all('ok') },
  _allDirectivesMeta: { call: async (s) => ({ query: `query($d: ID) { _allDirectivesMeta(filter: { documentId: $d }) { count } }`, variables: { d: (await root(`query($id: ID!) { Directive(id: $id) { documentId } }`, { id: await fx.directive(s) })).Directive.documentId }, rows: meta }), expect: all('ok') },
  Directive: { call: async (s) => ({ query: `query($id: ID!) { Directive(id: $id) { id } }`, variables: { id: await fx.directive(s) } }), expect: all('ok') },
  createDirective: { call: async (s) => ({ query: `mutation($d: ID!) { createDirective(documentId: $d, number: 2, text: "Chỉ đạo thêm") { id } }`, variables: { d: await fx.document(s) } }), expect: only(['ADMIN', 'LEADER'], ['ok', 'FORBIDDEN']) },
  updateDirective: { call: async (s) => ({ query: `mutation($id: ID!) { updateDirective(id: $id, text: "Chỉ đạo sửa") { id } }`, variables: { id: await fx.directive(s) } }), expect: only(['ADMIN', 'LEADER'], ['ok', 'FORBIDDEN']) },
  deleteDirective: { call: async (s) => ({ query: `mutation($id: ID!) { deleteDirective(id: $id) { id } }`, variables: { id: await fx.directive(s) } }), expect: only(['ADMIN', 'LEADER'], ['ok', 'FORBIDDEN']) },

  // tasks: read within scope (others' records do not exist for the caller), managed by leaders and heads
  allTasks: { call: async (s) => ({ query: `query($ids: [ID!]) { allTasks(filter: { ids: $ids }) { id } }`, variables: { ids: [await fx.task(s)] }, rows: list('') }), expect: only(readers, ['ok', 'empty']) },
  _allTasksMeta: { call: async (s) => ({ query: `query($u: ID) { _allTasksMeta(filter: { unitId: $u }) { count } }`, variables: { u: (await fx.task(s), unitOf(s)) }, rows: meta }), expect: only(readers, ['ok', 'empty']) },
  Task: { call: async (s) => ({ query: `query($id: ID!) { Task(id: $id) { id } }`, variables: { id: await fx.task(s) } }), expect: only(readers, ['ok', 'NOT_FOUND']) },
  taskSummary: { call: async (s) => ({ query: `query($u: ID!) { taskSummary(unitId: $u) { total } }`, variables: { u: unitOf(s) } }), expect: only(readers, ['ok', 'FORBIDDEN']) },
  createTask: { call: async (s) => ({ query: `mutation($u: ID!) { createTask(title: "Việc mới", leadUnitId: $u) { id } }`, variables: { u: unitOf(s) } }), expect: only(managers, ['ok', 'FORBIDDEN']) },
  updateTask: { call: async (s) => ({ query: `mutation($id: ID!) { updateTask(id: $id, version: 1, title: "Việc sửa") { id } }`, variables: { id: await fx.task(s) } }), expect: only(managers, ['ok', 'NOT_FOUND']) },
  deleteTask: { call: async (s) => ({ query: `mutation($id: ID!) { deleteTask(id: $id) { id } }`, variables: { id: await fx.task(s) } }), expect: only(managers, ['ok', 'NOT_FOUND']) },
  acceptTask: { call: async (s) => ({ query: `mutation($id: ID!) { acceptTask(id: $id) { id } }`, variables: { id: await fx.reported(s) } }), expect: only(managers, ['ok', 'NOT_FOUND']) },
  returnTask: { call: async (s) => ({ query: `mutation($id: ID!) { returnTask(id: $id, reason: "Thiếu minh chứng") { id } }`, variables: { id: await fx.reported(s) } }), expect: only(managers, ['ok', 'NOT_FOUND']) },
  allTaskUpdates: { call: async (s) => ({ query: `query($ids: [ID!]) { allTaskUpdates(filter: { ids: $ids }) { id } }`, variables: { ids: [await fx.update(s)] }, rows: list('') }), expect: only(readers, ['ok', 'empty']) },
  _allTaskUpdatesMeta: { call: async (s) => ({ query: `query($ids: [ID!]) { _allTaskUpdatesMeta(filter: { ids: $ids }) { count } }`, variables: { ids: [await fx.update(s)] }, rows: meta }), expect: only(readers, ['ok', 'empty']) },
  TaskUpdate: { call: async (s) => ({ query: `query($id: ID!) { TaskUpdate(id: $id) { id } }`, variables: { id: await fx.update(s) } }), expect: only(readers, ['ok', 'NOT_FOUND']) },
  createTaskUpdate: {
    call: async (s) => ({ query: `mutation($t: ID!) { createTaskUpdate(taskId: $t, state: IN_PROGRESS, percentDone: 30) { id } }`, variables: { t: await fx.task(s) } }),
    expect: { ADMIN: ['FORBIDDEN', 'FORBIDDEN'], LEADER: ['ok', 'NOT_FOUND'], HR: ['FORBIDDEN', 'NOT_FOUND'], HEAD: ['ok', 'NOT_FOUND'], OFFICIAL: ['ok', 'NOT_FOUND'] },
  },
  allTaskEvents: { call: async (s) => ({ query: `query($ids: [ID!]) { allTaskEvents(filter: { ids: $ids }) { id } }`, variables: { ids: [await fx.event(s)] }, rows: list('') }), expect: only(readers, ['ok', 'empty']) },
  _allTaskEventsMeta: { call: async (s) => ({ query: `query($ids: [ID!]) { _allTaskEventsMeta(filter: { ids: $ids }) { count } }`, variables: { ids: [await fx.event(s)] }, rows: meta }), expect: only(readers, ['ok', 'empty']) },
  TaskEvent: { call: async (s) => ({ query: `query($id: ID!) { TaskEvent(id: $id) { id } }`, variables: { id: await fx.event(s) } }), expect: only(readers, ['ok', 'NOT_FOUND']) },

  // the KPI catalogue: public to signed-in accounts, kept by administrators
  allIndicatorCatalogues: { call: async () => ({ query: `{ allIndicatorCatalogues { id } }`, rows: list('') }), expect: all('ok') },
  _allIndicatorCataloguesMeta: { call: async () => ({ query: `{ _allIndicatorCataloguesMeta { count } }`, rows: meta }), expect: all('ok') },
  IndicatorCatalogue: { call: async () => ({ query: `query($id: ID!) { IndicatorCatalogue(id: $id) { id } }`, variables: { id: (await root(`{ allIndicatorCatalogues { id } }`)).allIndicatorCatalogues[0].id } }), expect: all('ok') },
  allIndicatorGroups: { call: async () => ({ query: `{ allIndicatorGroups { id } }`, rows: list('') }), expect: all('ok') },
  _allIndicatorGroupsMeta: { call: async () => ({ query: `{ _allIndicatorGroupsMeta { count } }`, rows: meta }), expect: all('ok') },
  IndicatorGroup: { call: async () => ({ query: `query($id: ID!) { IndicatorGroup(id: $id) { id } }`, variables: { id: (await root(`{ allIndicatorGroups { id } }`)).allIndicatorGroups[0].id } }), expect: all('ok') },
  updateIndicatorGroup: { call: async () => ({ query: `mutation($id: ID!) { updateIndicatorGroup(id: $id, nameEn: "Transparency") { id } }`, variables: { id: (await root(`{ allIndicatorGroups(sortField: "sortOrder") { id } }`)).allIndicatorGroups[0].id } }), expect: only(['ADMIN'], ['ok', 'ok']) },
  allIndicators: { call: async () => ({ query: `{ allIndicators { id } }`, rows: list('') }), expect: all('ok') },
  _allIndicatorsMeta: { call: async () => ({ query: `{ _allIndicatorsMeta { count } }`, rows: meta }), expect: all('ok') },
  Indicator: { call: async () => ({ query: `query($id: ID!) { Indicator(id: $id) { id } }`, variables: { id: await fx.indicator() } }), expect: all('ok') },
  createIndicator: { call: async () => ({ query: `mutation($g: ID!, $c: String!) { createIndicator(groupId: $g, code: $c, nameVi: "Chỉ số thử", nameEn: "Test indicator") { id } }`, variables: { g: (await root(`{ allIndicatorGroups { id } }`)).allIndicatorGroups[0].id, c: `X.${uid()}` } }), expect: only(['ADMIN'], ['ok', 'ok']) },
  updateIndicator: { call: async () => ({ query: `mutation($id: ID!) { updateIndicator(id: $id, uncertain: false) { id } }`, variables: { id: await fx.indicator() } }), expect: only(['ADMIN'], ['ok', 'ok']) },

  // KPI results: read in scope by every role, entered by leaders, HR and administrators of the scope
  allIndicatorResults: { call: async (s) => ({ query: `query($ids: [ID!]) { allIndicatorResults(filter: { ids: $ids }) { id } }`, variables: { ids: [await fx.result(s)] }, rows: list('') }), expect: all('ok', 'empty') },
  _allIndicatorResultsMeta: { call: async (s) => ({ query: `query($ids: [ID!]) { _allIndicatorResultsMeta(filter: { ids: $ids }) { count } }`, variables: { ids: [await fx.result(s)] }, rows: meta }), expect: all('ok', 'empty') },
  IndicatorResult: { call: async (s) => ({ query: `query($id: ID!) { IndicatorResult(id: $id) { id } }`, variables: { id: await fx.result(s) } }), expect: all('ok', 'NOT_FOUND') },
  createIndicatorResult: { call: async (s) => ({ query: `mutation($u: ID!, $y: Int!) { createIndicatorResult(unitId: $u, periodKind: YEAR, year: $y, periodNumber: 0, total: "0") { id } }`, variables: { u: unitOf(s), y: 2100 + (counter += 1) } }), expect: only(['ADMIN', 'LEADER', 'HR'], ['ok', 'FORBIDDEN']) },
  deleteIndicatorResult: { call: async (s) => ({ query: `mutation($id: ID!) { deleteIndicatorResult(id: $id) { id } }`, variables: { id: await fx.result(s) } }), expect: only(['ADMIN', 'LEADER', 'HR'], ['ok', 'NOT_FOUND']) },
  importIndicatorResults: {
    call: async (s) => {
      const code = s === 'own' ? 'D-A' : 'D-B';
      const csv = `ma_don_vi;ky;tong_diem;TDGQ\n${code};${1 + ((counter += 1) % 12)}T/${2300 + counter};12,5;12,5\n`;
      return { query: `mutation($c: String!) { importIndicatorResults(fileName: "kq.csv", content: $c) { saved } }`, variables: { c: Buffer.from(csv).toString('base64') }, rows: (d: any) => (d.importIndicatorResults.saved ? 1 : 0) };
    },
    expect: only(['ADMIN', 'LEADER', 'HR'], ['ok', 'empty']),
  },
  indicatorResultTemplate: { call: async () => ({ query: `{ indicatorResultTemplate(format: CSV) { fileName } }` }), expect: only(['ADMIN', 'LEADER', 'HR'], ['ok', 'ok']) },
  indicatorAccountability: { call: async (s) => ({ query: `query($u: ID!) { indicatorAccountability(unitId: $u, periodKind: YEAR, year: 2026, periodNumber: 0) { period } }`, variables: { u: unitOf(s) } }), expect: all('ok', 'FORBIDDEN') },
  indicatorRanking: { call: async (s) => ({ query: `query($u: ID!) { indicatorRanking(unitId: $u, periodKind: YEAR, year: 2026, periodNumber: 0) { rank } }`, variables: { u: unitOf(s) } }), expect: all('ok', 'FORBIDDEN') },
  indicatorGroupsBelowTarget: { call: async (s) => ({ query: `query($u: ID!) { indicatorGroupsBelowTarget(unitId: $u, periodKind: YEAR, year: 2026, periodNumber: 0) { indicators } }`, variables: { u: unitOf(s) } }), expect: all('ok', 'FORBIDDEN') },
  indicatorsBelowTarget: { call: async (s) => ({ query: `query($u: ID!) { indicatorsBelowTarget(unitId: $u, periodKind: YEAR, year: 2026, periodNumber: 0) { gap } }`, variables: { u: unitOf(s) } }), expect: all('ok', 'FORBIDDEN') },
  allTaskIndicatorTargets: { call: async (s) => ({ query: `query($ids: [ID!]) { allTaskIndicatorTargets(filter: { ids: $ids }) { id } }`, variables: { ids: [await fx.target(s)] }, rows: list('') }), expect: only(readers, ['ok', 'empty']) },
  _allTaskIndicatorTargetsMeta: { call: async (s) => ({ query: `query($ids: [ID!]) { _allTaskIndicatorTargetsMeta(filter: { ids: $ids }) { count } }`, variables: { ids: [await fx.target(s)] }, rows: meta }), expect: only(readers, ['ok', 'empty']) },
  TaskIndicatorTarget: { call: async (s) => ({ query: `query($id: ID!) { TaskIndicatorTarget(id: $id) { id } }`, variables: { id: await fx.target(s) } }), expect: only(readers, ['ok', 'NOT_FOUND']) },
  createTaskIndicatorTarget: { call: async (s) => ({ query: `mutation($t: ID!, $i: ID!) { createTaskIndicatorTarget(taskId: $t, indicatorId: $i, target: "90") { id } }`, variables: { t: await fx.task(s), i: await fx.indicator() } }), expect: only(managers, ['ok', 'NOT_FOUND']) },
  updateTaskIndicatorTarget: { call: async (s) => ({ query: `mutation($id: ID!) { updateTaskIndicatorTarget(id: $id, target: "95") { id } }`, variables: { id: await fx.target(s) } }), expect: only(managers, ['ok', 'NOT_FOUND']) },
  deleteTaskIndicatorTarget: { call: async (s) => ({ query: `mutation($id: ID!) { deleteTaskIndicatorTarget(id: $id) { id } }`, variables: { id: await fx.target(s) } }), expect: only(managers, ['ok', 'NOT_FOUND']) },

  // the yearly evaluation: HR runs it, heads propose and decide (leaders for heads), officials see their own
  allEvaluationCycles: { call: async (s) => ({ query: `query($ids: [ID!]) { allEvaluationCycles(filter: { ids: $ids }) { id } }`, variables: { ids: [(await fx.cycle(s)).cycleId] }, rows: list('') }), expect: only(readers, ['ok', 'empty']) },
  _allEvaluationCyclesMeta: { call: async (s) => ({ query: `query($ids: [ID!]) { _allEvaluationCyclesMeta(filter: { ids: $ids }) { count } }`, variables: { ids: [(await fx.cycle(s)).cycleId] }, rows: meta }), expect: only(readers, ['ok', 'empty']) },
  EvaluationCycle: { call: async (s) => ({ query: `query($id: ID!) { EvaluationCycle(id: $id) { id } }`, variables: { id: (await fx.cycle(s)).cycleId } }), expect: only(readers, ['ok', 'NOT_FOUND']) },
  createEvaluationCycle: { call: async (s) => ({ query: `mutation($u: ID!, $y: Int!) { createEvaluationCycle(year: $y, unitId: $u, opensOn: "2026-12-01", closesOn: "2026-12-14") { id } }`, variables: { u: unitOf(s), y: 3000 + (counter += 1) } }), expect: only(['HR'], ['ok', 'FORBIDDEN']) },
  setUnitQuota: {
    call: async (s) => ({ query: `mutation($c: ID!, $u: ID!) { setUnitQuota(cycleId: $c, unitId: $u, quotaPercent: 30, quotaDecision: "QĐ 12/QĐ-UBND", quotaByDutyGroup: true) { id } }`, variables: { c: (await fx.cycle(s)).cycleId, u: unitOf(s) } }),
    expect: only(['HR'], ['ok', 'NOT_FOUND']),
  },
  evaluationQuotas: { call: async (s) => ({ query: `query($c: ID!) { evaluationQuotas(cycleId: $c) { unitId allowed } }`, variables: { c: (await fx.cycle(s)).cycleId }, rows: list('') }), expect: only(['LEADER', 'HR', 'HEAD'], ['ok', 'NOT_FOUND']) },
  refreshEvaluationCycle: { call: async (s) => ({ query: `mutation($id: ID!) { refreshEvaluationCycle(id: $id) { id } }`, variables: { id: (await fx.cycle(s)).cycleId } }), expect: only(['HR'], ['ok', 'NOT_FOUND']) },
  publishEvaluationCycle: { call: async (s) => ({ query: `mutation($id: ID!) { publishEvaluationCycle(id: $id) { id } }`, variables: { id: (await fx.cycle(s)).cycleId } }), expect: only(['HR'], ['CONFLICT', 'NOT_FOUND']) },
  evaluationExport: { call: async (s) => ({ query: `query($c: ID!) { evaluationExport(cycleId: $c) { fileName } }`, variables: { c: (await fx.cycle(s)).cycleId } }), expect: only(['HR', 'LEADER', 'HEAD'], ['ok', 'NOT_FOUND']) },
  allEvaluations: { call: async (s) => ({ query: `query($ids: [ID!]) { allEvaluations(filter: { ids: $ids }) { id } }`, variables: { ids: [await fx.evaluation(s)] }, rows: list('') }), expect: only(readers, ['ok', 'empty']) },
  _allEvaluationsMeta: { call: async (s) => ({ query: `query($ids: [ID!]) { _allEvaluationsMeta(filter: { ids: $ids }) { count } }`, variables: { ids: [await fx.evaluation(s)] }, rows: meta }), expect: only(readers, ['ok', 'empty']) },
  Evaluation: { call: async (s) => ({ query: `query($id: ID!) { Evaluation(id: $id) { id proposalText } }`, variables: { id: await fx.evaluation(s) } }), expect: only(readers, ['ok', 'NOT_FOUND']) },
  evaluationForm: { call: async (s) => ({ query: `query($id: ID!) { evaluationForm(id: $id) }`, variables: { id: await fx.evaluation(s) } }), expect: only(readers, ['ok', 'NOT_FOUND']) },
  evaluationFormDocx: { call: async (s) => ({ query: `query($id: ID!) { evaluationFormDocx(id: $id) { fileName } }`, variables: { id: await fx.evaluation(s) } }), expect: only(readers, ['ok', 'NOT_FOUND']) },
  evaluationMinutesDocx: { call: async (s) => ({ query: `query($c: ID!, $u: ID!) { evaluationMinutesDocx(cycleId: $c, unitId: $u) { fileName } }`, variables: { c: (await fx.cycle(s)).cycleId, u: unitOf(s) } }), expect: only(['HR', 'LEADER', 'HEAD'], ['ok', 'NOT_FOUND']) },
  evaluationNoticeDocx: { call: async (s) => ({ query: `query($c: ID!, $u: ID!) { evaluationNoticeDocx(cycleId: $c, unitId: $u) { fileName } }`, variables: { c: (await fx.cycle(s)).cycleId, u: unitOf(s) } }), expect: only(['HR', 'LEADER', 'HEAD'], ['ok', 'NOT_FOUND']) },
  updateEvaluation: { call: async (s) => ({ query: `mutation($id: ID!) { updateEvaluation(id: $id, monthsAbsent: 1) { id } }`, variables: { id: await fx.evaluation(s) } }), expect: only(['HR'], ['ok', 'NOT_FOUND']) },
  selfAssessEvaluation: {
    call: async (s) => ({ query: `mutation($id: ID!) { selfAssessEvaluation(id: $id, text: "Tự đánh giá") { id } }`, variables: { id: await fx.evaluation(s) } }),
    expect: { ADMIN: ['FORBIDDEN', 'FORBIDDEN'], LEADER: ['FORBIDDEN', 'NOT_FOUND'], HR: ['FORBIDDEN', 'NOT_FOUND'], HEAD: ['FORBIDDEN', 'NOT_FOUND'], OFFICIAL: ['ok', 'NOT_FOUND'] },
  },
  proposeRating: { call: async (s) => ({ query: `mutation($id: ID!) { proposeRating(id: $id, level: GOOD) { id } }`, variables: { id: await fx.evaluation(s) } }), expect: only(managers, ['ok', 'NOT_FOUND']) },
  reviewRating: { call: async (s) => ({ query: `mutation($id: ID!) { reviewRating(id: $id) { id } }`, variables: { id: await fx.evaluation(s, 'PROPOSED') } }), expect: only(['HR'], ['ok', 'NOT_FOUND']) },
  decideRating: { call: async (s) => ({ query: `mutation($id: ID!) { decideRating(id: $id, level: GOOD) { id } }`, variables: { id: await fx.evaluation(s, 'REVIEWED') } }), expect: only(managers, ['ok', 'NOT_FOUND']) },
  decideRatings: { call: async (s) => ({ query: `mutation($id: ID!) { decideRatings(decisions: [{ evaluationId: $id, level: COMPLETE }]) { id } }`, variables: { id: await fx.evaluation(s, 'REVIEWED') } }), expect: only(managers, ['ok', 'NOT_FOUND']) },
  reopenRating: { call: async (s) => ({ query: `mutation($id: ID!) { reopenRating(id: $id, reason: "Xem lại") { id } }`, variables: { id: await fx.evaluation(s, 'DECIDED') } }), expect: only(managers, ['ok', 'NOT_FOUND']) },
  allEvaluationSteps: { call: async (s) => ({ query: `query($e: ID) { allEvaluationSteps(filter: { evaluationId: $e }) { id } }`, variables: { e: await fx.evaluation(s) }, rows: list('') }), expect: only(readers, ['ok', 'empty']) },
  _allEvaluationStepsMeta: { call: async (s) => ({ query: `query($e: ID) { _allEvaluationStepsMeta(filter: { evaluationId: $e }) { count } }`, variables: { e: await fx.evaluation(s) }, rows: meta }), expect: only(readers, ['ok', 'empty']) },
  allUnitRatings: { call: async (s) => ({ query: `query($u: ID, $y: Int) { allUnitRatings(filter: { unitId: $u, year: $y }) { id } }`, variables: { u: unitOf(s), y: (await fx.cycle(s)).year }, rows: list('') }), expect: only(['LEADER', 'HR', 'HEAD'], ['ok', 'empty']) },
  _allUnitRatingsMeta: { call: async (s) => ({ query: `query($u: ID, $y: Int) { _allUnitRatingsMeta(filter: { unitId: $u, year: $y }) { count } }`, variables: { u: unitOf(s), y: (await fx.cycle(s)).year }, rows: meta }), expect: only(['LEADER', 'HR', 'HEAD'], ['ok', 'empty']) },
  confirmUnitRating: {
    call: async (s) => {
      const child = await fx.unit(s);
      const { year } = await fx.cycle(s);
      return { query: `mutation($u: ID!, $y: Int!) { confirmUnitRating(unitId: $u, year: $y, level: GOOD) { id } }`, variables: { u: child, y: year } };
    },
    expect: only(['LEADER'], ['ok', 'FORBIDDEN']),
  },

  // accounts and sessions
  login: { call: async () => ({ query: `mutation { login(username: "canbo-a", password: "${TEST_PASSWORD}") { token } }` }), expect: all('ok') },
  me: { call: async () => ({ query: `{ me { id username roles { role unitId } } }` }), expect: all('ok') },
  renewToken: { call: async () => ({ query: `mutation { renewToken { token } }` }), expect: all('ok') },
  logout: { call: async (_s, role) => ({ query: `mutation { logout }`, token: await fx.ownSession(role) }), expect: all('ok') },
  changePassword: { call: async (_s, role) => ({ query: `mutation { changePassword(currentPassword: "${TEST_PASSWORD}", newPassword: "mat-khau-moi-2") { token } }`, token: await fx.ownSession(role) }), expect: all('ok') },
  allAccounts: { call: async () => ({ query: `{ allAccounts { id } }`, rows: list('') }), expect: only(['ADMIN'], ['ok', 'ok']) },
  _allAccountsMeta: { call: async () => ({ query: `{ _allAccountsMeta { count } }`, rows: meta }), expect: only(['ADMIN'], ['ok', 'ok']) },
  Account: { call: async (s) => ({ query: `query($id: ID!) { Account(id: $id) { id } }`, variables: { id: (await fx.account(s)).accountId } }), expect: only(['ADMIN'], ['ok', 'NOT_FOUND']) },
  createAccount: { call: async (s) => ({ query: `mutation($n: String!, $o: ID) { createAccount(username: $n, password: "tam-thoi-123", officialId: $o) { id } }`, variables: { n: `moi-${uid()}`, o: await fx.official(s) } }), expect: only(['ADMIN'], ['ok', 'FORBIDDEN']) },
  updateAccount: { call: async (s) => ({ query: `mutation($id: ID!) { updateAccount(id: $id, disabled: true) { id } }`, variables: { id: (await fx.account(s)).accountId } }), expect: only(['ADMIN'], ['ok', 'FORBIDDEN']) },
  resetPassword: { call: async (s) => ({ query: `mutation($id: ID!) { resetPassword(id: $id, newPassword: "tam-thoi-456") { id } }`, variables: { id: (await fx.account(s)).accountId } }), expect: only(['ADMIN'], ['ok', 'FORBIDDEN']) },
  allAccountRoles: { call: async (s) => ({ query: `query($a: ID) { allAccountRoles(filter: { accountId: $a }) { id } }`, variables: { a: (await fx.account(s)).accountId }, rows: list('') }), expect: only(['ADMIN'], ['ok', 'empty']) },
  _allAccountRolesMeta: { call: async (s) => ({ query: `query($a: ID) { _allAccountRolesMeta(filter: { accountId: $a }) { count } }`, variables: { a: (await fx.account(s)).accountId }, rows: meta }), expect: only(['ADMIN'], ['ok', 'empty']) },
  AccountRole: { call: async (s) => ({ query: `query($id: ID!) { AccountRole(id: $id) { id } }`, variables: { id: (await fx.account(s)).roleId } }), expect: only(['ADMIN'], ['ok', 'NOT_FOUND']) },
  createAccountRole: { call: async (s) => ({ query: `mutation($a: ID!, $u: ID!) { createAccountRole(accountId: $a, role: HEAD, unitId: $u) { id } }`, variables: { a: (await fx.account('own')).accountId, u: unitOf(s) } }), expect: only(['ADMIN'], ['ok', 'FORBIDDEN']) },
  deleteAccountRole: { call: async (s) => ({ query: `mutation($id: ID!) { deleteAccountRole(id: $id) { id } }`, variables: { id: (await fx.account(s)).roleId } }), expect: only(['ADMIN'], ['ok', 'FORBIDDEN']) },
  // alerts (issue 12): every account reads and marks its own, derived from its tasks and roles
  allAlerts: { call: async () => ({ query: `{ allAlerts { id kind message } }` }), expect: all('ok') },
  _allAlertsMeta: { call: async () => ({ query: `{ _allAlertsMeta(filter: { unread: true }) { count } }` }), expect: all('ok') },
  markAlertsRead: { call: async () => ({ query: `mutation { markAlertsRead(ids: ["OVERDUE:t1:2026-01-01"]) }` }), expect: all('ok') },
  markAllAlertsRead: { call: async () => ({ query: `mutation { markAllAlertsRead }` }), expect: all('ok') },
  myAlertPreference: { call: async () => ({ query: `{ myAlertPreference { email dailyDigest } }` }), expect: all('ok') },
  setMyAlertPreference: { call: async () => ({ query: `mutation { setMyAlertPreference(email: "thu@xa.gov.vn") { email } }` }), expect: all('ok') },
  // accountability and drill-down (issue 12): figures of units in the caller's scope
  allOfficialAccountabilities: { call: async (s) => ({ query: `query($u: ID!) { allOfficialAccountabilities(filter: { unitId: $u }) { id total } }`, variables: { u: unitOf(s) } }), expect: only(['LEADER', 'HR', 'HEAD'], ['ok', 'FORBIDDEN']) },
  _allOfficialAccountabilitiesMeta: { call: async (s) => ({ query: `query($u: ID!) { _allOfficialAccountabilitiesMeta(filter: { unitId: $u }) { count } }`, variables: { u: unitOf(s) } }), expect: only(['LEADER', 'HR', 'HEAD'], ['ok', 'FORBIDDEN']) },
  unitTaskSummaries: { call: async (s) => ({ query: `query($u: ID!) { unitTaskSummaries(unitId: $u) { unitId total } }`, variables: { u: unitOf(s) } }), expect: only(readers, ['ok', 'FORBIDDEN']) },
  overdueTrend: { call: async (s) => ({ query: `query($u: ID!) { overdueTrend(unitId: $u) { month late } }`, variables: { u: unitOf(s) } }), expect: only(readers, ['ok', 'FORBIDDEN']) },
  // reports (issue 12): files of a unit of the caller's scope; a document's follow-up lists only tasks the caller may read
  taskReport: { call: async (s) => ({ query: `query($u: ID!) { taskReport(unitId: $u, format: XLSX) { fileName } }`, variables: { u: unitOf(s) } }), expect: only(readers, ['ok', 'FORBIDDEN']) },
  overdueTaskReport: { call: async (s) => ({ query: `query($u: ID!) { overdueTaskReport(unitId: $u, format: DOCX) { fileName } }`, variables: { u: unitOf(s) } }), expect: only(readers, ['ok', 'FORBIDDEN']) },
  conclusionReport: { call: async (s) => ({ query: `query($d: ID!) { conclusionReport(documentId: $d, format: XLSX) { fileName } }`, variables: { d: await fx.document(s) } }), expect: only(readers, ['ok', 'ok']) },
  kpiReport: { call: async (s) => ({ query: `query($u: ID!) { kpiReport(unitId: $u, periodKind: YEAR, year: 2026, periodNumber: 0, format: XLSX) { fileName } }`, variables: { u: unitOf(s) } }), expect: all('ok', 'FORBIDDEN') },
  // entering a conclusion quickly (issue 12): proposals for those who assign tasks; creation by leaders of the issuing unit
  splitConclusion: { call: async () => ({ query: `query($t: String!) { splitConclusion(text: $t) { number tasks { leadUnitId } } }`, variables: { t: '1. Xã Đồng Ánh rà soát hồ sơ.\n2. Xã Bản Bó báo cáo.' } }), expect: only(['LEADER', 'HEAD'], ['ok', 'ok']) },
  createConclusionTasks: {
    call: async (s) => ({ query: `mutation($n: String!, $u: ID!) { createConclusionTasks(number: $n, issuedOn: "2026-11-20", issuingUnitId: $u, title: "Kết luận", directives: [{ text: "Rà soát hồ sơ.", tasks: [{ title: "Rà soát hồ sơ", leadUnitId: $u }] }]) { id } }`, variables: { n: `${uid()}/TB`, u: unitOf(s) } }),
    expect: only(['LEADER'], ['ok', 'FORBIDDEN']),
  },
  taskImportTemplate: { call: async () => ({ query: `{ taskImportTemplate { fileName } }` }), expect: only(managers, ['ok', 'ok']) },
  importTasks: {
    call: async (s) => {
      const csv = `tieu_de;ma_don_vi_chu_tri\nViệc nhập từ tệp;${s === 'own' ? 'D-A' : 'D-B'}\n`;
      return { query: `mutation($c: String!) { importTasks(fileName: "nv.csv", content: $c) { saved } }`, variables: { c: Buffer.from(csv).toString('base64') }, rows: (d: any) => (d.importTasks.saved ? 1 : 0) };
    },
    expect: only(managers, ['ok', 'empty']),
  },
  // evidence files (issue 12): attached by the reporting official or a manager, read by whoever reads the task
  attachEvidenceFile: {
    call: async (s) => ({ query: `mutation($u: ID!, $b: String!) { attachEvidenceFile(taskUpdateId: $u, fileName: "bien-ban.pdf", base64: $b) { id } }`, variables: { u: await fx.update(s), b: Buffer.from('%PDF-1.4 minh chung').toString('base64') } }),
    expect: { ADMIN: ['FORBIDDEN', 'FORBIDDEN'], LEADER: ['ok', 'NOT_FOUND'], HR: ['FORBIDDEN', 'NOT_FOUND'], HEAD: ['ok', 'NOT_FOUND'], OFFICIAL: ['ok', 'NOT_FOUND'] },
  },
  evidenceFiles: { call: async (s) => ({ query: `query($t: ID!) { evidenceFiles(taskId: $t) { id } }`, variables: { t: await fx.task(s) } }), expect: only(readers, ['ok', 'NOT_FOUND']) },
  evidenceFileContent: {
    call: async (s) => {
      const u = await fx.update(s);
      const file = await root(`mutation($u: ID!, $b: String!) { attachEvidenceFile(taskUpdateId: $u, fileName: "bien-ban.pdf", base64: $b) { id } }`, { u, b: Buffer.from('%PDF-1.4 minh chung').toString('base64') });
      return { query: `query($id: ID!) { evidenceFileContent(id: $id) { fileName } }`, variables: { id: file.attachEvidenceFile.id } };
    },
    expect: only(readers, ['ok', 'NOT_FOUND']),
  },
  unlockAccount: { call: async (s) => ({ query: `mutation($id: ID!) { unlockAccount(id: $id) { id } }`, variables: { id: (await fx.account(s)).accountId } }), expect: only(['ADMIN'], ['ok', 'FORBIDDEN']) },
};

/** Registers the table's tests: `first` and `second` each take half of the operations. */
export function permissionSuite(part: 'first' | 'second'): void {
  beforeAll(async () => {
    server = await startTestServer();
    server.clock.set(vietnamTime('2026-11-20'));
    w = await buildWorld(server);
    const hrOfficial = (await root(`mutation { createOfficial(fullName: "Cán Bộ Nội Vụ", category: CONG_CHUC) { id } }`)).createOfficial.id;
    tokens.ADMIN = await accountFor(server, 'r-admin', null, 'ADMIN', w.communeA);
    tokens.LEADER = await accountFor(server, 'r-leader', w.chairman, 'LEADER', w.communeA);
    tokens.HR = await accountFor(server, 'r-hr', hrOfficial, 'HR', w.communeA);
    tokens.HEAD = await accountFor(server, 'r-head', w.headA, 'HEAD', w.communeA);
    tokens.OFFICIAL = await accountFor(server, 'r-official', w.officialA, 'OFFICIAL', w.communeA);
    // accountFor registered these officials to the new accounts; the fixtures report as the original ones
    server.register(w.officialA, await server.login('canbo-a', TEST_PASSWORD));
    server.register(w.officialB, await server.login('canbo-b', TEST_PASSWORD));
  });
  afterAll(() => server?.stop());

  function outcomeOf(res: { data: any; errors?: Array<{ extensions: { code: string } }> }, call: Call): Outcome | string {
    if (res.errors?.length) return res.errors[0].extensions.code;
    if (call.rows) return call.rows(res.data) > 0 ? 'ok' : 'empty';
    return 'ok';
  }

  describe(`the permission table (${part} half)`, () => {
    it.runIf(part === 'first')('has a row for every query and mutation of the schema', async () => {
      const res = await server.gql(getIntrospectionQuery());
      const types = res.data.__schema.types as Array<{ name: string; fields: Array<{ name: string }> | null }>;
      const operations = types.filter((t) => t.name === 'Query' || t.name === 'Mutation').flatMap((t) => t.fields!.map((f) => f.name));
      expect(operations.filter((op) => !(op in TABLE)).sort()).toEqual([]);
      expect(Object.keys(TABLE).filter((op) => !operations.includes(op)).sort()).toEqual([]);
    });

    // two files run side by side, each over its own server, each taking every other operation
    const operations = Object.entries(TABLE).filter((_, i) => i % 2 === (part === 'first' ? 0 : 1));
    for (const [operation, row] of operations) {
      it(`${operation}`, async () => {
        const seen: Record<string, [string, string]> = {};
        for (const role of ROLES) {
          const outcomes: string[] = [];
          for (const scope of ['own', 'other'] as Scope[]) {
            const call = await row.call(scope, role);
            const res = await server.gql(call.query, call.variables ?? {}, { token: call.token ?? tokens[role] });
            outcomes.push(outcomeOf(res, call));
          }
          seen[role] = outcomes as [string, string];
        }
        expect(seen).toEqual(row.expect);
        if (operation !== 'login') {
          const call = await row.call('own', 'ADMIN');
          const anonymous = await server.gql(call.query, call.variables ?? {}, { token: null });
          expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
        }
      });
    }
  });
}
