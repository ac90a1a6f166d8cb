import { createApolloClient } from './apollo-client.js';
import { createAuthProvider } from './auth-provider.js';
import { createDataProvider } from './data-provider.js';
import { i18nProvider } from './i18n-provider.js';

export { i18nProvider };
export type { AppDataProvider, TaskSummary, TaskSummaryParams } from './data-provider.js';
export type { PanelAuthProvider, PanelIdentity } from './auth-provider.js';

/** Errors come back in the language the panel shows. */
export const apolloClient = createApolloClient(() => i18nProvider.getLocale());
export const dataProvider = createDataProvider(apolloClient);
export const authProvider = createAuthProvider(apolloClient);
