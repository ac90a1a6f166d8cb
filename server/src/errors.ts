import type { MessageKey } from './i18n/messages.js';

/** The codes a client can branch on, sent as `extensions.code`. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED';

export type ErrorParams = Record<string, string | number | undefined>;

/**
 * An error the user caused and can fix. It carries a message key rather than a sentence: the
 * sentence is written in the request's language when the response is formatted. `field` names
 * the argument to fix.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: MessageKey,
    readonly params: ErrorParams = {},
  ) {
    super(`${code} ${reason} ${JSON.stringify(params)}`);
    this.name = new.target.name;
  }

  get field(): string | undefined {
    return typeof this.params.field === 'string' ? this.params.field : undefined;
  }
}

/** Input that breaks a rule shared by every module: required, dates, ranges, ids. */
export class InputError extends AppError {
  constructor(reason: MessageKey, params: ErrorParams) {
    super('BAD_USER_INPUT', reason, params);
  }
}

export class NotFoundError extends AppError {
  constructor(field: string, id: string | number) {
    super('NOT_FOUND', 'record.notFound', { field, id });
  }
}
