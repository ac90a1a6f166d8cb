import 'reflect-metadata';
import http from 'node:http';
import path from 'node:path';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { createApp } from './app.js';
import { Clock } from './clock.js';
import { Database } from './db/database.js';
import { familyOf, openDataSource } from './db/data-source.js';
import { DatabaseHealth, unavailable } from './db/health.js';
import { isEmpty, seedDemo } from './demo/seed.js';
import { Account } from './modules/account/account.entity.js';
import { baselineHistory } from './modules/history/history-verify.js';
import { ensureCatalogues } from './modules/kpi/kpi-catalogue.service.js';
import type { Settings } from './settings.js';

export interface Served {
  server: http.Server;
  /** Resolves once the database is open and the API answers. */
  ready: Promise<void>;
  /** Stops taking requests, finishes those in flight, then closes the database. */
  shutdown(): Promise<void>;
}

export interface ServeOptions {
  adminDir?: string;
  clock?: Clock;
  host?: string;
  /** First wait between attempts to reach the database; doubles up to 10 s. */
  retryMs?: number;
  /** How often an outage is probed for its end. */
  probeMs?: number;
  /** Longest wait for requests in flight at shutdown before their connections are cut. */
  drainMs?: number;
  /** SIGTERM and SIGINT shut down gracefully, then call `exit` (main passes process.exit). */
  signals?: { exit: (code: number) => void };
}

/**
 * The server process: the port opens at once, answering 503 (`/readyz`, the API) until the
 * database can be reached; it keeps trying, with a growing wait, and then runs the migrations and
 * serves. A later outage is handled by DatabaseHealth: fast refusals, recovery by itself.
 */
export async function serve(settings: Settings, log: Logger, options: ServeOptions = {}): Promise<Served> {
  const clock = options.clock ?? new Clock();
  let handler: http.RequestListener = (req, res) => {
    if (req.url === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok' }));
    } else if (req.url === '/readyz') {
      res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: stopping ? 'stopping' : 'starting' }));
    } else {
      unavailable(req, res);
    }
  };
  const starting = handler;
  const server = http.createServer((req, res) => handler(req, res));
  let stopping = false;
  let dataSource: DataSource | null = null;
  let health: DatabaseHealth | null = null;
  let stopApp: (() => Promise<void>) | null = null;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, options.host, () => resolve());
  });
  const family = familyOf(settings.database);

  const ready = (async () => {
    let wait = options.retryMs ?? 500;
    for (;;) {
      if (stopping) throw new Error('stopped before the database could be reached');
      try {
        dataSource = await openDataSource(settings.database);
        break;
      } catch (error) {
        log.warn({ err: error }, `database not reachable yet; trying again in ${Math.round(wait / 100) / 10} s`);
        await new Promise((resolve) => setTimeout(resolve, wait));
        wait = Math.min(wait * 2, 10_000);
      }
    }
    const db = new Database(dataSource, family);
    await ensureCatalogues(db);
    const entered = await baselineHistory(db);
    if (entered > 0) log.info(`${entered} record(s) older than the history log entered into it`);
    if (settings.demo && (await isEmpty(db))) {
      log.info('empty database: loading the demo data');
      await seedDemo(db, clock.today(), { accounts: true });
    }
    const temporary = await db.manager.countBy(Account, { passwordTemporary: true, disabled: false });
    if (temporary > 0) log.warn(`${temporary} account(s) still have a temporary password: ask their owners to sign in and change it`);
    if ((await db.manager.count(Account)) === 0) log.warn('there is no account yet: create the first administrator with `npm run create-admin -- <username>`');
    health = new DatabaseHealth(dataSource, options.probeMs ?? 1000, (up, error) => {
      if (up) log.info('database reachable again');
      else log.error({ err: error }, 'database out of reach: refusing requests until it answers');
    });
    const { app, stop } = await createApp({
      db, clock, log, adminDir: options.adminDir, health,
      introspection: settings.introspection, tokenTtlMinutes: settings.tokenTtlMinutes, maxComplexity: settings.maxComplexity,
      smtpUrl: settings.smtpUrl, smtpFrom: settings.smtpFrom, digestHour: settings.digestHour,
    });
    if (settings.smtpUrl) log.info(`daily e-mail digest on, from ${settings.digestHour}:00 Vietnam time`);
    stopApp = stop;
    if (!stopping) handler = app;
    const where = family === 'sqlite' ? path.join(settings.database.dataDir, 'chidao.sqlite') : 'MariaDB';
    log.info(`ready on http://localhost:${(server.address() as { port: number }).port} (admin at /, API at /graphql, database: ${where})`);
  })();
  ready.catch(() => undefined);

  let closing: Promise<void> | null = null;
  const shutdown = () => {
    closing ??= (async () => {
      stopping = true;
      log.info('stopping: finishing the requests in flight');
      // new requests (and keep-alive ones) get 503 while those running finish
      handler = (req, res) => (req.url === '/readyz' || req.url === '/healthz' ? starting(req, res) : (res.setHeader('connection', 'close'), unavailable(req, res)));
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const idle = setInterval(() => server.closeIdleConnections(), 100);
      const force = setTimeout(() => server.closeAllConnections(), options.drainMs ?? 20_000);
      await closed;
      clearInterval(idle);
      clearTimeout(force);
      health?.stop();
      if (stopApp) await stopApp();
      const ds = dataSource as DataSource | null;
      if (ds?.isInitialized) await ds.destroy();
    })();
    return closing;
  };
  if (options.signals) {
    const { exit } = options.signals;
    const onSignal = (signal: string) => {
      log.info(`${signal}: shutting down`);
      shutdown().then(() => exit(0), (error) => {
        log.error({ err: error }, 'shutdown failed');
        exit(1);
      });
    };
    process.once('SIGTERM', () => onSignal('SIGTERM'));
    process.once('SIGINT', () => onSignal('SIGINT'));
  }
  return { server, ready, shutdown };
}
