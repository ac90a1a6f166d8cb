import type { ApolloServerPlugin } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { langFromAcceptLanguage } from '../i18n/lang.js';
import { translate } from '../i18n/messages.js';
import type { DataSource } from 'typeorm';
import { isConnectionLost } from './transient.js';

/**
 * Whether the database answers, as this process last saw it. A failed connection marks it down;
 * while down, requests are refused at once (SERVICE_UNAVAILABLE, retryable) instead of each one
 * waiting on the driver, and a probe (`SELECT 1` every `probeMs`) brings it back up by itself.
 */
export class DatabaseHealth {
  private up: boolean;
  private probing: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource | null,
    private readonly probeMs = 1000,
    private readonly onChange: (up: boolean, error?: unknown) => void = () => undefined,
  ) {
    this.up = dataSource !== null;
  }

  get ready(): boolean {
    return this.up && !this.stopped;
  }

  /** Called with any error a request met: a connection error marks the database down. */
  observe(error: unknown): void {
    if (!isConnectionLost(error) || !this.up || !this.dataSource) return;
    this.up = false;
    this.onChange(false, error);
    this.schedule();
  }

  /** Checks now (the readiness probe does): up when `SELECT 1` answers. */
  async check(): Promise<boolean> {
    if (!this.dataSource || this.stopped) return false;
    try {
      await this.dataSource.query('SELECT 1');
      if (!this.up) {
        this.up = true;
        this.onChange(true);
      }
    } catch (error) {
      this.observe(error);
    }
    return this.up;
  }

  private schedule(): void {
    if (this.probing || this.stopped) return;
    this.probing = setTimeout(() => {
      this.probing = null;
      void this.check().then((up) => {
        if (!up) this.schedule();
      });
    }, this.probeMs);
    this.probing.unref();
  }

  stop(): void {
    this.stopped = true;
    if (this.probing) clearTimeout(this.probing);
  }
}

/** An outage answered during a GraphQL request is HTTP 503, so clients and proxies retry. */
export function unavailablePlugin(health: DatabaseHealth): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const e of errors) health.observe(e.originalError ?? e);
        },
        async willSendResponse({ response }) {
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
          if (errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '5');
          }
        },
      };
    },
  };
}

/** The answer while the database is out of reach (or the server is still starting or stopping). */
export function unavailable(req: IncomingMessage, res: ServerResponse): void {
  const lang = langFromAcceptLanguage(req.headers['accept-language']);
  res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5' });
  res.end(JSON.stringify({ errors: [{ message: translate(lang, 'server.unavailable', {}), extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } }] }));
}
