import ExcelJS from 'exceljs';
import type { Actor } from '../../auth/actor.js';
import { inScope } from '../../auth/actor.js';
import { TASK_MANAGERS } from '../../auth/roles.js';
import type { Clock } from '../../clock.js';
import { isCalendarDate } from '../../dates.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { currentLang } from '../../i18n/lang.js';
import { translate, type MessageKey } from '../../i18n/messages.js';
import { readSheet } from '../kpi/kpi-file.js';
import { Official } from '../official/official.entity.js';
import { TaskService } from '../task/task.service.js';
import type { CreateTaskArgs } from '../task/task.inputs.js';
import { Unit } from '../unit/unit.entity.js';

/** The columns of the task import template (like the KPI import: codes, not names). */
export const TASK_COLUMNS = {
  title: 'tieu_de', lead: 'ma_don_vi_chu_tri', coordinating: 'ma_don_vi_phoi_hop', responsible: 'ma_can_bo_chiu_trach_nhiem',
  start: 'ngay_bat_dau', deadline: 'thoi_han', expected: 'ket_qua_du_kien', description: 'mo_ta',
} as const;
const REQUIRED = [TASK_COLUMNS.title, TASK_COLUMNS.lead];
export const MAX_IMPORT_ROWS = 2000;

export interface ImportIssue { row: number; column: string | null; message: string }
export interface ImportReport { saved: boolean; rows: number; imported: number; issues: ImportIssue[] }

export async function taskTemplate(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('nhiem_vu');
  sheet.addRow(Object.values(TASK_COLUMNS));
  sheet.addRow(['Số hóa hồ sơ đất đai', 'TN-XA-NARI', 'TN-XA-VANLANG', '', '01/12/2026', '31/12/2026', '100% hồ sơ được số hóa', '']);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c) => { c.width = 24; });
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** dd/MM/yyyy (or a date cell) as YYYY-MM-DD; '' as null; anything else undefined (an error). */
function parseDate(raw: string): string | null | undefined {
  if (raw === '') return null;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  let iso: string;
  if (m) iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) iso = raw;
  else {
    const asDate = new Date(raw); // a date cell read back as text
    if (Number.isNaN(asDate.getTime()) || !/\d{4}/.test(raw)) return undefined;
    iso = asDate.toISOString().slice(0, 10);
  }
  return isCalendarDate(iso) ? iso : undefined;
}

