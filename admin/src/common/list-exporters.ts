import type { DataProvider, Exporter, FetchRelatedRecords, RaRecord } from 'react-admin';
import { i18nProvider } from '../providers/i18n-provider.js';
import { toCsv } from './csv.js';
import { formatDateTimeVietnam, formatLocalDate, todayInVietnam } from './format.js';

/**
 * The list exports: one row per record, the columns the list shows, headers and values in the
 * reader's language (states and kinds in words, references by name), dates dd/MM/yyyy. Loaded
 * with the first export (see `lazyExporter`).
 */
type Column =
  | { source: string; kind?: 'text' | 'date' | 'datetime' | 'boolean' | 'number' }
  | { source: string; kind: 'enum'; enumName: string }
  | { source: string; kind: 'reference'; reference: string; label: (r: RaRecord) => string };

const name = (r: RaRecord) => String(r.name ?? '');
const fullName = (r: RaRecord) => String(r.fullName ?? '');

export const COLUMNS: Record<string, Column[]> = {
  Task: [
    { source: 'title' },
    { source: 'leadUnitId', kind: 'reference', reference: 'Unit', label: name },
    { source: 'responsibleOfficialId', kind: 'reference', reference: 'Official', label: fullName },
    { source: 'startDate', kind: 'date' },
    { source: 'deadline', kind: 'date' },
    { source: 'state', kind: 'enum', enumName: 'TaskState' },
    { source: 'timeliness', kind: 'enum', enumName: 'Timeliness' },
    { source: 'percentDone', kind: 'number' },
    { source: 'completedOn', kind: 'date' },
  ],
  Official: [
    { source: 'fullName' },
    { source: 'category', kind: 'enum', enumName: 'OfficialCategory' },
    { source: 'currentUnitId', kind: 'reference', reference: 'Unit', label: name },
    { source: 'currentPosition' },
    { source: 'currentRole', kind: 'enum', enumName: 'PostRole' },
  ],
  Unit: [
    { source: 'code' },
    { source: 'name' },
    { source: 'kind', kind: 'enum', enumName: 'UnitKind' },
    { source: 'parentId', kind: 'reference', reference: 'Unit', label: name },
    { source: 'validFrom', kind: 'date' },
    { source: 'validTo', kind: 'date' },
  ],
  Directive: [
    { source: 'documentId', kind: 'reference', reference: 'Document', label: (r) => `${r.number} — ${r.title}` },
    { source: 'number' },
    { source: 'text' },
  ],
  Document: [
    { source: 'number' },
    { source: 'title' },
    { source: 'kind', kind: 'enum', enumName: 'DocumentKind' },
    { source: 'issuedOn', kind: 'date' },
    { source: 'issuingUnitId', kind: 'reference', reference: 'Unit', label: name },
  ],
  Account: [
    { source: 'username' },
    { source: 'officialId', kind: 'reference', reference: 'Official', label: fullName },
    { source: 'disabled', kind: 'boolean' },
    { source: 'passwordTemporary', kind: 'boolean' },
    { source: 'lastLoginAt', kind: 'datetime' },
  ],
};

/** The file name: the list's name in the reader's language and today's date. */
function fileName(resource: string, t: (k: string, o?: Record<string, unknown>) => string): string {
  // today in Vietnam, whatever the browser's zone
  const day = formatLocalDate(todayInVietnam()).replace(/\//g, '-');
  return `${t(`resources.${resource}.name`, { smart_count: 2, _: resource })} ${day}.csv`;
}

export async function buildListCsv(records: RaRecord[], fetchRelatedRecords: FetchRelatedRecords, resource: string): Promise<{ csv: string; fileName: string }> {
  const columns = COLUMNS[resource];
  if (!columns) throw new Error(`No export columns for ${resource}`);
  const locale = i18nProvider.getLocale();
  const t = (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options);
  const related = new Map<string, Record<string, RaRecord>>();
  for (const c of columns) {
    if (c.kind === 'reference') related.set(c.source, await fetchRelatedRecords(records, c.source, c.reference));
  }
  const number = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB');
  const value = (c: Column, r: RaRecord): unknown => {
    const v = r[c.source];
    if (v === null || v === undefined || v === '') return '';
    switch (c.kind) {
      case 'date':
        return formatLocalDate(v);
      case 'datetime':
        return formatDateTimeVietnam(v);
      case 'boolean':
        return t(v ? 'ra.boolean.true' : 'ra.boolean.false');
      case 'number':
        return number.format(Number(v));
      case 'enum':
        return t(`enums.${c.enumName}.${v}`, { _: String(v) });
      case 'reference': {
        const target = related.get(c.source)?.[String(v)];
        return target ? c.label(target) : '';
      }
      default:
        return v;
    }
  };
  const headers = columns.map((c) => t(`resources.${resource}.fields.${c.source}`, { _: c.source }));
  return { csv: toCsv(headers, records.map((r) => columns.map((c) => value(c, r))), locale), fileName: fileName(resource, t) };
}

export async function exportList(records: RaRecord[], fetchRelatedRecords: FetchRelatedRecords, _dataProvider: DataProvider, resource?: string) {
  const { csv, fileName: name } = await buildListCsv(records, fetchRelatedRecords, resource!);
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export type { Exporter };
