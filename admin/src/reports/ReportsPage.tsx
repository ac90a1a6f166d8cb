import { Box, Card, CardContent, CardHeader, Typography } from '@mui/material';
import { useMemo } from 'react';
import { Form, FormDataConsumer, Loading, NumberInput, SelectInput, Title, useDataProvider, usePermissions, useTranslate } from 'react-admin';
import { todayInVietnam } from '../common/format.js';
import { enumChoices } from '../common/inputs.js';
import { defaultSummaryUnitId, type Permissions } from '../providers/can-access.js';
import type { AppDataProvider } from '../providers/index.js';
import { DownloadButton } from './DownloadButton.js';
import type { ReportFormat } from './report-operations.js';
import { UnitPeriodControls } from './UnitPeriodControls.js';

type Controls = {
  unitId?: string | null; from?: string | null; to?: string | null; format?: ReportFormat;
  periodKind?: string; year?: number; periodNumber?: number;
};

const date = (v: string | null | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);

const Reports = ({ c }: { c: Controls }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const t = (key: string) => translate(`app.reports.${key}`);
  const unitId = c.unitId ? String(c.unitId) : null;
  const format = c.format ?? 'XLSX';
  const periodNumber = c.periodKind === 'YEAR' ? 0 : Number(c.periodNumber);
  const kpiReady = !!unitId && !!c.periodKind && !!c.year && (c.periodKind === 'YEAR' || periodNumber > 0);
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr 1fr' } }}>
      <Card component="section" aria-label={t('taskReport')}>
        <CardHeader title={t('taskReport')} slotProps={{ title: { component: 'h2', variant: 'h6' } }} />
        <CardContent>
          <Typography variant="body2" sx={{ mb: 2 }}>{t('taskReportHint')}</Typography>
          <DownloadButton label="app.reports.download" disabled={!unitId}
            load={() => dataProvider.taskReport({ unitId: unitId!, format, from: date(c.from), to: date(c.to) })} />
        </CardContent>
      </Card>
      <Card component="section" aria-label={t('overdueReport')}>
        <CardHeader title={t('overdueReport')} slotProps={{ title: { component: 'h2', variant: 'h6' } }} />
        <CardContent>
          <Typography variant="body2" sx={{ mb: 2 }}>{t('overdueReportHint')}</Typography>
          <DownloadButton label="app.reports.download" disabled={!unitId} load={() => dataProvider.overdueTaskReport({ unitId: unitId!, format })} />
        </CardContent>
      </Card>
      <Card component="section" aria-label={t('kpiReport')}>
        <CardHeader title={t('kpiReport')} slotProps={{ title: { component: 'h2', variant: 'h6' } }} />
        <CardContent>
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            <Box sx={{ width: 160 }}><SelectInput source="periodKind" label="app.reports.periodKind" choices={enumChoices('PeriodKind')} helperText={false} /></Box>
            <Box sx={{ width: 100 }}><NumberInput source="year" label="app.reports.year" step={1} helperText={false} /></Box>
            {c.periodKind !== 'YEAR' && (
              <Box sx={{ width: 100 }}><NumberInput source="periodNumber" label="app.reports.periodNumber" step={1} min={1} max={12} helperText={false} /></Box>
            )}
          </Box>
          <DownloadButton label="app.reports.download" disabled={!kpiReady}
            load={() => dataProvider.kpiReport({ unitId: unitId!, format, periodKind: c.periodKind!, periodNumber, year: Number(c.year) })} />
        </CardContent>
      </Card>
    </Box>
  );
};

/** "Báo cáo": the task report by unit, the overdue list and the KPI report of a period, as .xlsx or .docx. */
export const ReportsPage = () => {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<Permissions>();
  const today = todayInVietnam();
  const defaults = useMemo<Controls>(() => {
    const quarter = Math.ceil(Number(today.slice(5, 7)) / 3);
    return {
      unitId: defaultSummaryUnitId(permissions, today), from: `${today.slice(0, 4)}-01-01`, to: today, format: 'XLSX',
      periodKind: 'QUARTER', year: Number(today.slice(0, 4)), periodNumber: Math.max(1, quarter - 1),
    };
  }, [permissions, today]);
  if (isPending || !permissions) return <Loading />;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.reports.title')} />
      <Form key={JSON.stringify(defaults)} defaultValues={defaults} record={{}} mode="onChange">
        <Card sx={{ mb: 2 }}>
          <CardContent sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', pb: '8px !important' }}>
            <UnitPeriodControls permissions={permissions} />
            <Box sx={{ width: 160 }}>
              <SelectInput source="format" label="app.reports.format" helperText={false}
                choices={[{ id: 'XLSX', name: 'app.reports.xlsx' }, { id: 'DOCX', name: 'app.reports.docx' }]} />
            </Box>
          </CardContent>
        </Card>
        <FormDataConsumer<Controls>>{({ formData }) => <Reports c={formData} />}</FormDataConsumer>
      </Form>
    </Box>
  );
};
