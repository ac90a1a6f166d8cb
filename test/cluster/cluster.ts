import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pino from 'pino';
import { createApp } from '../../server/src/app.js';
import { Clock } from '../../server/src/clock.js';
import { Database } from '../../server/src/db/database.js';
import { openDataSource } from '../../server/src/db/data-source.js';
import type { GqlResult, TestServer } from '../support/server.js';

/**
 * The cluster of test/support/galera.sh: three nodes and HAProxy in front. The first server of a
 * test is an ordinary test server on node 1 (its own new database); `serverOn` starts another
 * server of the product on the same database through another node or HAProxy, as a second
 * machine would.
 */
export const NODES = (process.env.GALERA_NODES ?? 'mariadb://chidao:chidao@127.0.0.1:3311,mariadb://chidao:chidao@127.0.0.1:3312,mariadb://chidao:chidao@127.0.0.1:3313').split(',');
export const PROXY = process.env.GALERA_PROXY ?? 'mariadb://chidao:chidao@127.0.0.1:3320';
export const GALERA_SCRIPT = path.resolve(__dirname, '../support/galera.sh');

export function galera(...args: string[]): string {
  return execFileSync('bash', [GALERA_SCRIPT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Where test servers create their databases: node 1 (read by startTestServer). */
export function useNodeOne(): void {
  process.env.TEST_DATABASE_URL = `${NODES[0]}/test`;
}

export interface ClusterServer {
  name: string;
  url: string;
  db: Database;
  clock: Clock;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  /** What the server logged at warn or above (unexpected errors with their cause). */
  logged: Array<{ msg: string; err?: { message?: string; stack?: string } }>;
  stop(): Promise<void>;
}

/** Another server of the product on `base`'s database, reached through `address` (a node or HAProxy). */
export async function serverOn(base: TestServer, address: string, name: string, defaultToken: string): Promise<ClusterServer> {
  const url = new URL(base.settings.url!);
  const target = new URL(address);
  url.host = target.host;
  const dataSource = await openDataSource({ url: url.toString(), dataDir: '' });
  const db = new Database(dataSource, 'mariadb');
  const clock = new Clock();
  clock.set(base.clock.now());
  const logged: ClusterServer['logged'] = [];
  const log = pino({ level: 'warn' }, { write: (line: string) => void logged.push(JSON.parse(line)) });
  const { app, stop } = await createApp({ db, clock, log, tokenTtlMinutes: 60 * 24 * 365 * 20 });
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const httpUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    name,
    url: httpUrl,
    db,
    clock,
    logged,
    async gql(query, variables = {}, token = defaultToken) {
      const res = await fetch(`${httpUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResult<any>;
    },
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await stop();
      await dataSource.destroy();
    },
  };
}
