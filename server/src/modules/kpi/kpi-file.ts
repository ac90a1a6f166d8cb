import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';

/**
 * Reading and writing the import layout. One row per unit and period; columns, in any order:
 * `ma_don_vi` (unit code), `ky` (period: T10/2023, Q3/2023, 10T/2023, 2023), `tong_diem` (total),
 * one column per group code (CKMB, TDGQ, …), optionally `<indicator code>` (points) and
 * `<indicator code> %` (rate), `cong_bo` (x = keep as published) and `ghi_chu` (note).
 * CSV may be separated by `;` or `,`; numbers may use a decimal comma or point.
 */
export const UNIT_COLUMN = 'ma_don_vi';
export const PERIOD_COLUMN = 'ky';
export const TOTAL_COLUMN = 'tong_diem';
export const PUBLISHED_COLUMN = 'cong_bo';
export const NOTE_COLUMN = 'ghi_chu';

export interface Sheet {
  header: string[];
  rows: string[][];
}

export async function readSheet(fileName: string, content: Buffer): Promise<Sheet | null> {
  try {
    if (/\.xlsx$/i.test(fileName)) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(content as never);
      const sheet = workbook.worksheets[0];
      if (!sheet) return null;
      const table: string[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
        const values = (row.values as unknown[]).slice(1).map(cellText);
        table[rowNumber - 1] = values;
      });
      return toSheet(table.map((r) => r ?? []));
    }
    const text = content.toString('utf8').replace(/^\uFEFF/, '');
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    const records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
    return toSheet(records);
  } catch {
    return null;
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value && 'result' in value) return cellText((value as { result: unknown }).result);
  if (typeof value === 'object' && value && 'richText' in value) return (value as { richText: Array<{ text: string }> }).richText.map((t) => t.text).join('');
  return String(value).trim();
}

function toSheet(table: string[][]): Sheet | null {
  if (table.length === 0) return null;
  const [header, ...rows] = table;
  return { header: header.map((h) => String(h ?? '').trim()), rows: rows.map((r) => r.map((c) => String(c ?? '').trim())) };
}

/** The template, generated from the catalogue so that it always names today's codes. */
export async function template(format: 'CSV' | 'XLSX', groupCodes: string[], indicatorCodes: string[]): Promise<Buffer> {
  const header = [UNIT_COLUMN, PERIOD_COLUMN, TOTAL_COLUMN, ...groupCodes, ...indicatorCodes.map((c) => `${c} %`), PUBLISHED_COLUMN, NOTE_COLUMN];
  const example = ['TN-XA-NARI', '10T/2023', '46,63', ...groupCodes.map(() => ''), ...indicatorCodes.map(() => ''), '', ''];
  if (format === 'CSV') return Buffer.from(`\uFEFF${header.join(';')}\n${example.join(';')}\n`, 'utf8');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('ket_qua');
  sheet.addRow(header);
  sheet.addRow(example);
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** T10/2023 (month), Q3/2023 (quarter), 10T/2023 (first 10 months), 2023 (year). */
export function parsePeriod(text: string): { periodKind: 'MONTH' | 'QUARTER' | 'FIRST_MONTHS' | 'YEAR'; year: number; periodNumber: number } | null {
  const t = text.trim().toUpperCase().replace(/\s+/g, '');
  let m = /^T(\d{1,2})\/(\d{4})$/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { periodKind: 'MONTH', year: Number(m[2]), periodNumber: Number(m[1]) };
  m = /^Q([1-4])\/(\d{4})$/.exec(t);
  if (m) return { periodKind: 'QUARTER', year: Number(m[2]), periodNumber: Number(m[1]) };
  m = /^(\d{1,2})T\/(\d{4})$/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { periodKind: 'FIRST_MONTHS', year: Number(m[2]), periodNumber: Number(m[1]) };
  m = /^(\d{4})$/.exec(t);
  if (m) return { periodKind: 'YEAR', year: Number(m[1]), periodNumber: 0 };
  return null;
}
