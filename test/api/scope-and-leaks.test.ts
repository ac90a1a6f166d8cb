import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFor, buildWorld, CREATE_TASK, vietnamTime, type World } from '../support/fixtures.js';
import { TEST_PASSWORD, startTestServer, type TestServer } from '../support/server.js';

/**
 * An administrator of one commune stays inside it, and nothing out of a reader's scope shows
 * through: deleted tasks, unit ratings, field names. Introspection is off here, as in production.
 */
let server: TestServer;
let w: World;
let admin: string;
let head: string;

async function root<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await server.gql(query, variables);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}
const as = (token: string, query: string, variables: Record<string, unknown> = {}) => server.gql(query, variables, { token });
const codeOf = (res: { errors?: Array<{ extensions: { code: string } }> }) => res.errors?.[0]?.extensions.code ?? 'ok';

beforeAll(async () => {
  server = await startTestServer({ introspection: false });
  server.clock.set(vietnamTime('2026-11-20'));
  w = await buildWorld(server);
  admin = await accountFor(server, 'qt-xa', null, 'ADMIN', w.communeA);
  head = await server.login('truongxa-a', TEST_PASSWORD);
});
afterAll(() => server?.stop());

describe('an administrator over one commune', () => {
  it('sees only the accounts of officials working in it, and its own', async () => {
    const res = await as(admin, `{ allAccounts(perPage: 100) { username } _allAccountsMeta { count } }`);
    expect(res.data.allAccounts.map((a: { username: string }) => a.username).sort()).toEqual(['canbo-a', 'qt-xa', 'truongxa-a']);
    expect(res.data._allAccountsMeta.count).toBe(3);
    const roles = await as(admin, `{ allAccountRoles(perPage: 100) { unitId } }`);
    expect(roles.data.allAccountRoles.map((r: { unitId: string }) => r.unitId)).toEqual([w.communeA, w.communeA, w.communeA]);
  });

  it('cannot open the chairman\'s account by id: it answers like one that does not exist', async () => {
    const chairmanAccount = (await root(`{ allAccounts(filter: { q: "chutich" }) { id roles { id } } }`)).allAccounts[0];
    const hidden = await as(admin, `query($id: ID!) { Account(id: $id) { id } }`, { id: chairmanAccount.id });
    const missing = await as(admin, `query($id: ID!) { Account(id: $id) { id } }`, { id: '987654' });
    expect(codeOf(hidden)).toBe('NOT_FOUND');
    expect(hidden.errors?.[0].message.replace(chairmanAccount.id, '#')).toBe(missing.errors?.[0].message.replace('987654', '#'));
    expect(codeOf(await as(admin, `query($id: ID!) { AccountRole(id: $id) { id } }`, { id: chairmanAccount.roles[0].id }))).toBe('NOT_FOUND');
  });

  it('cannot give the chairman a post in its commune, rename him, open an account or grant a role for him', async () => {
    const chairmanAccount = (await root(`{ allAccounts(filter: { q: "chutich" }) { id } }`)).allAccounts[0].id;
    const tries = [
      await as(admin, `mutation($o: ID!, $u: ID!) { createOfficialAssignment(officialId: $o, unitId: $u, position: "Kiêm nhiệm", role: MEMBER, dutyGroup: OTHER, validFrom: "2026-01-01") { id } }`, { o: w.chairman, u: w.communeA }),
      await as(admin, `mutation($id: ID!) { updateOfficial(id: $id, fullName: "Tên Khác") { id } }`, { id: w.chairman }),
      await as(admin, `mutation($o: ID!) { createAccount(username: "gia-chu-tich", password: "${TEST_PASSWORD}", officialId: $o) { id } }`, { o: w.chairman }),
      await as(admin, `mutation($a: ID!, $u: ID!) { createAccountRole(accountId: $a, role: HEAD, unitId: $u) { id } }`, { a: chairmanAccount, u: w.communeA }),
    ];
    expect(tries.map(codeOf)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(tries[0].errors?.[0].message).toContain('UBND huyện Thử Nghiệm');
    expect((await root(`query($id: ID!) { Official(id: $id) { fullName } }`, { id: w.chairman })).Official.fullName).toBe('Nguyễn Ngọc Chủ');
    expect((await root(`{ allAccounts(filter: { q: "gia-chu-tich" }) { id } }`)).allAccounts).toEqual([]);
  });

  it('a transfer needs scope over both sides', async () => {
    const out = await as(admin, `mutation($o: ID!, $u: ID!) { createOfficialAssignment(officialId: $o, unitId: $u, position: "Chuyển đến", role: MEMBER, dutyGroup: OTHER, validFrom: "2026-12-01") { id } }`, { o: w.officialA, u: w.communeB });
    const into = await as(admin, `mutation($o: ID!, $u: ID!) { createOfficialAssignment(officialId: $o, unitId: $u, position: "Chuyển đến", role: MEMBER, dutyGroup: OTHER, validFrom: "2026-12-01") { id } }`, { o: w.officialB, u: w.communeA });
    const post = (await root(`query($o: ID) { allOfficialAssignments(filter: { officialId: $o }) { id } }`, { o: w.officialA })).allOfficialAssignments[0].id;
    const moved = await as(admin, `mutation($id: ID!, $u: ID) { updateOfficialAssignment(id: $id, unitId: $u) { id } }`, { id: post, u: w.communeB });
    expect([out, into, moved].map(codeOf)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    // within its commune it still does its job
    expect(codeOf(await as(admin, `mutation($id: ID!) { updateOfficial(id: $id, fullName: "Nguyễn Văn Ấn") { id } }`, { id: w.officialA }))).toBe('ok');
    expect(codeOf(await as(admin, `mutation($o: ID!) { createAccount(username: "canbo-a-2", password: "${TEST_PASSWORD}", officialId: $o) { id } }`, { o: w.officialA }))).toBe('ok');
  });
});

describe('what a reader out of scope cannot tell', () => {
  it('a deleted task of another commune answers exactly like a missing one, through every operation that takes its id', async () => {
    const other = (await root(CREATE_TASK, { title: 'Việc xã Bản Bó đã xóa', leadUnitId: w.communeB, assigneeIds: [w.officialB] })).createTask.id;
    await root(`mutation($id: ID!) { deleteTask(id: $id) { id } }`, { id: other });
    const indicator = (await root(`{ allIndicators(perPage: 1) { id } }`)).allIndicators[0].id;
    const operations: Array<[string, string, Record<string, unknown>]> = [
      ['Task', `query($id: ID!) { Task(id: $id) { id } }`, {}],
      ['updateTask', `mutation($id: ID!) { updateTask(id: $id, version: 2, title: "x") { id } }`, {}],
      ['deleteTask', `mutation($id: ID!) { deleteTask(id: $id) { id } }`, {}],
      ['acceptTask', `mutation($id: ID!) { acceptTask(id: $id) { id } }`, {}],
      ['returnTask', `mutation($id: ID!) { returnTask(id: $id, reason: "Thiếu") { id } }`, {}],
      ['createTaskUpdate', `mutation($id: ID!) { createTaskUpdate(taskId: $id, state: IN_PROGRESS, percentDone: 10) { id } }`, {}],
      ['createTaskIndicatorTarget', `mutation($id: ID!, $i: ID!) { createTaskIndicatorTarget(taskId: $id, indicatorId: $i, target: "90") { id } }`, { i: indicator }],
    ];
    // as the head, an official and the administrator of the other commune: 3 × 7 probes
    const readers = { HEAD: head, OFFICIAL: await server.login('canbo-a', TEST_PASSWORD), ADMIN: admin };
    const leaks: string[] = [];
    for (const [role, token] of Object.entries(readers)) {
      for (const [name, query, extra] of operations) {
        const deleted = await as(token, query, { id: other, ...extra });
        const missing = await as(token, query, { id: '987654', ...extra });
        const same = codeOf(deleted) !== 'ok' && codeOf(deleted) === codeOf(missing)
          && deleted.errors?.[0].message.replace(other, '#') === missing.errors?.[0].message.replace('987654', '#');
        if (!same) leaks.push(`${role} ${name}`);
      }
    }
    expect(leaks).toEqual([]);
    // in its own scope a deleted task still says so
    const own = (await root(CREATE_TASK, { title: 'Việc xã Đồng Ánh đã xóa', leadUnitId: w.communeA })).createTask.id;
    await root(`mutation($id: ID!) { deleteTask(id: $id) { id } }`, { id: own });
    expect((await as(head, `query($id: ID!) { Task(id: $id) { id } }`, { id: own })).errors?.[0].message).toContain('đã bị xóa');
  });

  it('a commune head reads the ratings of the commune, not of the district above it', async () => {
    await root(`mutation($u: ID!) { createEvaluationCycle(year: 2026, unitId: $u, opensOn: "2026-12-01", closesOn: "2026-12-14") { id } }`, { u: w.district });
    const all = (await root(`{ allUnitRatings(filter: { year: 2026 }, perPage: 100) { unitId } }`)).allUnitRatings.map((r: { unitId: string }) => r.unitId);
    expect(all).toContain(w.district);
    const seen = await as(head, `{ allUnitRatings(filter: { year: 2026 }, perPage: 100) { unitId evidence } _allUnitRatingsMeta(filter: { year: 2026 }) { count } }`);
    expect(seen.data.allUnitRatings.map((r: { unitId: string }) => r.unitId)).toEqual([w.communeA]);
    expect(seen.data._allUnitRatingsMeta.count).toBe(1);
    const byUnit = await as(head, `query($u: ID) { allUnitRatings(filter: { unitId: $u, year: 2026 }) { id } }`, { u: w.district });
    expect(byUnit.data.allUnitRatings).toEqual([]);
  });

  it('with introspection off, a wrong field name gets no suggestion of the right one', async () => {
    const res = await server.gql(`{ allTask { id } }`);
    expect(res.errors?.[0].message).toMatch(/allTask/);
    expect(res.errors?.[0].message).not.toMatch(/Did you mean/i);
    expect(res.errors?.[0].message).not.toMatch(/allTasks/);
  });
});
