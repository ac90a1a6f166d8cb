import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

/** How the panel is served: compressed, hashed assets cached for a year, index.html revalidated. */
let server: TestServer;
let dir: string;
const script = `console.log(${JSON.stringify('Chỉ đạo '.repeat(2000))});`;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chidao-admin-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html><head><script src="/assets/index-3f2a91c4.js"></script></head><body>${'<div></div>'.repeat(300)}</body></html>`);
  fs.writeFileSync(path.join(dir, 'assets', 'index-3f2a91c4.js'), script);
  server = await startTestServer({ adminDir: dir });
});
afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('serving the panel', () => {
  it('sends hashed assets gzip-compressed and cacheable for a year', async () => {
    const res = await fetch(`${server.url}/assets/index-3f2a91c4.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe(script);
  });

  it('revalidates index.html, at / and at any route of the panel; a missing asset is a 404, not the page', async () => {
    for (const route of ['/', '/index.html', '/tasks/12/show']) {
      const res = await fetch(`${server.url}${route}`, { headers: { 'accept-encoding': 'gzip' } });
      expect([route, res.status, res.headers.get('cache-control')]).toEqual([route, 200, 'no-cache']);
      expect(res.headers.get('content-encoding')).toBe('gzip');
    }
    expect((await fetch(`${server.url}/assets/index-00000000.js`)).status).toBe(404);
  });

  it('compresses API answers too, and tells every cache not to keep them', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ __schema { types { name description } } }' }),
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('dates in server messages', () => {
  it('follow the reader’s language: dd/MM/yyyy in Vietnamese', async () => {
    const query = `mutation($u: ID!) { createTask(title: "Việc thử", leadUnitId: $u, startDate: "2026-11-05", deadline: "2026-11-01") { id } }`;
    const vi = await server.gql(query, { u: server.rootUnitId });
    expect(vi.errors?.[0].message).toBe('Thời hạn (01/11/2026) không được trước ngày bắt đầu (05/11/2026).');
    const en = await server.gql(query, { u: server.rootUnitId }, { lang: 'en' });
    expect(en.errors?.[0].message).toBe('The deadline (1 Nov 2026) cannot be before the start date (5 Nov 2026).');
  });
});
