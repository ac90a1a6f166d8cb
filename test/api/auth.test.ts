import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFor, buildWorld, CREATE_TASK, vietnamTime, type World } from '../support/fixtures.js';
import { TEST_PASSWORD, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let w: World;

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt account { username passwordTemporary } } }`;
const ME = `{ me { username roles { role unitId } } }`;

beforeAll(async () => {
  server = await startTestServer({ tokenTtlMinutes: 60 });
  server.clock.set(vietnamTime('2026-11-26', '08:00:00'));
  w = await buildWorld(server);
});
afterAll(() => server?.stop());

const login = (u: string, p: string, lang?: string) => server.gql(LOGIN, { u, p }, { token: null, lang });

describe('signing in', () => {
  it('gives a token that works as a bearer and expires after its lifetime', async () => {
    const res = await login('truongxa-a', TEST_PASSWORD);
    const token = res.data.login.token;
    expect((await server.gql(ME, {}, { token })).data.me).toEqual({ username: 'truongxa-a', roles: [{ role: 'HEAD', unitId: w.communeA }] });
    server.clock.set(vietnamTime('2026-11-26', '08:59:00'));
    expect((await server.gql(ME, {}, { token })).errors).toBeUndefined();
    server.clock.set(vietnamTime('2026-11-26', '09:01:00'));
    const expired = await server.gql(ME, {}, { token });
    expect(expired.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(expired.errors?.[0].message).toContain('đăng nhập lại');
    server.clock.set(vietnamTime('2026-11-26', '08:00:00'));
  });

  it('renews a token before it expires', async () => {
    const token = (await login('truongxa-a', TEST_PASSWORD)).data.login.token;
    server.clock.set(vietnamTime('2026-11-26', '08:50:00'));
    const renewed = (await server.gql('mutation { renewToken { token } }', {}, { token })).data.renewToken.token;
    server.clock.set(vietnamTime('2026-11-26', '09:30:00'));
    expect((await server.gql(ME, {}, { token: renewed })).errors).toBeUndefined();
    expect((await server.gql(ME, {}, { token })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    server.clock.set(vietnamTime('2026-11-26', '08:00:00'));
  });

  it('answers the same for an unknown username, a wrong password and a locked account', async () => {
    const unknown = await login('khong-co-ai', 'sai-mat-khau');
    const wrong = await login('canbo-b', 'sai-mat-khau');
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
    expect(unknown.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const en = await login('khong-co-ai', 'x', 'en');
    expect(en.errors?.[0].message).toMatch(/^Wrong username or password/);
  });

  it('locks an account for 15 minutes after 5 failed attempts, even for the right password', async () => {
    await accountFor(server, 'bi-khoa', null, 'OFFICIAL', w.communeA);
    for (let i = 0; i < 5; i += 1) expect((await login('bi-khoa', 'sai')).errors).toBeDefined();
    const locked = await login('bi-khoa', TEST_PASSWORD);
    const unknown = await login('khong-co-ai', TEST_PASSWORD);
    expect(locked.errors?.[0]).toEqual(unknown.errors?.[0]);
    server.clock.set(vietnamTime('2026-11-26', '08:14:00'));
    expect((await login('bi-khoa', TEST_PASSWORD)).errors).toBeDefined();
    server.clock.set(vietnamTime('2026-11-26', '08:16:00'));
    expect((await login('bi-khoa', TEST_PASSWORD)).data?.login.token).toBeTruthy();
    server.clock.set(vietnamTime('2026-11-26', '08:00:00'));
  });

  it('counts failures afresh after a successful sign-in', async () => {
    await accountFor(server, 'quen-mk', null, 'OFFICIAL', w.communeA);
    for (let i = 0; i < 4; i += 1) await login('quen-mk', 'sai');
    expect((await login('quen-mk', TEST_PASSWORD)).data?.login).toBeTruthy();
    for (let i = 0; i < 4; i += 1) await login('quen-mk', 'sai');
    expect((await login('quen-mk', TEST_PASSWORD)).data?.login).toBeTruthy();
  });
});

describe('account life', () => {
  it('a disabled account cannot sign in and its open sessions stop working', async () => {
    const token = await accountFor(server, 'nghi-viec', null, 'OFFICIAL', w.communeA);
    const id = (await server.gql(`{ allAccounts(filter: { q: "nghi-viec" }) { id } }`)).data.allAccounts[0].id;
    await server.gql(`mutation($id: ID!) { updateAccount(id: $id, disabled: true) { id } }`, { id });
    expect((await server.gql(ME, {}, { token })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await login('nghi-viec', TEST_PASSWORD)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('a temporary password allows nothing but seeing oneself and choosing a new one', async () => {
    const res = await server.gql(`mutation { createAccount(username: "tam-thoi", password: "${TEST_PASSWORD}") { id } }`);
    const id = res.data.createAccount.id;
    await server.gql(`mutation($a: ID!, $u: ID!) { createAccountRole(accountId: $a, role: HEAD, unitId: $u) { id } }`, { a: id, u: w.communeA });
    const session = (await login('tam-thoi', TEST_PASSWORD)).data.login;
    expect(session.account.passwordTemporary).toBe(true);
    const blocked = await server.gql('{ allTasks { id } }', {}, { token: session.token });
    expect(blocked.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(blocked.errors?.[0].message).toContain('mật khẩu tạm');
    expect((await server.gql(ME, {}, { token: session.token })).data.me.username).toBe('tam-thoi');
    const changed = await server.gql(`mutation { changePassword(currentPassword: "${TEST_PASSWORD}", newPassword: "mat-khau-rieng-1") { token } }`, {}, { token: session.token });
    expect((await server.gql('{ allTasks { id } }', {}, { token: changed.data.changePassword.token })).errors).toBeUndefined();
  });

  it('login answers with the account\'s roles and official', async () => {
    const res = await server.gql(`mutation { login(username: "truongxa-a", password: "${TEST_PASSWORD}") { account { roles { role unit { id } } official { id } } } }`, {}, { token: null });
    expect(res.data.login.account).toEqual({ roles: [{ role: 'HEAD', unit: { id: w.communeA } }], official: { id: w.headA } });
  });

  it('a weak password names the argument that holds it', async () => {
    const res = await server.gql(`mutation { createAccount(username: "yeu", password: "ngan") { id } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
  });

  it('changing a password needs the current one, ends other sessions and clears the temporary flag', async () => {
    await server.gql(`mutation { createAccount(username: "doi-mk", password: "${TEST_PASSWORD}") { id } }`);
    const first = (await login('doi-mk', TEST_PASSWORD)).data.login.token;
    expect((await login('doi-mk', TEST_PASSWORD)).data.login.account.passwordTemporary).toBe(true);
    const wrong = await server.gql(`mutation { changePassword(currentPassword: "sai", newPassword: "mat-khau-moi-9") { token } }`, {}, { token: first });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const weak = await server.gql(`mutation { changePassword(currentPassword: "${TEST_PASSWORD}", newPassword: "ngan") { token } }`, {}, { token: first });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const second = (await login('doi-mk', TEST_PASSWORD)).data.login.token;
    const changed = await server.gql(`mutation { changePassword(currentPassword: "${TEST_PASSWORD}", newPassword: "mat-khau-moi-9") { token account { passwordTemporary } } }`, {}, { token: second });
    expect(changed.data.changePassword.account.passwordTemporary).toBe(false);
    expect((await server.gql(ME, {}, { token: first })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await server.gql(ME, {}, { token: changed.data.changePassword.token })).errors).toBeUndefined();
    expect((await login('doi-mk', TEST_PASSWORD)).errors).toBeDefined();
    expect((await login('doi-mk', 'mat-khau-moi-9')).data.login.token).toBeTruthy();
  });

  it('an administrator resets a password to a temporary one', async () => {
    await accountFor(server, 'quen-han', null, 'OFFICIAL', w.communeA);
    const id = (await server.gql(`{ allAccounts(filter: { q: "quen-han" }) { id } }`)).data.allAccounts[0].id;
    const res = await server.gql(`mutation($id: ID!) { resetPassword(id: $id, newPassword: "tam-thoi-789") { passwordTemporary } }`, { id });
    expect(res.data.resetPassword.passwordTemporary).toBe(true);
    expect((await login('quen-han', 'tam-thoi-789')).data.login.account.passwordTemporary).toBe(true);
  });

  it('logging out ends the session', async () => {
    const token = (await login('canbo-b', TEST_PASSWORD)).data.login.token;
    expect((await server.gql('mutation { logout }', {}, { token })).data.logout).toBe(true);
    expect((await server.gql(ME, {}, { token })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    server.register(w.officialB, (await login('canbo-b', TEST_PASSWORD)).data.login.token);
  });

  it('keeps the session in an httpOnly, SameSite cookie for the panel', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { u: 'canbo-a', p: TEST_PASSWORD } }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/chidao_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await fetch(`${server.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] },
      body: JSON.stringify({ query: ME }),
    });
    expect((await me.json()).data.me.username).toBe('canbo-a');
  });
});

describe('a head of one commune cannot reach another commune\'s tasks by guessing', () => {
  let taskB: string;
  let head: string;
  beforeAll(async () => {
    taskB = (await server.gql(CREATE_TASK, { title: 'Việc riêng của xã Bản Bó', leadUnitId: w.communeB, assigneeIds: [w.officialB] })).data.createTask.id;
    head = (await login('truongxa-a', TEST_PASSWORD)).data.login.token;
  });
  const as = (q: string, v: Record<string, unknown> = {}) => server.gql(q, v, { token: head });

  it('by id', async () => {
    expect((await as(`query($id: ID!) { Task(id: $id) { title } }`, { id: taskB })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await as(`mutation($id: ID!) { updateTask(id: $id, version: 1, title: "x") { id } }`, { id: taskB })).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
  it('through filters and filter.ids', async () => {
    expect((await as(`query($u: ID) { allTasks(filter: { unitId: $u }) { id } }`, { u: w.communeB })).data.allTasks).toEqual([]);
    expect((await as(`query($ids: [ID!]) { allTasks(filter: { ids: $ids }) { id } }`, { ids: [taskB] })).data.allTasks).toEqual([]);
    expect((await as(`{ allTasks(filter: { q: "ban bo" }) { id } }`)).data.allTasks).toEqual([]);
    expect((await as(`query($o: ID) { _allTasksMeta(filter: { assigneeId: $o }) { count } }`, { o: w.officialB })).data._allTasksMeta.count).toBe(0);
  });
  it('through nested lists (history, progress reports)', async () => {
    expect((await as(`query($t: ID) { allTaskEvents(filter: { taskId: $t }) { id } }`, { t: taskB })).data.allTaskEvents).toEqual([]);
    expect((await as(`query($t: ID) { allTaskUpdates(filter: { taskId: $t }) { id } }`, { t: taskB })).data.allTaskUpdates).toEqual([]);
  });
  it('through the summary, of the other commune or of the district above', async () => {
    expect((await as(`query($u: ID!) { taskSummary(unitId: $u) { total } }`, { u: w.communeB })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await as(`query($u: ID!) { taskSummary(unitId: $u) { total } }`, { u: w.district })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await as(`query($u: ID!) { taskSummary(unitId: $u) { total } }`, { u: w.communeA })).errors).toBeUndefined();
  });
  it('and says why in a sentence the user can act on', async () => {
    const res = await as(`query($u: ID!) { taskSummary(unitId: $u) { total } }`, { u: w.communeB });
    expect(res.errors?.[0].message).toContain('Xã Bản Bó');
    expect(res.errors?.[0].message).toContain('quản trị viên');
  });
});

describe('hardening', () => {
  it('limits query depth to 10', async () => {
    const deep = `{ allUnits { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } }`;
    const res = await server.gql(deep);
    expect(res.errors?.[0].message).toMatch(/depth/i);
  });

  it('admits the panel\'s own 1000-row export and refuses a query that multiplies pages', async () => {
    const fields = 'id title description state timeliness deadline originalDeadline startDate percentDone version weight expectedResult reportedDoneOn completedOn exceeded returnCount createdAt updatedAt leadUnitId responsibleOfficialId directiveId coordinatingUnitIds assigneeIds leadUnit { id } responsibleOfficial { id } createdBy { id } directive { id } assignees { id } coordinatingUnits { id }';
    const panel = await server.gql(`{ items: allTasks(perPage: 1000) { ${fields} } total: _allTasksMeta { count } }`);
    expect(panel.errors).toBeUndefined();
    const greedy = await server.gql(`{ a: allTasks(perPage: 1000) { ${fields} } b: allTasks(perPage: 1000) { ${fields} } c: allTasks(perPage: 1000) { ${fields} } }`);
    expect(greedy.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('introspection', () => {
  it('is off when the setting says so (production default)', async () => {
    const prod = await startTestServer({ introspection: false });
    try {
      const res = await prod.gql('{ __schema { queryType { name } } }');
      expect(res.errors?.[0].message).toMatch(/introspection/i);
    } finally {
      await prod.stop();
    }
  });
});
