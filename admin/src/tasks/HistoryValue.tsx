import { useGetManyAggregate, useGetRecordRepresentation, useLocaleState, useTranslate } from 'react-admin';
import { formatLocalDate, formatNumber } from '../common/format.js';

/** History keeps ids; these fields show the names they point to. */
const REFERENCES: Record<string, string> = {
  leadUnitId: 'Unit',
  coordinatingUnitIds: 'Unit',
  responsibleOfficialId: 'Official',
  assigneeIds: 'Official',
  createdByOfficialId: 'Official',
  directiveId: 'Directive',
};
const DATES = new Set(['startDate', 'deadline', 'originalDeadline', 'reportedDoneOn', 'completedOn', 'deletedAt']);

const ReferenceNames = ({ reference, ids }: { reference: string; ids: string[] }) => {
  const { data } = useGetManyAggregate(reference, { ids });
  const represent = useGetRecordRepresentation(reference);
  const names = ids.map((id) => {
    const record = data?.find((r) => String(r?.id) === id);
    return record ? String(represent(record)) : `#${id}`;
  });
  return <>{names.length ? names.join(', ') : '—'}</>;
};

/** A value as history stored it (JSON), shown as the user knows it: names, dd/MM/yyyy, labels. */
export const HistoryValue = ({ field, json }: { field: string | null | undefined; json: string | null | undefined }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (json === null || json === undefined || !field) return <>—</>;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = json;
  }
  if (value === null || value === undefined || value === '') return <>—</>;
  const reference = REFERENCES[field];
  if (reference) {
    const ids = (Array.isArray(value) ? value : [value]).map(String);
    return <ReferenceNames reference={reference} ids={ids} />;
  }
  if (DATES.has(field)) return <>{formatLocalDate(value)}</>;
  if (field === 'state') return <>{translate(`enums.TaskState.${value}`, { _: String(value) })}</>;
  if (typeof value === 'boolean') return <>{translate(value ? 'ra.boolean.true' : 'ra.boolean.false')}</>;
  if (typeof value === 'number') return <>{formatNumber(value, locale)}</>;
  return <>{typeof value === 'object' ? JSON.stringify(value) : String(value)}</>;
};
