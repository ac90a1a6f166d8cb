import { lazy, type ComponentType } from 'react';

/**
 * A page loaded when it is first opened, not with the panel: `lazyPage(() => import('./X.js'), 'X')`.
 * react-admin's layout shows its loading indicator (a Suspense boundary) meanwhile.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a page takes whatever props its route gives
export function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string): ComponentType<any> {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return Object.assign(Page, { displayName: `Lazy(${name})` }) as unknown as ComponentType<any>;
}
