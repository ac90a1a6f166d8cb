import type { Lang } from './lang.js';

/** "10 tháng đầu năm 2023" / "the first 10 months of 2023", and the other kinds of period. */
export function periodLabel(lang: Lang, kind: string, year: number, n: number): string {
  const vi = lang === 'vi';
  switch (kind) {
    case 'MONTH': return vi ? `tháng ${n}/${year}` : `${year}-${String(n).padStart(2, '0')}`;
    case 'QUARTER': return vi ? `quý ${n}/${year}` : `Q${n} ${year}`;
    case 'FIRST_MONTHS': return vi ? `${n} tháng đầu năm ${year}` : `the first ${n} months of ${year}`;
    default: return vi ? `năm ${year}` : `${year}`;
  }
}
