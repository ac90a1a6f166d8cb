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
import { seedDemo } from '../../server/src/demo/seed.js';

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
  /** POSTs a GraphQL operation; `lang` sets Accept-Language, `actor` the acting official. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: { lang?: string; actor?: number | string }): Promise<GqlResult<T>>;
  stop(): Promise<void>;
}

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

export async function startTestServer(options: { seed?: boolean; today?: string; adminDir?: string } = {}): Promise<TestServer> {
  const { settings, drop } = await freshDatabase();
  const family = familyOf(settings);
  const dataSource = await openDataSource(settings);
  const db = new Database(dataSource, family);
  const clock = new Clock();
  const today = options.today ?? '2026-11-26';
  clock.set(`${today}T03:00:00.000Z`);
  if (options.seed) await seedDemo(db, today);
  const { app, stop } = await createApp({ db, clock, log: pino({ level: 'silent' }), adminDir: options.adminDir });
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    clock,
    family,
    async gql(query, variables = {}, opts = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (opts.lang) headers['accept-language'] = opts.lang;
      if (opts.actor !== undefined) headers['x-acting-official'] = String(opts.actor);
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return (await res.json()) as never;
    },
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
      await dataSource.destroy();
      await drop();
    },
  };
}
