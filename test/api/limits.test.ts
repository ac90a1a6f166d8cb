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
