import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { Clock } from './clock.js';
import type { Database } from './db/database.js';
import type { Context } from './graphql/context.js';
import { createFormatError } from './graphql/format-error.js';
import { createLoaders } from './graphql/loaders.js';
import { appSchema } from './graphql/schema.js';
import { langFromAcceptLanguage, requestLang } from './i18n/lang.js';

export interface AppOptions {
  db: Database;
  clock: Clock;
  log: Logger;
  /** The built admin panel, served at `/` when present. */
  adminDir?: string;
}

function actingOfficial(header: string | undefined): number | null {
  if (!header) return null;
  return /^\d+$/.test(header.trim()) ? Number(header.trim()) : 0;
}

/** The HTTP application: API at /graphql, probes, and the admin panel on the same port. */
export async function createApp({ db, clock, log, adminDir }: AppOptions): Promise<{ app: Express; stop: () => Promise<void> }> {
  const apollo = new ApolloServer<Context>({
    schema: await appSchema(),
    formatError: createFormatError((error) => log.error({ err: error }, 'unexpected error in a GraphQL operation')),
    introspection: true,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await db.dataSource.query('SELECT 1');
      res.json({ status: 'ready', database: db.family });
    } catch (error) {
      log.warn({ err: error }, 'database not reachable');
      res.status(503).json({ status: 'unavailable', database: db.family });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '5mb' }),
    (req, _res, next) => requestLang.run(langFromAcceptLanguage(req.headers['accept-language']), next),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => ({
        db,
        clock,
        lang: langFromAcceptLanguage(req.headers['accept-language']),
        actor: { officialId: actingOfficial(req.header('x-acting-official')) },
        loaders: createLoaders(db.manager, clock),
      }),
    }),
  );
  if (adminDir && fs.existsSync(path.join(adminDir, 'index.html'))) {
    app.use(express.static(adminDir, { index: 'index.html' }));
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => res.sendFile(path.join(adminDir, 'index.html')));
  }
  return { app, stop: () => apollo.stop() };
}
