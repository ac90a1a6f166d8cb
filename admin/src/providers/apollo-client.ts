import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, from } from '@apollo/client';

/**
 * The one Apollo client of the panel. The session travels in the server's httpOnly cookie
 * (same origin), never in a header the panel writes; every request says which language error
 * messages should be written in (the panel's current locale).
 */
export function createApolloClient(currentLocale: () => string): ApolloClient<unknown> {
  const language = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers: previous = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...previous, 'Accept-Language': currentLocale() },
    }));
    return forward(operation);
  });
  return new ApolloClient({
    link: from([language, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache(),
    // react-admin keeps its own cache; Apollo's would only hold stale copies.
    defaultOptions: {
      query: { fetchPolicy: 'no-cache' },
      mutate: { fetchPolicy: 'no-cache' },
      watchQuery: { fetchPolicy: 'no-cache' },
    },
  }) as ApolloClient<unknown>;
}
