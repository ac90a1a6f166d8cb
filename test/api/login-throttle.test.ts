import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginAttempt } from '../../server/src/modules/account/login-attempt.entity.js';
import { accountFor, buildWorld, vietnamTime, type World } from '../support/fixtures.js';
import { TEST_PASSWORD, startTestServer, type TestServer } from '../support/server.js';

/**
 * Sign-in under attack, on SQLite and (with TEST_DATABASE_URL) MariaDB. The server trusts the
 * loopback proxy here, so each request says through X-Forwarded-For which address it comes from.
 */
let server: TestServer;
let w: World;

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;

async function loginFrom(address: string, username: string, password: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...headers },
    body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }),
  });
  const body = (await res.json()) as { data: { login: { token: string } } | null; errors?: Array<{ message: string; extensions: { code: string } }> };
  return { body, cookie: res.headers.get('set-cookie') ?? '' };
}
const signedIn = (r: Awaited<ReturnType<typeof loginFrom>>) => Boolean(r.body.data?.login.token);
const attempts = (username: string, source: string) => server.db.manager.findOneBy(LoginAttempt, { username, source });

beforeAll(async () => {
  server = await startTestServer({ trustProxy: 'loopback' });
  server.clock.set(vietnamTime('2026-11-26', '08:00:00'));
  w = await buildWorld(server);
}, 120_000);
afterAll(() => server?.stop());

describe('a burst of parallel guesses', () => {
  it('30 at once, the right one last: not signed in, at most 5 passwords checked, then locked for that address', async () => {
    await accountFor(server, 'nan-nhan', null, 'OFFICIAL', w.communeA);
    const wrong = Array.from({ length: 29 }, (_, i) => loginFrom('198.51.100.7', 'nan-nhan', `doan-sai-${i}`));
    // "last": sent once the wrong ones have taken their tries, while they are still being checked
    for (let i = 0; i < 400 && ((await attempts('nan-nhan', '198.51.100.7'))?.failures ?? 0) < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
    const right = loginFrom('198.51.100.7', 'nan-nhan', TEST_PASSWORD);
    const results = await Promise.all([...wrong, right]);
    expect(results.filter(signedIn)).toHaveLength(0);
    const row = await attempts('nan-nhan', '198.51.100.7');
    expect(row?.failures).toBe(5);
    expect(row?.lockedUntil).not.toBeNull();
    // every answer is the same sentence, locked or wrong
    expect([...new Set(results.map((r) => r.body.errors?.[0].message))]).toHaveLength(1);
    // the right password from that address stays refused until the lock runs out
    expect(signedIn(await loginFrom('198.51.100.7', 'nan-nhan', TEST_PASSWORD))).toBe(false);
  });
});

describe('a stranger cannot lock the owner out', () => {
  it('a lock from one address does not block another: the owner signs in from their own', async () => {
    await accountFor(server, 'chu-tk', null, 'OFFICIAL', w.communeA);
    for (let i = 0; i < 6; i += 1) await loginFrom('203.0.113.66', 'chu-tk', 'sai-mat-khau');
    expect(signedIn(await loginFrom('203.0.113.66', 'chu-tk', TEST_PASSWORD))).toBe(false);
    expect(signedIn(await loginFrom('192.0.2.10', 'chu-tk', TEST_PASSWORD))).toBe(true);
    // and the owner's success does not lift the stranger's lock
    expect(signedIn(await loginFrom('203.0.113.66', 'chu-tk', TEST_PASSWORD))).toBe(false);
  });

  it('accounts stay open to its owner after 6 anonymous guesses each', async () => {
    const names = ['tk-a', 'tk-b'];
    for (const n of names) await accountFor(server, n, null, 'OFFICIAL', w.communeA);
    await Promise.all(names.flatMap((n) => Array.from({ length: 6 }, () => loginFrom('203.0.113.99', n, 'doan-bua'))));
    const owners = await Promise.all(names.map((n) => loginFrom('192.0.2.20', n, TEST_PASSWORD)));
    expect(owners.filter(signedIn)).toHaveLength(names.length);
  });

  it('an unknown name and a known one answer alike, and both are throttled', async () => {
    const unknown = await loginFrom('203.0.113.5', 'khong-ton-tai', 'x');
    const known = await loginFrom('203.0.113.5', 'chu-tk', 'x');
    expect(unknown.body.errors?.[0]).toEqual(known.body.errors?.[0]);
    expect((await attempts('khong-ton-tai', '203.0.113.5'))?.failures).toBe(1);
  });
});

describe('an administrator unlocks', () => {
  it('lifts the lock of every address; the right password then works from there', async () => {
    await accountFor(server, 'bi-khoa-x', null, 'OFFICIAL', w.communeA);
    for (let i = 0; i < 5; i += 1) await loginFrom('198.51.100.30', 'bi-khoa-x', 'sai');
    expect(signedIn(await loginFrom('198.51.100.30', 'bi-khoa-x', TEST_PASSWORD))).toBe(false);
    const id = (await server.gql(`{ allAccounts(filter: { q: "bi-khoa-x" }) { id lockedUntil } }`)).data.allAccounts[0];
    expect(id.lockedUntil).not.toBeNull();
    const unlocked = await server.gql(`mutation($id: ID!) { unlockAccount(id: $id) { username lockedUntil } }`, { id: id.id });
    expect(unlocked.data.unlockAccount).toEqual({ username: 'bi-khoa-x', lockedUntil: null });
    expect(signedIn(await loginFrom('198.51.100.30', 'bi-khoa-x', TEST_PASSWORD))).toBe(true);
  });

  it('only an administrator, of the account\'s scope', async () => {
    const id = (await server.gql(`{ allAccounts(filter: { q: "bi-khoa-x" }) { id } }`)).data.allAccounts[0].id;
    const head = await server.gql(`mutation($id: ID!) { unlockAccount(id: $id) { id } }`, { id }, { actor: w.headA });
    expect(head.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('behind a TLS proxy', () => {
  it('the cookie is Secure when a trusted proxy says the request came over https', async () => {
    const tls = await loginFrom('192.0.2.30', 'canbo-a', TEST_PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(tls.cookie).toMatch(/;\s*Secure/i);
    const plain = await loginFrom('192.0.2.30', 'canbo-a', TEST_PASSWORD);
    expect(plain.cookie).not.toMatch(/;\s*Secure/i);
  });

  it('without TRUST_PROXY the forwarded headers count for nothing', async () => {
    const direct = await startTestServer();
    try {
      const res = await fetch(`${direct.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.1' },
        body: JSON.stringify({ query: LOGIN, variables: { u: 'root', p: 'sai-mat-khau' } }),
      });
      await res.json();
      expect(await direct.db.manager.findOneBy(LoginAttempt, { username: 'root', source: '203.0.113.1' })).toBeNull();
      const ok = await fetch(`${direct.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ query: LOGIN, variables: { u: 'root', p: TEST_PASSWORD } }),
      });
      expect(ok.headers.get('set-cookie') ?? '').not.toMatch(/;\s*Secure/i);
    } finally {
      await direct.stop();
    }
  });
});
