/**
 * CSV as offices open it in Excel: a byte-order mark (so the diacritics survive), one line per
 * record (line breaks inside a value become spaces), every value quoted when it must be, and the
 * list separator of the reader's language (";" in Vietnamese, where the comma is the decimal mark).
 * Pure: no React, no browser.
 */
export const BOM = '\uFEFF';

export function separatorFor(locale: string): string {
  return locale === 'vi' ? ';' : ',';
}

function cell(value: unknown, separator: string): string {
  const text = value === null || value === undefined ? '' : String(value).replace(/\r\n|\r|\n/g, ' ');
  return text.includes(separator) || text.includes('"') || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(headers: string[], rows: unknown[][], locale: string): string {
  const separator = separatorFor(locale);
  return BOM + [headers, ...rows].map((row) => row.map((v) => cell(v, separator)).join(separator)).join('\r\n') + '\r\n';
}
