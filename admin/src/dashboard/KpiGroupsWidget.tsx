import { Alert, Box, Card, CardContent, CardHeader, LinearProgress, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { formatNumber } from '../common/format.js';
import { KPI_ACCOUNTABILITY_PATH } from '../kpi-accountability/paths.js';
import { useKpiQuery } from '../kpi-accountability/use-kpi-query.js';
import type { AppDataProvider } from '../providers/index.js';
import type { GroupBelowTargetLine, KpiPeriod } from '../providers/kpi-operations.js';

/** The last quarter over, the period the accountability view opens on. */
export function lastQuarter(today: string): KpiPeriod {
  const quarter = Math.ceil(Number(today.slice(5, 7)) / 3);
  const year = Number(today.slice(0, 4));
  return quarter === 1 ? { periodKind: 'QUARTER', year: year - 1, periodNumber: 4 } : { periodKind: 'QUARTER', year, periodNumber: quarter - 1 };
}

/** The accountability view of a unit for a period, showing one group's indicators. */
export function accountabilityPath(unitId: string, period: KpiPeriod, groupId?: string): string {
  const search = new URLSearchParams({ unitId, periodKind: period.periodKind, year: String(period.year), periodNumber: String(period.periodNumber) });
  if (groupId) search.set('groupId', groupId);
  return `${KPI_ACCOUNTABILITY_PATH}?${search}`;
}

interface GroupRow {
  group: GroupBelowTargetLine['group'];
  total: number;
  units: GroupBelowTargetLine[];
}

/**
 * The KPI groups of the last quarter with how many indicators of each are below target, unit by
 * unit under the leader's; each unit's figure opens its accountability view on that group.
 */
export const KpiGroupsWidget = ({ unitId, unitName, period }: { unitId: string; unitName: string; period: KpiPeriod }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data, error, isPending } = useKpiQuery(JSON.stringify({ unitId, ...period }), () => dataProvider.indicatorGroupsBelowTarget({ unitId, ...period }));
  const rows: GroupRow[] = [];
  for (const line of data ?? []) {
    const row = rows.find((r) => r.group.id === line.group.id);
    if (row) {
      row.total += line.indicators;
      row.units.push(line);
    } else rows.push({ group: line.group, total: line.indicators, units: [line] });
  }
  const title = translate('app.leader.kpiGroups', { unit: unitName, period: translate('app.leader.quarter', { n: period.periodNumber, year: period.year }) });
  return (
    <Card component="section" aria-label={title}>
      <CardHeader title={title} subheader={translate('app.leader.kpiGroupsHint')} slotProps={{ title: { component: 'h2', variant: 'h6' } }} />
      {isPending && <LinearProgress />}
      <CardContent sx={{ overflowX: 'auto' }}>
        {error && <Alert severity="error">{error.message}</Alert>}
        {data && !rows.length && <Typography variant="body2">{translate('app.leader.noneBelowTarget')}</Typography>}
        {rows.length > 0 && (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.kpi.accountability.group')}</TableCell>
                <TableCell align="right">{translate('app.leader.indicatorsBelow')}</TableCell>
                <TableCell>{translate('app.leader.byUnit')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.group.id}>
                  <TableCell>
                    {r.group.code} — {locale === 'vi' ? r.group.nameVi : r.group.nameEn}
                  </TableCell>
                  <TableCell align="right">{formatNumber(r.total, locale)}</TableCell>
                  <TableCell>
                    <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: 2 }}>
                      {r.units.map((u) => (
                        <li key={u.unit.id}>
                          <Link component={RouterLink} to={accountabilityPath(u.unit.id, period, r.group.id)}>
                            {translate('app.leader.unitBelow', { unit: u.unit.name, smart_count: u.indicators })}
                          </Link>
                        </li>
                      ))}
                    </Box>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};