/** Tasks from an .xlsx (or CSV) file: every row checked first, then all created in one transaction, or none. */
export async function importTasks(db: Database, clock: Clock, actor: Actor, fileName: string, base64: string): Promise<ImportReport> {
  const lang = currentLang();
  const say = (key: MessageKey, params: Record<string, string | number | undefined> = {}) => translate(lang, key, params);
  const sheet = await readSheet(fileName, Buffer.from(base64, 'base64'));
  if (!sheet) return { saved: false, rows: 0, imported: 0, issues: [{ row: 1, column: null, message: say('import.badFormat') }] };
  const rows = sheet.rows.filter((r) => r.some((c) => c !== ''));
  const issues: ImportIssue[] = [];
  const at = (row: number, column: string | null, message: string) => { if (issues.length < 1000) issues.push({ row, column, message }); };
  const col = new Map(sheet.header.map((h, i) => [h, i]));
  for (const required of REQUIRED) if (!col.has(required)) at(1, required, say('import.missingColumn', { value: required }));
  for (const h of sheet.header) if (h && !(Object.values(TASK_COLUMNS) as string[]).includes(h)) at(1, h, say('import.unknownColumn', { value: h }));
  if (rows.length === 0) at(2, null, say('import.emptyFile'));
  if (rows.length > MAX_IMPORT_ROWS) at(2, null, say('input.range', { field: 'rows', min: 1, max: MAX_IMPORT_ROWS }));
  if (issues.length) return { saved: false, rows: rows.length, imported: 0, issues };

  const cell = (r: string[], c: string) => (col.has(c) ? (r[col.get(c)!] ?? '').trim() : '');
  const codes = [...new Set(rows.flatMap((r) => [cell(r, TASK_COLUMNS.lead), ...cell(r, TASK_COLUMNS.coordinating).split(/[,;]/)].map((c) => c.trim().toUpperCase()).filter(Boolean)))];
  const units = codes.length ? await db.manager.createQueryBuilder(Unit, 'u').where('u.code IN (:...codes)', { codes }).getMany() : [];
  const unitByCode = new Map(units.map((u) => [u.code.toUpperCase(), u]));
  const officialIds = [...new Set(rows.map((r) => Number(cell(r, TASK_COLUMNS.responsible))).filter((n) => Number.isInteger(n) && n > 0))];
  const officials = new Set(officialIds.length ? (await db.manager.createQueryBuilder(Official, 'o').select('o.id').where('o.id IN (:...ids)', { ids: officialIds }).getMany()).map((o) => o.id) : []);
  const prepared: Array<{ row: number; args: CreateTaskArgs }> = [];
  rows.forEach((r, index) => {
    const row = index + 2;
    const before = issues.length;
    const title = cell(r, TASK_COLUMNS.title);
    if (!title) at(row, TASK_COLUMNS.title, say('input.required', { field: 'title' }));
    const leadCode = cell(r, TASK_COLUMNS.lead).toUpperCase();
    const lead = unitByCode.get(leadCode);
    if (!lead || !inScope(actor, TASK_MANAGERS, lead.path)) at(row, TASK_COLUMNS.lead, say('import.unknownUnit', { value: leadCode }));
    const coordinating = cell(r, TASK_COLUMNS.coordinating).split(/[,;]/).map((c) => c.trim().toUpperCase()).filter(Boolean);
    for (const c of coordinating) if (!unitByCode.has(c)) at(row, TASK_COLUMNS.coordinating, say('import.unknownUnit', { value: c }));
    const responsibleRaw = cell(r, TASK_COLUMNS.responsible);
    if (responsibleRaw && !officials.has(Number(responsibleRaw))) at(row, TASK_COLUMNS.responsible, say('record.notFound', { field: 'official', id: responsibleRaw }));
    const start = parseDate(cell(r, TASK_COLUMNS.start));
    const deadline = parseDate(cell(r, TASK_COLUMNS.deadline));
    if (start === undefined) at(row, TASK_COLUMNS.start, say('input.malformedDate', { field: 'startDate', value: cell(r, TASK_COLUMNS.start) }));
    if (deadline === undefined) at(row, TASK_COLUMNS.deadline, say('input.malformedDate', { field: 'deadline', value: cell(r, TASK_COLUMNS.deadline) }));
    const startDate = start ?? clock.today();
    if (deadline && deadline < startDate) at(row, TASK_COLUMNS.deadline, say('task.deadlineBeforeStart', { deadline, startDate }));
    if (issues.length > before || !lead) return;
    prepared.push({
      row,
      args: {
        title, leadUnitId: String(lead.id), coordinatingUnitIds: coordinating.map((c) => String(unitByCode.get(c)!.id)),
        responsibleOfficialId: responsibleRaw || null, startDate, deadline: deadline ?? null,
        expectedResult: cell(r, TASK_COLUMNS.expected), description: cell(r, TASK_COLUMNS.description),
      },
    });
  });
  if (issues.length) return { saved: false, rows: rows.length, imported: 0, issues };
  const tasks = new TaskService(db, clock, actor);
  let failed: ImportIssue | null = null;
  try {
    await db.transaction(async (m) => {
      for (const p of prepared) {
        try {
          await tasks.create(p.args, m);
        } catch (error) {
          if (error instanceof AppError) failed = { row: p.row, column: null, message: translate(lang, error.reason, error.params) };
          throw error;
        }
      }
    });
  } catch (error) {
    if (!failed) throw error;
    return { saved: false, rows: rows.length, imported: 0, issues: [failed] };
  }
  return { saved: true, rows: rows.length, imported: prepared.length, issues: [] };
}
