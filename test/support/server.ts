import 'reflect-metadata';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import pino from 'pino';
import { createApp } from '../../server/src/app.js';
import { Clock } from '../../server/src/clock.js';
import { Database } from '../../server/src/db/database.js';
import { dataSourceOptions, familyOf, openDataSource, type DatabaseSettings } from '../../server/src/db/data-source.js';
import { systemActor } from '../../server/src/auth/actor.js';
import { Role } from '../../server/src/auth/roles.js';
import { TokenService } from '../../server/src/auth/token.js';
import { DEMO_PASSWORD, seedDemo } from '../../server/src/demo/seed.js';
import { AccountService } from '../../server/src/modules/account/account.service.js';
import { UnitService } from '../../server/src/modules/unit/unit.service.js';
import { ensureCatalogues } from '../../server/src/modules/kpi/kpi-catalogue.service.js';
import { noteHistory } from '../../server/src/modules/history/history.js';

/**
 * A real server on a free port over a real, new database: an SQLite file in a temp folder, or
 * a MariaDB database created for this server (and dropped by `stop`) when TEST_DATABASE_URL
 * names a MariaDB server. Under CI a MariaDB that cannot be reached is a failure, never a skip.
 */
export interface TestServer {
  url: string;
  db: Database;
  clock: Clock;
  family: 'sqlite' | 'mariadb';
  /** Where the database is, for a test that opens a second connection (a second server). */
  settings: DatabaseSettings;
  /** Without the demo: the root unit everything hangs under, administered by the default account. */
  rootUnitId: string | null;
  /**
   * POSTs a GraphQL operation. `lang` sets Accept-Language; `actor` signs in as the account
   * registered for that official (see `register`), `token` uses a token as is (null: anonymous);
   * otherwise the default account (root administrator and leader, or the demo chairman).
   */
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: { lang?: string; actor?: number | string; token?: string | null }): Promise<GqlResult<T>>;
  login(username: string, password: string): Promise<string>;
  /** Remembers which account acts for an official, by its token. */
  register(officialId: string | number, token: string): void;
  stop(): Promise<void>;
}

export const TEST_PASSWORD = 'mat-khau-thu-1';

export interface GqlResult<T> {
  data: T | null;
  errors?: Array<{ message: string; extensions: { code: string; field?: string; reason?: string } }>;
}

let counter = 0;

async function freshDatabase(): Promise<{ settings: DatabaseSettings; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chidao-test-'));
    return { settings: { dataDir: dir }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `chidao_test_${process.pid}_${Date.now()}_${(counter += 1)}`;
  const admin = new DataSource(dataSourceOptions({ url: base, dataDir: '' }));
  await admin.initialize();
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    settings: { url: url.toString(), dataDir: '' },
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.destroy();
    },
  };
}

export async function startTestServer(
  options: { seed?: boolean; today?: string; adminDir?: string; tokenTtlMinutes?: number; maxComplexity?: number; introspection?: boolean; trustProxy?: boolean | number | string; log?: import('pino').Logger } = {},
): Promise<TestServer> {
  const { settings, drop } = await freshDatabase();
  const family = familyOf(settings);
  const dataSource = await openDataSource(settings);
  const db = new Database(dataSource, family);
  const clock = new Clock();
  const today = options.today ?? '2026-11-26';
  clock.set(`${today}T03:00:00.000Z`);
  await ensureCatalogues(db);
  let rootUnitId: string | null = null;
  if (options.seed) {
    await seedDemo(db, today, { accounts: true });
  } else {
    // Tests move the clock across years: sessions must outlive that unless a test says otherwise.
    const system = systemActor();
    const root = await new UnitService(db, system).create({ code: 'ROOT', name: 'Tỉnh Thử Nghiệm', kind: 'PROVINCE' as never });
    rootUnitId = String(root.id);
    const accounts = new AccountService(db, clock, new TokenService(db, clock, 60), system);
    const account = await accounts.create({ username: 'root', password: TEST_PASSWORD });
    for (const role of [Role.ADMIN, Role.LEADER, Role.HR]) await accounts.createRole({ accountId: String(account.id), role, unitId: rootUnitId });
    await db.transaction(async (m) => {
      await m.update('account', account.id, { passwordTemporary: false });
      noteHistory(m, 'account', [account.id], 'UPDATED');
    });
  }
  const { app, stop } = await createApp({
    db, clock, log: options.log ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), adminDir: options.adminDir,
    tokenTtlMinutes: options.tokenTtlMinutes ?? 60 * 24 * 365 * 20, maxComplexity: options.maxComplexity, introspection: options.introspection,
    trustProxy: options.trustProxy ?? false,
  });
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = async (query: string, variables: Record<string, unknown>, lang?: string, token?: string | null) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (lang) headers['accept-language'] = lang;
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as GqlResult<any>;
  };
  const login = async (username: string, password: string) => {
    const res = await post('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password });
    if (!res.data) throw new Error(`test login failed for ${username}: ${JSON.stringify(res.errors)}`);
    return res.data.login.token as string;
  };
  // on the demo, today's province leader: the work a visitor sees is today's (`chutich` leads the 2023 tree)
  const defaultToken = options.seed ? await login('lanhdaotinh', DEMO_PASSWORD) : await login('root', TEST_PASSWORD);
  const actors = new Map<string, string>();
  return {
    url,
    db,
    clock,
    family,
    settings,
    rootUnitId,
    login,
    register(officialId, token) {
      actors.set(String(officialId), token);
    },
    async gql(query, variables = {}, opts = {}) {
      let token: string | null = defaultToken;
      if (opts.token !== undefined) token = opts.token;
      else if (opts.actor !== undefined) {
        token = actors.get(String(opts.actor)) ?? null;
        if (!token) throw new Error(`no account registered for official ${opts.actor}`);
      }
      return post(query, variables, opts.lang, token);
    },
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
      await dataSource.destroy();
      await drop();
    },
  };
}
