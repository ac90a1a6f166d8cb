import { AsyncLocalStorage } from 'node:async_hooks';

export type Lang = 'vi' | 'en';

/** Vietnamese unless the request prefers English (Accept-Language, first supported tag wins). */
export function langFromAcceptLanguage(header: string | undefined): Lang {
  if (!header) return 'vi';
  const tags = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((t) => t.tag && !Number.isNaN(t.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    if (tag.startsWith('vi')) return 'vi';
    if (tag.startsWith('en')) return 'en';
  }
  return 'vi';
}

/** The language of the request being served; error formatting reads it. */
export const requestLang = new AsyncLocalStorage<Lang>();

export function currentLang(): Lang {
  return requestLang.getStore() ?? 'vi';
}
