import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { catalogues, DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/messages.js';

/** The locale react-admin saved in its store (localStorage) last time, so the first requests already use it. */
function storedLocale(): Locale {
  try {
    const saved = JSON.parse(window.localStorage.getItem('RaStore.locale') ?? 'null');
    return saved === 'en' || saved === 'vi' ? saved : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** Vietnamese by default, English available; unknown keys (server sentences) are shown as they are. */
export const i18nProvider = polyglotI18nProvider((locale) => (catalogues[locale as Locale] ?? catalogues[DEFAULT_LOCALE]) as unknown as TranslationMessages, storedLocale(), LOCALES, {
  allowMissing: true,
});
