import type { Lang } from './lang.js';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar date (YYYY-MM-DD) as the reader writes it: 08/11/2023 in Vietnamese, 8 Nov 2023 in English. */
export function formatDate(lang: Lang, date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return lang === 'vi' ? `${m[3]}/${m[2]}/${m[1]}` : `${Number(m[3])} ${EN_MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}
