import type { GraphQLFormattedError } from 'graphql';
import { isConnectionLost, isTransientDatabaseError } from '../db/transient.js';
import { AppError } from '../errors.js';
import { currentLang } from '../i18n/lang.js';
import { translate } from '../i18n/messages.js';

/** The argument a value error points at, from graphql-js' message ("$deadline", at "filter.deadlineTo"). */
function argumentNamed(message: string): string | undefined {
  const nested = /at "[\w.[\]]*?\.?(\w+)"/.exec(message);
  if (nested) return nested[1];
  return /Variable "\$(\w+)"/.exec(message)?.[1] ?? /Argument "(\w+)"/.exec(message)?.[1];
}

function appErrorIn(error: unknown): AppError | undefined {
  let current = error as { originalError?: unknown } | undefined;
  for (let depth = 0; current && depth < 6; depth += 1) {
    if (current instanceof AppError) return current;
    current = current.originalError as typeof current;
  }
  return undefined;
}

/**
 * The single place where errors become what the client reads: a code, the field to fix, and a
 * sentence in the request's language. Unexpected errors are logged with their cause and shown as
 * a plain apology, never as a stack or SQL.
 */
export function createFormatError(log: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const lang = currentLang();
    const appError = appErrorIn(error);
    if (appError) {
      const field = appError.field ?? argumentNamed(formatted.message);
      return {
        // a sentence needs a subject even when the argument is unknown: "the date"
        message: translate(lang, appError.reason, { ...appError.params, field: field ?? 'on' }),
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: appError.code, reason: appError.reason, ...(field ? { field } : {}) },
      };
    }
    if (isConnectionLost(error) || (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' && isTransientDatabaseError(error))) {
      log(error);
      // the database is out of reach or a node was lost: nothing half-done was kept, and trying again is safe
      return { message: translate(lang, 'server.unavailable', {}), path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } };
    }
    if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
      log(error);
      return { message: translate(lang, 'server.internal', {}), path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return formatted;
  };
}
