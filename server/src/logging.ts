import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

/**
 * Logs are JSON lines (pino). Every line written while a request is served carries its id
 * (`reqId`), which the response also returns as `X-Request-Id`. Passwords, tokens and cookies are
 * never logged: requests are logged without headers or bodies, SQL without its parameters, and
 * errors without the parameters a failed statement carried.
 */
const current = new AsyncLocalStorage<Logger>();
let base: Logger | null = null;

/** Paths pino blanks out should anything ever try to log them. */
export const REDACTED_PATHS = [
  'password', 'newPassword', 'currentPassword', 'token', 'authorization', 'cookie', 'passwordHash',
  '*.password', '*.newPassword', '*.currentPassword', '*.token', '*.authorization', '*.cookie', '*.passwordHash',
  'req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', 'variables.*',
];

export function setBaseLog(log: Logger): Logger {
  base = log.child({}, { redact: { paths: REDACTED_PATHS, censor: '[redacted]' } });
  return base;
}

/** The logger of the request being served, else the server's. */
export function currentLog(): Logger | null {
  return current.getStore() ?? base;
}

const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Gives each request an id (a proxy's X-Request-Id when well-formed), a logger and a closing line. */
export function requestLogging(log: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const given = req.header('x-request-id');
    const reqId = given && SAFE_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', reqId);
    const child = log.child({ reqId });
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      child.info({ method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    current.run(child, next);
  };
}

/** What of an error is logged: its kind, message, code and stack, never a failed statement's parameters. */
export function safeError(error: unknown): Record<string, unknown> {
  let e = error as { originalError?: unknown; name?: string; message?: string; stack?: string; code?: unknown } | undefined;
  for (let depth = 0; e?.originalError && depth < 6; depth += 1) e = e.originalError as typeof e;
  if (!e || typeof e !== 'object') return { message: String(error) };
  return { type: e.name, message: e.message, code: e.code, stack: e.stack };
}
