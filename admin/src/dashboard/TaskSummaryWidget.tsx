import { Alert, Box, Card, CardContent, CardHeader, LinearProgress, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatLocalDate, formatNumber, formatRate } from '../common/format.js';
import type { TaskSummaryState } from './use-task-summary.js';

const Figure = ({ label, value, color }: { label: string; value: string; color?: string }) => (
  <Box role="group" aria-label={label} sx={{ p: 1.5, borderRadius: 1, bgcolor: 'action.hover' }}>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
    <Typography variant="h5" component="p" sx={{ color }}>
      {value}
    </Typography>
  </Box>
);

/**
 * Total, done on time, done late, open within deadline and open overdue, with both completion
 * rates labelled: over all tasks, and over the tasks that are due (the Government Office's).
 */
export const TaskSummaryWidget = ({ hasScope, summary }: { hasScope: boolean; summary: TaskSummaryState }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, error, isPending } = summary;
  const n = (value: number | undefined) => formatNumber(value ?? null, locale);
  return (
    <Card>
      <CardHeader
        title={translate('app.dashboard.summaryTitle')}
        slotProps={{ title: { component: 'h2' } }}
        subheader={data ? translate('app.dashboard.asOf', { date: formatLocalDate(data.asOf) }) : undefined}
      />
      {isPending && <LinearProgress />}
      <CardContent>
        {!hasScope && <Typography>{translate('app.dashboard.chooseUnit')}</Typography>}
        {error && <Alert severity="error">{error.message}</Alert>}
        {data && (
          <>
            <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: 1.5 }}>
              <Figure label={translate('app.dashboard.total')} value={n(data.total)} />
              <Figure label={translate('app.dashboard.doneOnTime')} value={n(data.doneOnTime)} color="success.main" />
              <Figure label={translate('app.dashboard.doneLate')} value={n(data.doneLate)} color="warning.main" />
              <Figure label={translate('app.dashboard.openWithinDeadline')} value={n(data.openWithinDeadline)} color="info.main" />
              <Figure label={translate('app.dashboard.openOverdue')} value={n(data.openOverdue)} color="error.main" />
              <Figure label={translate('app.dashboard.doneNoDeadline')} value={n(data.doneNoDeadline)} />
              <Figure label={translate('app.dashboard.openNoDeadline')} value={n(data.openNoDeadline)} />
            </Box>
            <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: 1.5, mt: 1.5 }}>
              <Figure label={translate('app.dashboard.rateOfTotal')} value={formatRate(data.completionRateOfTotal, locale)} />
              <Figure label={translate('app.dashboard.rateOfDue')} value={formatRate(data.completionRateOfDue, locale)} />
            </Box>
          </>
        )}
      </CardContent>
    </Card>
  );
};
