import { createAuthProvider } from './auth-provider.js';
import { createSessionClient } from './graphql-fetch.js';
import type { AppDataProvider } from './data-provider.js';
import { i18nProvider } from './i18n-provider.js';

export { i18nProvider };
export type { AppDataProvider, TaskSummary, TaskSummaryParams } from './data-provider.js';
export type { PanelAuthProvider, PanelIdentity } from './auth-provider.js';

/** Errors come back in the language the panel shows. */
const currentLocale = () => i18nProvider.getLocale();
/**
 * The data provider (ra-data-graphql-simple over the committed schema) is loaded with the first
 * data request, after login: the login page does not wait for it. Every method, react-admin's and
 * ours, is forwarded once the module is there.
 */
let loading: Promise<AppDataProvider> | null = null;
const realDataProvider = () => (loading ??= Promise.all([import('./apollo-client.js'), import('./data-provider.js')]).then(([apollo, m]) => m.createDataProvider(apollo.createApolloClient(currentLocale))));
export const dataProvider = new Proxy({} as AppDataProvider, {
  get: (_target, name) => {
    // Not a promise, and no optional capability (react-admin reads `supportAbortSignal`).
    if (typeof name !== 'string' || name === 'then' || name === 'supportAbortSignal') return undefined;
    return (...args: unknown[]) => realDataProvider().then((provider) => (provider[name as keyof AppDataProvider] as (...a: unknown[]) => unknown)(...args));
  },
});
// Fetched in the background once the login page is up, so that signing in does not wait for it.
if (typeof window !== 'undefined') window.setTimeout(() => void realDataProvider(), 300);

export const authProvider = createAuthProvider(createSessionClient(currentLocale));
