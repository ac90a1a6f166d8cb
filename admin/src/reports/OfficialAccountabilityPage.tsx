import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert, Box, Button, Card, CardContent, LinearProgress, Link as MuiLink, Table, TableBody, TableCell, TableHead, TableRow, TableSortLabel, Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { Form, FormDataConsumer, Loading, Title, useDataProvider, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { toCsv } from '../common/csv.js';
import { formatNumber, formatRate, todayInVietnam } from '../common/format.js';
import { useKpiQuery } from '../kpi-accountability/use-kpi-query.js';
import { defaultSummaryUnitId, type Permissions } from '../providers/can-access.js';
import type { AppDataProvider } from '../providers/index.js';
import { downloadText } from './download.js';
import { officialTasksPath } from './paths.js';
import type { OfficialAccountability } from './report-operations.js';
import { UnitPeriodControls } from './UnitPeriodControls.js';

type Controls = { unitId?: string | null; from?: string | null; to?: string | null };
type Key = keyof OfficialAccountability;

/** The columns: the figure, and the timeliness its link filters the task list by. */
const FIGURES: Array<{ key: Key; timeliness?: string }> = [
  { key: 'total' },
  { key: 'doneOnTime', timeliness: 'DONE_ON_TIME' },
  { key: 'doneLate', timeliness: 'DONE_LATE' },
  { key: 'openWithinDeadline', timeliness: 'OPEN_WITHIN_DEADLINE' },
  { key: 'openOverdue', timeliness: 'OPEN_OVERDUE' },
  { key: 'returned' },
];
const RATES: Key[] = ['completionRateOfTotal', 'completionRateOfDue'];

const Num = ({ children, warn }: { children: React.ReactNode; warn?: boolean }) => (
  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', color: warn ? 'error.main' : undefined }}>{children}</TableCell>
);

function compare(a: OfficialAccountability, b: OfficialAccountability, key: Key): number {
  const x = a[key];
  const y = b[key];
  if (x === y) return 0;
  if (x === null || x === undefined) return 1;
  if (y === null || y === undefined) return -1;
  return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'vi');
}

const Table_ = ({ controls }: { controls: Controls }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string, options?: object) => translate(`app.accountabilityByOfficial.${key}`, options);
  const [sort, setSort] = useState<{ key: Key; order: 'asc' | 'desc' }>({ key: 'openOverdue', order: 'desc' });
  const unitId = controls.unitId ? String(controls.unitId) : null;
  const from = controls.from && /^\d{4}-\d{2}-\d{2}$/.test(controls.from) ? controls.from : null;
  const to = controls.to && /^\d{4}-\d{2}-\d{2}$/.test(controls.to) ? controls.to : null;
  const key = unitId ? JSON.stringify({ unitId, from, to }) : null;
  const { data, error, isPending } = useKpiQuery(key, () => dataProvider.officialAccountabilities({ unitId: unitId!, from, to }));
  const rows = useMemo(() => {
    const sorted = [...(data ?? [])].sort((a, b) => compare(a, b, sort.key) || a.fullName.localeCompare(b.fullName, 'vi'));
    return sort.order === 'desc' ? sorted.reverse() : sorted;
  }, [data, sort]);
  if (!unitId) return <Typography>{t('chooseUnit')}</Typography>;
  const header = (k: Key, align: 'left' | 'right' = 'right') => (
    <TableCell key={k} align={align} sortDirection={sort.key === k ? sort.order : false}>
      <TableSortLabel active={sort.key === k} direction={sort.key === k ? sort.order : 'asc'}
        onClick={() => setSort((s) => ({ key: k, order: s.key === k && s.order === 'desc' ? 'asc' : 'desc' }))}>
        {t(`columns.${k}`)}
      </TableSortLabel>
    </TableCell>
  );
  const exportCsv = () => {
    const keys: Key[] = ['fullName', 'position', 'unitName', ...FIGURES.map((f) => f.key), ...RATES];
    const csv = toCsv(
      keys.map((k) => t(`columns.${k}`)),
      rows.map((r) => keys.map((k) => (RATES.includes(k) ? formatRate(r[k] as number | null, locale) : typeof r[k] === 'number' ? formatNumber(r[k] as number, locale) : r[k]))),
      locale,
    );
    downloadText(`${t('fileName')} ${todayInVietnam()}.csv`, csv);
  };
  return (
    <Card>
      <CardContent>
        {isPending && <LinearProgress sx={{ mb: 2 }} />}
        {error && <Alert severity="error" sx={{ mb: 2 }}>{error.message}</Alert>}
        {data && (
          <>
            <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
              <Typography variant="body2">{t('count', { smart_count: rows.length })}</Typography>
              <Button startIcon={<DownloadIcon />} onClick={exportCsv} disabled={!rows.length}>{t('export')}</Button>
            </Box>
            {rows.length === 0 ? (
              <Typography>{t('none')}</Typography>
            ) : (
              <Box sx={{ overflowX: 'auto' }}>
                <Table size="small" aria-label={t('title')}>
                  <TableHead>
                    <TableRow>
                      {header('fullName', 'left')}
                      {header('unitName', 'left')}
                      {FIGURES.map((f) => header(f.key))}
                      {RATES.map((k) => header(k))}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {rows.map((r) => (
                      <TableRow key={r.id} hover>
                        <TableCell>
                          <MuiLink component={Link} to={`/Official/${r.id}/show`}>{r.fullName}</MuiLink>
                          <Typography variant="caption" component="div" color="text.secondary">{r.position}</Typography>
                        </TableCell>
                        <TableCell>{r.unitName}</TableCell>
                        {FIGURES.map((f) => {
                          const value = r[f.key] as number;
                          return (
                            <Num key={f.key} warn={f.key === 'openOverdue' && value > 0}>
                              {value === 0 ? formatNumber(0, locale) : (
                                <MuiLink component={Link} to={officialTasksPath(r.id, f.timeliness, from, to)}
                                  aria-label={`${r.fullName}: ${t(`columns.${f.key}`)} ${value}`}>
                                  {formatNumber(value, locale)}
                                </MuiLink>
                              )}
                            </Num>
                          );
                        })}
                        {RATES.map((k) => <Num key={k}>{formatRate(r[k] as number | null, locale)}</Num>)}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
            )}
            <Typography variant="caption" component="p" sx={{ mt: 1 }} color="text.secondary">{t('hint')}</Typography>
          </>
        )}
      </CardContent>
    </Card>
  );
};

/**
 * Accountability by official: for each official of a unit and its sub-units, the tasks they
 * answer for or carry out by timeliness, both rates; sortable, exported as CSV, every figure
 * opening the tasks behind it.
 */
export const OfficialAccountabilityPage = () => {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<Permissions>();
  const today = todayInVietnam();
  const defaults = useMemo<Controls>(() => ({ unitId: defaultSummaryUnitId(permissions, today), from: null, to: null }), [permissions, today]);
  if (isPending || !permissions) return <Loading />;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.accountabilityByOfficial.title')} />
      <Form key={JSON.stringify(defaults)} defaultValues={defaults} record={{}} mode="onChange">
        <Card sx={{ mb: 2 }}>
          <CardContent sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', pb: '8px !important' }}>
            <UnitPeriodControls permissions={permissions} />
          </CardContent>
        </Card>
        <FormDataConsumer<Controls>>{({ formData }) => <Table_ controls={formData} />}</FormDataConsumer>
      </Form>
    </Box>
  );
};
