import { print, type DocumentNode } from 'graphql';

/**
 * The few calls of the session (login, `me`, renewal, logout, password) over plain `fetch`, so
 * that the login page needs no Apollo: the data provider brings Apollo with the first data
 * request. Same cookie, same `Accept-Language`, and failures shaped like Apollo's (GraphQL
 * errors in `graphQLErrors`, HTTP status in `networkError.statusCode`) for `toHttpError`.
 */
export interface SessionClient {
  query<T>(options: { query: DocumentNode; variables?: Record<string, unknown>; fetchPolicy?: string }): Promise<{ data: T }>;
  mutate<T = unknown>(options: { mutation: DocumentNode; variables?: Record<string, unknown> }): Promise<{ data: T }>;
}

interface GraphQLResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export function createSessionClient(currentLocale: () => string, uri = '/graphql'): SessionClient {
  const send = async <T>(document: DocumentNode, variables?: Record<string, unknown>): Promise<{ data: T }> => {
    let response: Response;
    try {
      response = await fetch(uri, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': currentLocale() },
        body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
      });
    } catch (error) {
      throw Object.assign(new Error(error instanceof Error ? error.message : String(error)), { networkError: { statusCode: 0 } });
    }
    let body: GraphQLResponse<T> | null = null;
    try {
      body = (await response.json()) as GraphQLResponse<T>;
    } catch {
      // not JSON: a proxy's error page
    }
    if (body?.errors?.length) {
      throw Object.assign(new Error(body.errors[0].message), { graphQLErrors: body.errors });
    }
    if (!response.ok || !body?.data) {
      throw Object.assign(new Error(response.statusText || `HTTP ${response.status}`), { status: response.status, networkError: { statusCode: response.status } });
    }
    return { data: body.data };
  };
  return {
    query: ({ query, variables }) => send(query, variables),
    mutate: ({ mutation, variables }) => send(mutation, variables),
  };
}
