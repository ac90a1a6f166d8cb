import { AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { formatDate } from '../../i18n/format-date.js';
import type { Lang } from '../../i18n/lang.js';

export type Cell = string | number | null;

/** A report as offices file it: agency, title, period and date lines, then one table. */
export interface ReportTable {
  agency: string;
  title: string;
  period: string;
  dateLine: string;
  columns: string[];
  /** Column indexes holding rates (0–1), shown as percentages. */
  rateColumns?: number[];
  rows: Cell[][];
  totals?: Cell[];
  sheetName: string;
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "ngày 10 tháng 12 năm 2026" / "10 December 2026" */
export function dateLine(lang: Lang, date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return lang === 'vi' ? `Ngày ${String(d).padStart(2, '0')} tháng ${String(m).padStart(2, '0')} năm ${y}` : `${d} ${EN_MONTHS[m - 1]} ${y}`;
}

export function periodLine(lang: Lang, from: string | null | undefined, to: string | null | undefined, today: string): string {
  const f = (d: string) => formatDate(lang, d);
  if (!from && !to) return lang === 'vi' ? `Tính đến ngày ${f(today)}` : `As of ${f(today)}`;
  if (!from) return lang === 'vi' ? `Đến ngày ${f(to!)}` : `Up to ${f(to!)}`;
  return lang === 'vi' ? `Từ ngày ${f(from)} đến ngày ${f(to ?? today)}` : `From ${f(from)} to ${f(to ?? today)}`;
}

/** The xlsx layout: A1 agency, A2 title, A3 period, A4 date; the header on row 6, data from row 7, totals last. */
export async function reportWorkbook(report: ReportTable): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(report.sheetName);
  const width = report.columns.length;
  const line = (row: number, text: string, font: Partial<ExcelJS.Font>, horizontal: 'left' | 'center' | 'right') => {
    sheet.getCell(row, 1).value = text;
    sheet.getCell(row, 1).font = font;
    sheet.getCell(row, 1).alignment = { horizontal };
    if (width > 1) sheet.mergeCells(row, 1, row, width);
  };
  line(1, report.agency, { bold: true }, 'left');
  line(2, report.title, { bold: true, size: 14 }, 'center');
  line(3, report.period, { italic: true }, 'center');
  line(4, report.dateLine, { italic: true }, 'right');
  const header = sheet.getRow(6);
  header.values = report.columns;
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  const rows = report.totals ? [...report.rows, report.totals] : report.rows;
  rows.forEach((values, i) => {
    const row = sheet.getRow(7 + i);
    row.values = values;
    if (report.totals && i === rows.length - 1) row.font = { bold: true };
    for (const c of report.rateColumns ?? []) row.getCell(c + 1).numFmt = '0.00%';
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  for (let r = 6; r < 7 + rows.length; r += 1) {
    for (let c = 1; c <= width; c += 1) {
      sheet.getCell(r, c).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    }
  }
  sheet.columns.forEach((col, i) => { col.width = i === 0 ? 6 : i === 1 ? 40 : 16; });
  return Buffer.from(await book.xlsx.writeBuffer());
}

function cellText(value: Cell, rate: boolean, lang: Lang): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && rate) return `${(value * 100).toFixed(2).replace('.', lang === 'vi' ? ',' : '.')}%`;
  return String(value);
}

/** The docx layout (Decree 30/2020: Times New Roman 13–14, agency top left, date line right, title centred). */
export async function reportDocument(report: ReportTable, lang: Lang): Promise<Buffer> {
  const run = (text: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}) => new TextRun({ text, font: 'Times New Roman', size: (opts.size ?? 13) * 2, bold: opts.bold, italics: opts.italics });
  const para = (text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType], opts: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
    new Paragraph({ alignment, children: [run(text, opts)] });
  const rates = new Set(report.rateColumns ?? []);
  const tableRow = (values: Cell[], bold: boolean) => new TableRow({
    children: values.map((v, i) => new TableCell({ children: [new Paragraph({ children: [run(cellText(v, rates.has(i), lang), { bold, size: 12 })] })] })),
  });
  const rows = [tableRow(report.columns, true), ...report.rows.map((r) => tableRow(r, false)), ...(report.totals ? [tableRow(report.totals, true)] : [])];
  const doc = new Document({
    sections: [{
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
      children: [
        para(report.agency, AlignmentType.LEFT, { bold: true }),
        para(report.dateLine, AlignmentType.RIGHT, { italics: true }),
        para(report.title, AlignmentType.CENTER, { bold: true, size: 14 }),
        para(report.period, AlignmentType.CENTER, { italics: true }),
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}
