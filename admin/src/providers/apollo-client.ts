import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, from } from '@apollo/client';
import { getActingOfficialId } from './acting-official.js';

/**
 * The one Apollo client of the panel. Every request says which language error messages should
 * be written in (the panel's current locale) and, when one is chosen, who is acting.
 */
export function createApolloClient(currentLocale: () => string): ApolloClient<unknown> {
  const headers = new ApolloLink((operation, forward) => {
    const acting = getActingOfficialId();
    operation.setContext(({ headers: previous = {} }: { headers?: Record<string, string> }) => ({
      headers: {
        ...previous,
        'Accept-Language': currentLocale(),
        ...(acting ? { 'X-Acting-Official': acting } : {}),
      },
    }));
    return forward(operation);
  });
  return new ApolloClient({
    link: from([headers, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
    // react-admin keeps its own cache; Apollo's would only hold stale copies.
    defaultOptions: {
      query: { fetchPolicy: 'no-cache' },
      mutate: { fetchPolicy: 'no-cache' },
      watchQuery: { fetchPolicy: 'no-cache' },
    },
  }) as ApolloClient<unknown>;
}
