import { foldForSearch } from '../../text.js';

/**
 * Proposes the directives of a pasted conclusion. In order of preference:
 * - numbered items ("1.", "2)", "a)" at the start of a line): one directive each;
 * - otherwise sentences, after the lead-in that announces them ("… kết luận …", "… như sau:",
 *   "… dưới đây."), with a chairman's list ("giao: A làm X; B làm Y; …") split on its "; ".
 * A sentence that is not such a list keeps its semicolons ("…; không để phát sinh hồ sơ quá hạn").
 */
export function splitDirectives(text: string): string[] {
  const clean = text.replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').trim();
  if (!clean) return [];
  const numbered = splitNumbered(clean);
  if (numbered.length >= 2) return numbered;
  const sentences = clean.replace(/\s*\n\s*/g, ' ').split(/(?<=[.!?])\s+(?=[\p{Lu}\d])/u).map((s) => s.trim()).filter(Boolean);
  // drop the preamble: everything up to the last sentence that announces the directives
  let start = 0;
  sentences.forEach((s, i) => { if (LEAD_IN.test(s) && !s.includes(':')) start = i + 1; });
  const out: string[] = [];
  for (const s of sentences.slice(start)) {
    const colon = s.indexOf(':');
    const list = colon >= 0 ? s.slice(colon + 1) : '';
    if (colon >= 0 && list.includes(';')) {
      out.push(...list.split(';').map(tidy).filter(Boolean));
    } else if (colon >= 0 && LEAD_IN.test(s.slice(0, colon)) && tidy(list)) {
      out.push(tidy(list));
    } else if (!(colon >= 0 && !tidy(list))) {
      out.push(tidy(s));
    }
  }
  return out.filter(Boolean);
}

const LEAD_IN = /kết luận|như sau|dưới đây|sau đây|chỉ đạo các nội dung|giao các/iu;

function splitNumbered(text: string): string[] {
  const marker = /(?:^|\n)\s*(?:\d{1,2}|[a-zđ])[.)]\s+/giu;
  const starts: Array<{ index: number; length: number }> = [];
  for (const m of text.matchAll(marker)) starts.push({ index: m.index!, length: m[0].length });
  if (starts.length < 2) return [];
  return starts.map((s, i) => tidy(text.slice(s.index + s.length, i + 1 < starts.length ? starts[i + 1].index : text.length).replace(/\s*\n\s*/g, ' '))).filter(Boolean);
}

/** A directive's text: no list punctuation around it, a capital first letter, a full stop. */
function tidy(part: string): string {
  let t = part.trim().replace(/^[-–•+]\s*/, '').replace(/[;,]\s*$/, '').trim();
  if (!t) return '';
  t = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

export interface NamedUnit { id: number; name: string }

/**
 * The units a directive names, in the order they appear, case and diacritics ignored; a name
 * inside a longer matched name ("Phòng Nội vụ" in "Phòng Nội vụ huyện") counts once, as the longer.
 */
export function unitsNamedIn(text: string, units: NamedUnit[]): NamedUnit[] {
  const folded = ` ${foldForSearch(text).replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ')} `;
  const hits: Array<{ unit: NamedUnit; start: number; end: number }> = [];
  for (const unit of units) {
    const name = foldForSearch(unit.name).replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();
    if (name.length < 3) continue;
    const at = folded.indexOf(` ${name} `);
    if (at >= 0) hits.push({ unit, start: at, end: at + name.length + 1 });
  }
  const kept = hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
  return kept.sort((a, b) => a.start - b.start).map((h) => h.unit);
}

/** A deadline written in the directive ("trước ngày 30/11/2023", "hoàn thành trước 15/12/2023"), as YYYY-MM-DD. */
export function deadlineIn(text: string): string | null {
  const m = /(?:trước|chậm nhất|hạn|trong ngày|đến ngày)[^0-9]{0,12}(\d{1,2})\/(\d{1,2})\/(\d{4})/iu.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  const probe = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(probe.getTime()) || probe.toISOString().slice(0, 10) !== iso ? null : iso;
}
