import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFor, buildWorld, CREATE_TASK, REPORT, vietnamTime, type World } from '../support/fixtures.js';
import { TEST_PASSWORD, startTestServer, type TestServer } from '../support/server.js';

/** The log of a run with LOG_SQL on, captured line by line: JSON, with request ids, and no secrets. */
const lines: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});
let server: TestServer;
let w: World;

beforeAll(async () => {
  process.env.LOG_SQL = '1';
  server = await startTestServer({ log: pino({ level: 'info' }, sink) });
  server.clock.set(vietnamTime('2026-11-20'));
  w = await buildWorld(server);
});
afterAll(async () => {
  delete process.env.LOG_SQL;
  await server?.stop();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { res, json: (await res.json()) as any };
}

describe('the log', () => {
  it('is JSON, each request line carries the id the response returns, and no password, token or cookie appears', async () => {
    const secret = 'Mat-khau-bi-mat-77';
    const before = lines.length;
    // sign in (right and wrong), change a password, create and report on a task, a failing call
    const login = await post({ query: `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, variables: { u: 'truongxa-a', p: TEST_PASSWORD } });
    const token = login.json.data.login.token as string;
    const cookie = (login.res.headers.get('set-cookie') ?? '').split(';')[0];
    await post({ query: `mutation { login(username: "truongxa-a", password: "${secret}") { token } }` });
    const changed = await post({ query: `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token } }`, variables: { c: TEST_PASSWORD, n: secret } }, { authorization: `Bearer ${token}` });
    const token2 = changed.json.data.changePassword.token as string;
    const task = await post({ query: CREATE_TASK, variables: { title: 'Việc có nhật ký', leadUnitId: w.communeA, assigneeIds: [w.officialA] } }, { cookie: `chidao_session=${token2}` });
    expect(task.json.errors).toBeUndefined();
    await post({ query: REPORT, variables: { taskId: task.json.data.createTask.id, state: 'IN_PROGRESS', percentDone: 40 } }, { authorization: `Bearer ${token2}` });
    await accountFor(server, 'nhat-ky', null, 'OFFICIAL', w.communeA);
    const traced = await post({ query: '{ me { username } }' }, { authorization: `Bearer ${token2}`, 'x-request-id': 'proxy-id-42' });
    expect(traced.res.headers.get('x-request-id')).toBe('proxy-id-42');

    const run = lines.slice(before);
    expect(run.length).toBeGreaterThan(20);
    const parsed = run.map((l) => JSON.parse(l) as { reqId?: string; msg: string; sql?: string });
    // SQL is logged (LOG_SQL) and every line of this run was written inside a request
    expect(parsed.filter((p) => p.msg === 'sql').length).toBeGreaterThan(10);
    expect(parsed.filter((p) => !p.reqId)).toEqual([]);
    expect(parsed.filter((p) => p.reqId === 'proxy-id-42').map((p) => p.msg)).toContain('request');
    // the id in the response header is the one on the lines of that request
    expect(parsed.some((p) => p.reqId === login.res.headers.get('x-request-id') && p.msg === 'sql')).toBe(true);
    const text = run.join('\n');
    for (const leak of [TEST_PASSWORD, secret, token, token2, cookie.split('=')[1], 'scrypt$']) expect(text).not.toContain(leak);
  });
});
