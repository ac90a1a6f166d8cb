import path from 'node:path';
import type { DatabaseSettings } from './db/data-source.js';

/** Every setting comes from the environment; the README lists them. */
export interface Settings {
  port: number;
  database: DatabaseSettings;
  /** Load the demo data into an empty database at start. */
  demo: boolean;
  logLevel: string;
  /** Schema introspection: on, except in production unless GRAPHQL_INTROSPECTION=1. */
  introspection: boolean;
  tokenTtlMinutes: number;
  maxComplexity: number;
  /** SMTP server of the daily digest (e.g. smtp://user:pass@host:587); unset: no e-mail. */
  smtpUrl?: string;
  smtpFrom?: string;
  digestHour: number;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const url = env.DATABASE_URL?.trim() || undefined;
  return {
    port: Number(env.PORT ?? 4000),
    database: { url, dataDir: path.resolve(env.DATA_DIR ?? 'data') },
    demo: env.DEMO === '1' || (env.DEMO !== '0' && !url),
    logLevel: env.LOG_LEVEL ?? 'info',
    introspection: env.GRAPHQL_INTROSPECTION === '1' || (env.GRAPHQL_INTROSPECTION !== '0' && env.NODE_ENV !== 'production'),
    tokenTtlMinutes: Number(env.TOKEN_TTL_MINUTES ?? 480),
    maxComplexity: Number(env.GRAPHQL_MAX_COMPLEXITY ?? 60000),
    smtpUrl: env.SMTP_URL?.trim() || undefined,
    smtpFrom: env.SMTP_FROM?.trim() || undefined,
    digestHour: Number(env.DIGEST_HOUR ?? 7),
  };
}
