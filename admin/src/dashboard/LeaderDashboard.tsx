import { Alert, Box, Card, CardContent, CardHeader, LinearProgress, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useDataProvider, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { formatNumber, formatRate, todayInVietnam } from '../common/format.js';
import type { AppDataProvider } from '../providers/index.js';
import { canAccess, type Permissions } from '../providers/can-access.js';
import type { MonthTrend, UnitTaskSummary } from '../providers/panel-operations.js';
import { KpiGroupsWidget, lastQuarter } from './KpiGroupsWidget.js';

const CompletionByUnitChart = lazy(async () => ({ default: (await import('./charts.js')).CompletionByUnitChart }));
const OverdueTrendChart = lazy(async () => ({ default: (await import('./charts.js')).OverdueTrendChart }));

/** The task list of a unit and the units under it, optionally of one timeliness. */
export function unitTasksPath(unitId: string, timeliness?: string, own = false): string {
  // `own`: the tasks the unit leads itself, not those of the units under it
  const filter: Record<string, unknown> = { unitId, includeSubunits: !own };
  if (timeliness) filter.timeliness = timeliness;
  return `/Task?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}

function useQuery<T>(run: () => Promise<{ data: T }>, key: string) {
  const [state, setState] = useState<{ data?: T; error?: Error; pending: boolean }>({ pending: true });
  useEffect(() => {
    let current = true;
    setState({ pending: true });
    run().then(
      ({ data }) => current && setState({ data, pending: false }),
      (error: Error) => current && setState({ error, pending: false }),
    );
    return () => {
      current = false;
    };
    // `key` stands for the parameters
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}

/** A figure of the ranking that opens the tasks behind it. */
const Figure = ({ value, to, locale }: { value: number; to: string; locale: string }) =>
  value === 0 ? (
    <>{formatNumber(value, locale)}</>
  ) : (
    <Link component={RouterLink} to={to}>
      {formatNumber(value, locale)}
    </Link>
  );

/**
 * The leader's dashboard over a unit (the province by default): completion by unit (a chart
 * whose bars open the unit's tasks), the overdue trend by month, and the units ranked by the
 * completion rate over the tasks due, every figure opening the tasks behind it; the KPI groups of
 * the last quarter with their indicators below target, opening the accountability view.
 */
export const LeaderDashboard = ({ unitId, unitName }: { unitId: string; unitName: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { permissions } = usePermissions<Permissions>();
  const kpi = !!permissions && canAccess(permissions, { resource: 'IndicatorResult', action: 'accountability' });
  const summaries = useQuery<UnitTaskSummary[]>(() => dataProvider.unitTaskSummaries({ unitId }), `s${unitId}`);
  const trend = useQuery<MonthTrend[]>(() => dataProvider.overdueTrend({ unitId, months: 12 }), `t${unitId}`);
  const ranked = [...(summaries.data ?? [])].sort(
    (a, b) => (b.completionRateOfDue ?? -1) - (a.completionRateOfDue ?? -1) || b.total - a.total || a.unitName.localeCompare(b.unitName, 'vi'),
  );
  // a unit with nothing due has no rate: it is not drawn as 0 %
  const withTasks = ranked.filter((r) => r.completionRateOfDue !== null);
  const chartLabel = translate('app.leader.completionChart', { unit: unitName });
  const trendLabel = translate('app.leader.trendChart', { unit: unitName });
  const month = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h5" component="h1" sx={{ mt: 1 }}>
        {translate('app.leader.title', { unit: unitName })}
      </Typography>
      <Card component="section" aria-label={chartLabel}>
        <CardHeader title={chartLabel} subheader={translate('app.leader.chartHint')} slotProps={{ title: { component: 'h2', variant: 'h6' } }} />
        {summaries.pending && <LinearProgress />}
        <CardContent>
          {summaries.error && <Alert severity="error">{summaries.error.message}</Alert>}
          {summaries.data && (
            <Suspense fallback={<LinearProgress />}>
              <CompletionByUnitChart
                rows={withTasks}
                label={chartLabel}
                rateName={translate('app.dashboard.rateOfDue')}
                onUnit={(id, own) => navigate(unitTasksPath(id, undefined, own))}
              />
            </Suspense>
          )}
        </CardContent>
      </Card>
      <Card component="section" aria-label={trendLabel}>
        <CardHeader title={trendLabel} slotProps={{ title: { component: 'h2', variant: 'h6' } }} />
        {trend.pending && <LinearProgress />}
        <CardContent>
          {trend.error && <Alert severity="error">{trend.error.message}</Alert>}
          {trend.data && (
            <Suspense fallback={<LinearProgress />}>
              <OverdueTrendChart rows={trend.data} label={trendLabel} names={{ due: translate('app.leader.due'), late: translate('app.leader.late'), month }} />
            </Suspense>
          )}
        </CardContent>
      </Card>
      {kpi && <KpiGroupsWidget unitId={unitId} unitName={unitName} period={lastQuarter(todayInVietnam())} />}
      <Card component="section" aria-label={translate('app.leader.ranking')}>
        <CardHeader title={translate('app.leader.ranking')} slotProps={{ title: { component: 'h2', variant: 'h6' } }} />
        <CardContent sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.leader.rank')}</TableCell>
                <TableCell>{translate('resources.Task.fields.leadUnitId')}</TableCell>
                <TableCell align="right">{translate('app.dashboard.total')}</TableCell>
                <TableCell align="right">{translate('app.dashboard.doneOnTime')}</TableCell>
                <TableCell align="right">{translate('app.dashboard.doneLate')}</TableCell>
                <TableCell align="right">{translate('app.dashboard.openWithinDeadline')}</TableCell>
                <TableCell align="right">{translate('app.dashboard.openOverdue')}</TableCell>
                <TableCell align="right">{translate('app.dashboard.rateOfTotal')}</TableCell>
                <TableCell align="right">{translate('app.leader.rateOfDueShort')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {ranked.map((r, i) => (
                <TableRow key={r.unitId}>
                  <TableCell>{i + 1}</TableCell>
                  <TableCell>
                    <Link component={RouterLink} to={`/Unit/${r.unitId}/show`}>
                      {r.unitName}
                    </Link>
                    {r.own && ` (${translate('app.leader.ownTasks')})`}
                  </TableCell>
                  <TableCell align="right"><Figure value={r.total} to={unitTasksPath(r.unitId, undefined, r.own)} locale={locale} /></TableCell>
                  <TableCell align="right"><Figure value={r.doneOnTime} to={unitTasksPath(r.unitId, 'DONE_ON_TIME', r.own)} locale={locale} /></TableCell>
                  <TableCell align="right"><Figure value={r.doneLate} to={unitTasksPath(r.unitId, 'DONE_LATE', r.own)} locale={locale} /></TableCell>
                  <TableCell align="right"><Figure value={r.openWithinDeadline} to={unitTasksPath(r.unitId, 'OPEN_WITHIN_DEADLINE', r.own)} locale={locale} /></TableCell>
                  <TableCell align="right"><Figure value={r.openOverdue} to={unitTasksPath(r.unitId, 'OPEN_OVERDUE', r.own)} locale={locale} /></TableCell>
                  <TableCell align="right">{formatRate(r.completionRateOfTotal, locale)}</TableCell>
                  <TableCell align="right">{formatRate(r.completionRateOfDue, locale)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
    </Box>
  );
};
