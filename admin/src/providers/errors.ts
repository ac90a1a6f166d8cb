import { HttpError } from 'react-admin';

interface ServerError {
  message: string;
  extensions?: { code?: string; field?: string; reason?: string };
}

/** The GraphQL errors carried by whatever Apollo or ra-data-graphql threw. */
function serverErrorsIn(error: unknown): ServerError[] {
  const candidates = [error, (error as { body?: unknown } | null)?.body];
  for (const candidate of candidates) {
    const c = candidate as {
      graphQLErrors?: ServerError[];
      errors?: ServerError[];
      networkError?: { result?: { errors?: ServerError[] } };
    } | null;
    if (!c || typeof c !== 'object') continue;
    if (Array.isArray(c.graphQLErrors) && c.graphQLErrors.length) return c.graphQLErrors;
    if (Array.isArray(c.errors) && c.errors.length && typeof c.errors[0]?.message === 'string') return c.errors;
    const fromNetwork = c.networkError?.result?.errors;
    if (Array.isArray(fromNetwork) && fromNetwork.length) return fromNetwork;
  }
  return [];
}

/** HTTP statuses by the API's codes: react-admin's auth provider looks at 401 and 403. */
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

/**
 * Turns an API failure into what react-admin shows: the server's sentence (already in the
 * request's language) as the notification, and, when the server names the argument to fix,
 * an error on that form field (`body.errors`, read by react-admin's forms in pessimistic mode).
 */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError && (error.body as { code?: string } | undefined)?.code) return error;
  const errors = serverErrorsIn(error);
  if (!errors.length) {
    const status = (error as { status?: number }).status ?? (error as { networkError?: { statusCode?: number } }).networkError?.statusCode ?? 500;
    const message = error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
    return new HttpError(message, status, { code: 'NETWORK' });
  }
  const message = [...new Set(errors.map((e) => e.message))].join(' ');
  const first = errors[0].extensions ?? {};
  const fieldErrors: Record<string, unknown> = {};
  for (const e of errors) {
    const field = e.extensions?.field;
    // The server says `on` when no argument is to blame.
    if (field && field !== 'on' && !(field in fieldErrors)) fieldErrors[field] = e.message;
  }
  const body = {
    code: first.code ?? 'UNKNOWN',
    reason: first.reason,
    errors: Object.keys(fieldErrors).length ? { ...fieldErrors, root: { serverError: message } } : undefined,
  };
  return new HttpError(message, STATUS[first.code ?? ''] ?? 400, body);
}
