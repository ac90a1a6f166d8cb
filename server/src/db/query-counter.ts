import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'typeorm';
import { currentLog } from '../logging.js';

/** SQL lines go to the request's logger (with its id), else to the console. */
function echo(level: 'info' | 'error', fields: Record<string, unknown>, message: string): void {
  const log = currentLog();
  if (log) log[level](fields, message);
  else console[level === 'info' ? 'log' : 'error'](fields.sql);
}

/**
 * Counts the SQL statements issued inside `countQueries(fn)`. Tests use it to fail a list query
 * that loads relations row by row instead of in batches.
 */
const counter = new AsyncLocalStorage<{ statements: string[] }>();

export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const store = { statements: [] as string[] };
  const result = await counter.run(store, fn);
  return { result, statements: store.statements };
}

/** A global hook too, for tests that drive the server over HTTP in the same process. */
let recording: string[] | null = null;
export function startRecording(): void {
  recording = [];
}
export function stopRecording(): string[] {
  const statements = recording ?? [];
  recording = null;
  return statements;
}

/** The same, with the parameters of each statement, for tests that EXPLAIN what the server ran. */
let capturing: Array<{ query: string; parameters: unknown[] }> | null = null;
export function startCapture(): void {
  capturing = [];
}
export function stopCapture(): Array<{ query: string; parameters: unknown[] }> {
  const statements = capturing ?? [];
  capturing = null;
  return statements;
}

export class CountingLogger implements Logger {
  constructor(private readonly echo: boolean = false) {}

  logQuery(query: string, parameters?: unknown[]): void {
    counter.getStore()?.statements.push(query);
    recording?.push(query);
    capturing?.push({ query, parameters: parameters ?? [] });
    // the statement only, never its parameters (they carry password hashes and the like)
    if (this.echo) echo('info', { sql: query }, 'sql');
  }
  logQueryError(error: string | Error, query: string): void {
    if (this.echo) echo('error', { sql: query, error: typeof error === 'string' ? error : error.message }, 'sql failed');
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(message);
  }
}
