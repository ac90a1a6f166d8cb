import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Bounded work per request and input the database can hold: refused before anything runs, with
 * HTTP 400, a code and a sentence that says what to narrow or fix.
 */
let server: TestServer;
let small: TestServer;
let token: string;
let smallToken: string;

beforeAll(async () => {
  [server, small] = await Promise.all([startTestServer(), startTestServer({ maxComplexity: 150 })]);
  token = await server.login('root', 'mat-khau-thu-1');
  smallToken = await small.login('root', 'mat-khau-thu-1');
});
afterAll(async () => {
  await Promise.all([server?.stop(), small?.stop()]);
});

async function post(target: TestServer, body: unknown, lang = 'vi', bearer?: string) {
  const auth = bearer ?? (target === server ? token : smallToken);
  const res = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': lang, authorization: `Bearer ${auth}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions: Record<string, unknown> }> } };
}

const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');
const ids = (n: number) => Array.from({ length: n }, (_, i) => i + 1).join(',');

describe('a list without perPage', () => {
  it('costs its default page of 25 rows: one list of three fields (25 × 4 = 100) passes a limit of 150, two do not', async () => {
    const one = await post(small, { query: '{ allTasks { id title state } }' });
    expect(one.status).toBe(200);
    expect(one.body.errors).toBeUndefined();
    const two = await post(small, { query: '{ a: allTasks { id title state } b: allTasks { id title state } }' });
    expect(two.status).toBe(400);
    expect(two.body.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(two.body.errors?.[0].extensions.cost).toBe(200);
  });

  it('costs as many rows as the ids it asks for', async () => {
    // 75 rows × (1 field + 1) = 150 fits; 76 × 2 = 152 does not
    const fifty = await post(small, { query: `{ allUnits(filter: { ids: [${ids(75)}] }) { id } }` });
    expect(fifty.body.errors).toBeUndefined();
    const more = await post(small, { query: `{ allUnits(filter: { ids: [${ids(76)}] }) { id } }` });
    expect(more.status).toBe(400);
    expect(more.body.errors?.[0].extensions.cost).toBe(152);
  });
});

describe('the attacks of issue 10 are refused before they run', () => {
  it('300 aliases of allTaskEvents over 1000 ids: the parser stops at 20,000 tokens, HTTP 400', async () => {
    const started = Date.now();
    const res = await post(server, { query: `{ ${aliases(300, `allTaskEvents(filter: { ids: [${ids(1000)}] }) { id }`)} }` });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.body.errors?.[0].message).toContain('20000 tokens');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('15 aliases of allTaskEvents over 1000 ids without perPage: QUERY_TOO_COMPLEX, HTTP 400, a sentence saying what to narrow', async () => {
    const query = `{ ${aliases(15, `allTaskEvents(filter: { ids: [${ids(1000)}] }) { id at action field reason }`)} }`;
    const vi = await post(server, { query });
    expect(vi.status).toBe(400);
    expect(vi.body.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    // 15 lists × 1000 rows × (5 fields + 1)
    expect(vi.body.errors?.[0].extensions.cost).toBe(90_000);
    expect(vi.body.errors?.[0].message).toContain('ít dòng mỗi trang (perPage)');
    const en = await post(server, { query }, 'en');
    expect(en.body.errors?.[0].message).toContain('fewer rows per page (perPage)');
    expect(en.body.errors?.[0].message).toContain('limit 60000');
  });

  it('aliased exports, summaries and counts add up', async () => {
    const exports = await post(server, { query: `{ ${aliases(7, `evaluationExport(cycleId: 1) { fileName }`)} }` });
    expect(exports.status).toBe(400);
    expect(exports.body.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    // 2,000 of them do not even get parsed; 31 × 2,001 is over 60,000
    const attack = await post(server, { query: `{ ${aliases(2000, `taskSummary(unitId: 1) { total }`)} }` });
    expect(attack.status).toBe(400);
    const summaries = await post(server, { query: `{ ${aliases(31, `taskSummary(unitId: 1) { total }`)} }` });
    expect(summaries.status).toBe(400);
    expect(summaries.body.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const counts = await post(server, { query: `{ ${aliases(61, `_allTasksMeta { count }`)} }` });
    expect(counts.body.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const forms = await post(server, { query: `{ ${aliases(301, `evaluationForm(id: 1)`)} }` });
    expect(forms.body.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    // within budget they run (and answer for themselves)
    const six = await post(server, { query: `{ ${aliases(2, `_allTasksMeta { count }`)} }` });
    expect(six.body.errors).toBeUndefined();
  });

  it('600 aliased mutations are refused as a whole: nothing is created', async () => {
    const query = `mutation { ${aliases(601, `createOfficial(fullName: "Nguyễn Văn A", category: CONG_CHUC) { id }`)} }`;
    const res = await post(server, { query });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const count = await server.gql('{ _allOfficialsMeta { count } }');
    expect(count.data._allOfficialsMeta.count).toBe(0);
  });

  it('a decideRatings of 10,000 entries, 1001 ids or 21 evidence links: BAD_USER_INPUT, HTTP 400, naming the list and its maximum', async () => {
    const decisions = Array.from({ length: 10_000 }, (_, i) => ({ id: String(i + 1), level: 'GOOD' }));
    const batch = await post(server, { query: 'mutation($d: [DecisionInput!]!) { decideRatings(decisions: $d) { id } }', variables: { d: decisions } });
    expect(batch.status).toBe(400);
    expect(batch.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decisions', max: 500, items: 10_000 });
    expect(batch.body.errors?.[0].message).toBe('Danh sách quyết định có 10000 mục, nhiều nhất là 500: hãy chia thành nhiều lần gửi.');
    const many = await post(server, { query: `{ allUnits(filter: { ids: [${ids(1001)}] }) { id } }` });
    expect(many.status).toBe(400);
    expect(many.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids', max: 1000 });
    const links = Array.from({ length: 21 }, (_, i) => `https://example.vn/${i}.pdf`);
    const report = await post(server, { query: 'mutation($l: [String!]) { createTaskUpdate(taskId: 1, state: IN_PROGRESS, evidenceLinks: $l) { id } }', variables: { l: links } }, 'en');
    expect(report.status).toBe(400);
    expect(report.body.errors?.[0].message).toBe('The evidence links has 21 items, at most 20 are allowed: send them in several parts.');
  });
});

describe('malformed requests are HTTP 400', () => {
  it('an unknown enum value in variables', async () => {
    const res = await post(server, { query: 'query($k: UnitKind) { allUnits(filter: { kind: $k }) { id } }', variables: { k: 'GALAXY' } });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a string where an Int is expected, and a list where an object is', async () => {
    const res = await post(server, { query: 'query($p: Int) { allUnits(perPage: $p) { id } }', variables: { p: 'nhiều' } });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const obj = await post(server, { query: 'query($f: UnitFilter) { allUnits(filter: $f) { id } }', variables: { f: [1, 2] } });
    expect(obj.status).toBe(400);
    expect(obj.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('input the database can hold', () => {
  it('filter: null is no filter on every list and count', async () => {
    const { appSchema } = await import('../../server/src/graphql/schema.js');
    const { getNamedType, isObjectType } = await import('graphql');
    const fields = Object.values((await appSchema()).getQueryType()!.getFields()).filter((f) => f.args.some((a) => a.name === 'filter'));
    expect(fields.length).toBe(42);
    const query = `{ ${fields.map((f) => {
      const type = getNamedType(f.type);
      return `${f.name}(filter: null) { ${isObjectType(type) && 'count' in type.getFields() && f.name.startsWith('_') ? 'count' : 'id'} }`;
    }).join(' ')} }`;
    const res = await server.gql(query);
    expect(res.errors).toBeUndefined();
    expect(res.data._allUnitsMeta.count).toBe(1);
    expect(res.data.allUnits).toEqual([{ id: server.rootUnitId }]);
  });

  it('a name longer than its column (varchar 255) is refused with the column\'s length, on SQLite as on MariaDB', async () => {
    const res = await server.gql(`mutation($n: String!) { createUnit(code: "X1", name: $n, kind: COMMUNE, parentId: ${server.rootUnitId}) { id } }`, { n: 'Ấ'.repeat(256) });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(res.errors?.[0].message).toBe('Tên dài quá 255 ký tự.');
    const fits = await server.gql(`mutation($n: String!) { createUnit(code: "X1", name: $n, kind: COMMUNE, parentId: ${server.rootUnitId}) { id name } }`, { n: 'Ấ'.repeat(255) });
    expect(fits.errors).toBeUndefined();
    await server.gql(`mutation { deleteUnit(id: ${fits.data.createUnit.id}) { id } }`);
  });

  it('evidence links that do not fit their text column (65,535 bytes) are refused, naming the links', async () => {
    const official = (await server.gql('mutation { createOfficial(fullName: "Lê Thị Hoa", category: CONG_CHUC) { id } }')).data.createOfficial.id;
    await server.gql(`mutation($o: ID!) { createOfficialAssignment(officialId: $o, unitId: ${server.rootUnitId}, position: "Chuyên viên", role: MEMBER, dutyGroup: OTHER, validFrom: "2020-01-01") { id } }`, { o: official });
    const me = (await server.gql('{ me { id } }')).data.me.id;
    await server.gql('mutation($a: ID!, $o: ID!) { updateAccount(id: $a, officialId: $o) { id } }', { a: me, o: official });
    const task = await server.gql(`mutation($o: ID!) { createTask(title: "Báo cáo", leadUnitId: ${server.rootUnitId}, responsibleOfficialId: $o) { id } }`, { o: official });
    expect(task.errors).toBeUndefined();
    const links = Array.from({ length: 20 }, () => `https://ví-dụ.vn/${'ệ'.repeat(1900)}`);
    const res = await server.gql('mutation($t: ID!, $l: [String!]) { createTaskUpdate(taskId: $t, state: IN_PROGRESS, evidenceLinks: $l) { id } }', { t: task.data.createTask.id, l: links }, { lang: 'en' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidenceLinks' });
    expect(res.errors?.[0].message).toBe('The evidence links is longer than 16383 characters.');
    const updates = await server.gql(`{ _allTaskUpdatesMeta { count } }`);
    expect(updates.data._allTaskUpdatesMeta.count).toBe(0);
  });

  it('a task\'s description and expected result share the creation\'s history row: 7691 characters each, and then the task is saved', async () => {
    const long = await server.gql(`mutation($d: String) { createTask(title: "Dài", leadUnitId: ${server.rootUnitId}, description: $d) { id } }`, { d: 'Ễ'.repeat(7692) });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'description' });
    expect(long.errors?.[0].message).toBe('Mô tả dài quá 7691 ký tự.');
    const fits = await server.gql(`mutation($t: String!, $d: String) { createTask(title: $t, leadUnitId: ${server.rootUnitId}, description: $d, expectedResult: $d) { id } }`, { t: 'Ệ'.repeat(500), d: 'Ễ'.repeat(7691) });
    expect(fits.errors).toBeUndefined();
    const events = await server.gql('query($t: ID!) { allTaskEvents(filter: { taskId: $t }) { action } }', { t: fits.data.createTask.id });
    expect(events.data.allTaskEvents).toEqual([{ action: 'CREATED' }]);
  });

  it('an indicator maximum of 999999999.99 is out of its column\'s range (hundredths in a 32-bit int)', async () => {
    const group = await server.gql('{ allIndicatorGroups(perPage: 1) { id } }');
    const res = await server.gql('mutation($g: ID!) { createIndicator(groupId: $g, code: "Z9", nameVi: "Thử", nameEn: "Test", max: "999999999.99") { id } }', { g: group.data.allIndicatorGroups[0].id });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'max' });
    expect(res.errors?.[0].message).toBe('Điểm tối đa phải từ -21474836 đến 21474836.');
  });

  it('a year of 2147483647 is refused as a year, in a mutation and in a query', async () => {
    const cycle = await server.gql(`mutation { createEvaluationCycle(year: 2147483647, unitId: ${server.rootUnitId}, opensOn: "2024-12-01", closesOn: "2024-12-14") { id } }`);
    expect(cycle.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(cycle.errors?.[0].message).toBe('Năm phải là một năm từ 2000 đến 9999.');
    const report = await server.gql(`{ indicatorRanking(unitId: ${server.rootUnitId}, year: 1999, periodKind: YEAR, periodNumber: 0) { rank } }`, {}, { lang: 'en' });
    expect(report.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});
