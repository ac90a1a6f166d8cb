import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { ANONYMOUS, type Actor } from './auth/actor.js';
import { TokenService } from './auth/token.js';
import type { Clock } from './clock.js';
import type { Database } from './db/database.js';
import { unavailable, unavailablePlugin, type DatabaseHealth } from './db/health.js';
import type { Context } from './graphql/context.js';
import { createFormatError } from './graphql/format-error.js';
import { createLoaders } from './graphql/loaders.js';
import { complexityPlugin, depthRule, MAX_TOKENS } from './graphql/limits.js';
import { appSchema } from './graphql/schema.js';
import { AccountService } from './modules/account/account.service.js';
import { SESSION_COOKIE } from './modules/account/account.resolver.js';
import { langFromAcceptLanguage, requestLang } from './i18n/lang.js';
import { Scheduler, type ScheduledJob } from './jobs/scheduler.js';
import { digestJob } from './modules/alert/alert-digest.js';
import { parseTrustProxy } from './settings.js';
import { currentLog, requestLogging, safeError, setBaseLog } from './logging.js';

export interface AppOptions {
  db: Database;
  clock: Clock;
  log: Logger;
  /** The built admin panel, served at `/` when present. */
  adminDir?: string;
  /** Schema introspection; off in production unless enabled by a setting. */
  introspection?: boolean;
  tokenTtlMinutes?: number;
  maxComplexity?: number;
  /** Whether the database answers; without it, /readyz asks the database each time. */
  health?: DatabaseHealth;
  /** The daily e-mail digest goes out over this SMTP server; none: no e-mail. */
  smtpUrl?: string;
  smtpFrom?: string;
  /** Hour of the Vietnam day from which the digest is sent (default 7). */
  digestHour?: number;
  /** Start the scheduler's timer (default true); tests tick it by hand. */
  startScheduler?: boolean;
  /** Express `trust proxy` (see settings.ts); TRUST_PROXY when not given. */
  trustProxy?: boolean | number | string;
}

/** The bearer token of a request: `Authorization: Bearer …` for API clients, else the panel's cookie. */
function tokenOf(req: express.Request): string | null {
  const auth = req.header('authorization');
  if (auth?.toLowerCase().startsWith('bearer ')) return auth.slice(7).trim();
  for (const part of (req.header('cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}

/** The HTTP application: API at /graphql, probes, and the admin panel on the same port. */
export async function createApp(options: AppOptions): Promise<{ app: Express; stop: () => Promise<void>; tokens: TokenService; scheduler: Scheduler }> {
  const { db, clock, adminDir } = options;
  const log = setBaseLog(options.log);
  const schema = await appSchema();
  const tokens = new TokenService(db, clock, options.tokenTtlMinutes ?? 8 * 60);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: createFormatError((error) => (currentLog() ?? log).error({ err: safeError(error) }, 'unexpected error in a GraphQL operation')),
    // no "Did you mean …" field names in errors when the schema is not open to introspection
    hideSchemaDetailsFromClientErrors: !(options.introspection ?? true),
    introspection: options.introspection ?? true,
    validationRules: [depthRule()],
    parseOptions: { maxTokens: MAX_TOKENS },
    // no @cacheControl hints anywhere: Apollo's default cache-control plugin would only build a
    // policy object for every field of every row to answer `no-store`, which is set below instead
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      complexityPlugin(schema, options.maxComplexity ?? 60_000), ...(options.health ? [unavailablePlugin(options.health)] : []),
    ],
  });
  const sessions = new AccountService(db, clock, tokens, ANONYMOUS);
  const actorOf = async (req: express.Request): Promise<Actor> => {
    const token = tokenOf(req);
    const claims = token ? await tokens.verify(token) : null;
    return (claims && (await sessions.actorFor(claims.accountId, claims.tokenVersion))) ?? ANONYMOUS;
  };
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(requestLogging(log));
  // which client address counts (sign-in throttle) and whether the request came over TLS (Secure cookie)
  app.set('trust proxy', options.trustProxy ?? parseTrustProxy(process.env.TRUST_PROXY));
  app.use(compression());
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (options.health) {
      const up = await options.health.check();
      res.status(up ? 200 : 503).json({ status: up ? 'ready' : 'unavailable', database: db.family });
      return;
    }
    try {
      await db.dataSource.query('SELECT 1');
      res.json({ status: 'ready', database: db.family });
    } catch (error) {
      log.warn({ err: error }, 'database not reachable');
      res.status(503).json({ status: 'unavailable', database: db.family });
    }
  });
  // during an outage a request is refused at once rather than left to wait on the driver
  if (options.health) app.use('/graphql', (req, res, next) => (options.health!.ready ? next() : unavailable(req, res)));
  app.use(
    '/graphql',
    express.json({ limit: '5mb' }),
    // answers hold personal data and depend on who asks: no cache keeps them
    (_req, res, next) => {
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
    (req, _res, next) => requestLang.run(langFromAcceptLanguage(req.headers['accept-language']), next),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => ({
        db,
        clock,
        lang: langFromAcceptLanguage(req.headers['accept-language']),
        actor: await actorOf(req),
        tokens,
        loaders: createLoaders(db.manager, clock),
        http: { req, res },
      }),
    }),
  );
  if (adminDir && fs.existsSync(path.join(adminDir, 'index.html'))) {
    // hashed build output never changes under its name: cached for a year; index.html is checked on every load
    app.use(express.static(adminDir, {
      index: 'index.html',
      setHeaders: (res, file) => {
        const immutable = path.relative(adminDir, file).split(path.sep)[0] === 'assets';
        res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }));
    app.get(/^\/(?!graphql|healthz|readyz|assets\/).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(adminDir, 'index.html'));
    });
  }
  // periodic work: every server runs the scheduler, the job_run lease makes each period run once
  const jobs: ScheduledJob[] = [];
  if (options.smtpUrl) jobs.push(digestJob(db, clock, log, { smtpUrl: options.smtpUrl, from: options.smtpFrom, hour: options.digestHour }));
  const scheduler = new Scheduler(db, clock, log, jobs, { leaseMs: 60 * 60_000 });
  if (options.startScheduler ?? true) scheduler.start();
  const stop = async () => {
    await scheduler.stop();
    await apollo.stop();
  };
  return { app, stop, tokens, scheduler };
}
