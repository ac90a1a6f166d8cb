import {
  Alert, Box, Button, Card, CardContent, CardHeader, LinearProgress, Link as MuiLink, Table, TableBody, TableCell, TableHead, TableRow, Typography,
} from '@mui/material';
import { useMemo, type ReactNode } from 'react';
import {
  AutocompleteInput, Form, FormDataConsumer, Loading, NumberInput, RecordContextProvider, ReferenceInput, SelectInput, Title, useDataProvider,
  useLocaleState, usePermissions, useTranslate,
} from 'react-admin';
import { Link, useSearchParams } from 'react-router-dom';
import { formatLocalDate, todayInVietnam } from '../common/format.js';
import { enumChoices } from '../common/inputs.js';
import { AsPublishedAlert } from '../kpi-results/kpi-fields.js';
import { formatChange, formatDecimal2 } from '../kpi-results/kpi-format.js';
import { defaultSummaryUnitId, RESULT_READERS, scopeUnitFilter, type Permissions } from '../providers/can-access.js';
import type { AppDataProvider } from '../providers/index.js';
import type { IndicatorAccountability, KpiPeriod } from '../providers/kpi-operations.js';
import { TimelinessChip } from '../tasks/TimelinessChip.js';
import { useKpiQuery } from './use-kpi-query.js';

type Controls = Partial<KpiPeriod> & { unitId?: string | null };

function complete(c: Controls): (KpiPeriod & { unitId: string }) | null {
  if (!c.unitId || !c.periodKind || !c.year) return null;
  const periodNumber = c.periodKind === 'YEAR' ? 0 : Number(c.periodNumber);
  if (c.periodKind !== 'YEAR' && !periodNumber) return null;
  return { unitId: String(c.unitId), periodKind: c.periodKind, year: Number(c.year), periodNumber };
}

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card component="section" aria-label={title} sx={{ mb: 2 }}>
    <CardHeader title={title} slotProps={{ title: { component: 'h2', variant: 'h6' } }} />
    <CardContent sx={{ pt: 0 }}>{children}</CardContent>
  </Card>
);

const Num = ({ children, warn }: { children: ReactNode; warn?: boolean }) => (
  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', color: warn ? 'error.main' : undefined }}>
    {children}
  </TableCell>
);

/** Groups and indicators of the unit for the period, with the tasks meant to move each indicator. */
const Accountability = ({ data, groupId }: { data: IndicatorAccountability; groupId: string | null }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string) => translate(`app.kpi.accountability.${key}`);
  const d = (v: string | null | undefined) => formatDecimal2(v, locale);
  const name = (x: { nameVi: string; nameEn: string }) => (locale === 'vi' ? x.nameVi : x.nameEn);
  const groups = groupId ? data.groups.filter((g) => g.group.id === groupId) : data.groups;
  const indicators = groupId ? data.indicators.filter((l) => l.indicator.groupId === groupId) : data.indicators;
  return (
    <>
      <AsPublishedAlert result={data.result} />
      {!data.result && <Alert severity="info" sx={{ mb: 2 }}>{t('noResult')}</Alert>}
      {data.result && (
        <Typography variant="h6" component="p" sx={{ mb: 2 }}>
          {data.unit.name} — {translate('app.kpi.accountability.result', { total: d(data.result.total), period: data.period })}
        </Typography>
      )}
      <Section title={translate('app.kpi.groups')}>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('group')}</TableCell>
              <Num>{t('score')}</Num>
              <Num>{t('max')}</Num>
              <Num>{t('gap')}</Num>
              <Num>{t('change')}</Num>
            </TableRow>
          </TableHead>
          <TableBody>
            {groups.map((g) => (
              <TableRow key={g.group.id}>
                <TableCell>
                  {g.group.code} — {name(g.group)}
                </TableCell>
                <Num>{d(g.score)}</Num>
                <Num>{d(g.max)}</Num>
                <Num>{d(g.gap)}</Num>
                <Num warn={g.change !== null && Number(g.change) < 0}>{formatChange(g.change, locale)}</Num>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
      <Section title={translate('app.kpi.values')}>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('indicator')}</TableCell>
              <Num>{t('rate')}</Num>
              <Num>{t('target')}</Num>
              <Num>{t('gap')}</Num>
              <Num>{t('change')}</Num>
            </TableRow>
          </TableHead>
          <TableBody>
            {indicators.map((line) => (
              <IndicatorRows key={line.indicator.id} line={line} name={name(line.indicator)} />
            ))}
          </TableBody>
        </Table>
      </Section>
    </>
  );
};

const IndicatorRows = ({ line, name }: { line: IndicatorAccountability['indicators'][number]; name: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string) => translate(`app.kpi.accountability.${key}`);
  const d = (v: string | null | undefined) => formatDecimal2(v, locale);
  const below = line.gap !== null && Number(line.gap) > 0;
  return (
    <>
      <TableRow aria-label={`${line.indicator.code} — ${name}`} sx={{ '& td': { borderBottom: line.tasks.length ? 'none' : undefined } }}>
        <TableCell>
          {line.indicator.code} — {name}
        </TableCell>
        <Num>{d(line.rate)}</Num>
        <Num>{d(line.target)}</Num>
        <Num warn={below}>{d(line.gap)}</Num>
        <Num warn={line.change !== null && Number(line.change) < 0}>{formatChange(line.change, locale)}</Num>
      </TableRow>
      {line.tasks.length > 0 && (
        <TableRow>
          <TableCell colSpan={5} sx={{ pl: 4, pt: 0 }}>
            <Typography variant="caption" color="text.secondary">
              {t('tasks')}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 2 }}>
              {line.tasks.map((lt) => (
                <Box component="li" key={lt.task.id} sx={{ mb: 0.5 }}>
                  <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                    <MuiLink component={Link} to={`/Task/${lt.task.id}/show`}>
                      {lt.task.title}
                    </MuiLink>
                    <Typography variant="body2" color="text.secondary">
                      {t('responsible')}: {lt.responsibleOfficial?.fullName ?? '—'} · {t('target')} {d(lt.target)}%
                    </Typography>
                    <RecordContextProvider value={{ id: lt.task.id, timeliness: lt.timeliness }}>
                      <TimelinessChip />
                    </RecordContextProvider>
                  </Box>
                  {lt.lastUpdate && (
                    <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
                      {t('lastUpdate')} ({formatLocalDate(lt.lastUpdate.reportedOn)}, {lt.lastUpdate.percentDone}%): {lt.lastUpdate.note}
                    </Typography>
                  )}
                </Box>
              ))}
            </Box>
          </TableCell>
        </TableRow>
      )}
    </>
  );
};

const BelowTarget = ({ params, groupId }: { params: KpiPeriod & { unitId: string }; groupId: string | null }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string) => translate(`app.kpi.accountability.${key}`);
  // one group's lines are picked from all of them, not from the ten furthest below
  const { data: all, error, isPending } = useKpiQuery(JSON.stringify({ ...params, groupId }), () => dataProvider.indicatorsBelowTarget({ ...params, limit: groupId ? 1000 : 10 }));
  const data = groupId ? all?.filter((l) => l.indicator.groupId === groupId).slice(0, 10) : all;
  return (
    <Section title={t('belowTarget')}>
      {isPending && <LinearProgress />}
      {error && <Alert severity="error">{error.message}</Alert>}
      {data && !data.length && <Typography variant="body2">{t('noneBelowTarget')}</Typography>}
      {data && data.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('indicator')}</TableCell>
              <Num>{t('rate')}</Num>
              <Num>{t('target')}</Num>
              <Num>{t('gap')}</Num>
              <Num>{t('openTasks')}</Num>
              <TableCell>{t('officials')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((line) => (
              <TableRow key={line.indicator.id}>
                <TableCell>
                  {line.indicator.code} — {locale === 'vi' ? line.indicator.nameVi : line.indicator.nameEn}
                </TableCell>
                <Num>{formatDecimal2(line.rate, locale)}</Num>
                <Num>{formatDecimal2(line.target, locale)}</Num>
                <Num warn>{formatDecimal2(line.gap, locale)}</Num>
                <Num>{line.openTasks}</Num>
                <TableCell>{line.responsibleOfficials.map((o) => o.fullName).join(', ') || '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};

const Ranking = ({ params }: { params: KpiPeriod & { unitId: string } }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string) => translate(`app.kpi.accountability.${key}`);
  const { data, error, isPending } = useKpiQuery(JSON.stringify(params), () => dataProvider.indicatorRanking(params));
  return (
    <Section title={t('ranking')}>
      {isPending && <LinearProgress />}
      {error && <Alert severity="error">{error.message}</Alert>}
      {data && !data.length && <Typography variant="body2">{t('noRanking')}</Typography>}
      {data && data.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <Num>{t('rank')}</Num>
              <TableCell>{t('unit')}</TableCell>
              <Num>{translate('resources.IndicatorResult.fields.total')}</Num>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((line) => (
              <TableRow key={line.unit.id}>
                <Num>{line.rank}</Num>
                <TableCell>
                  <MuiLink component={Link} to={`/IndicatorResult/${line.result.id}/show`}>
                    {line.unit.name}
                  </MuiLink>
                </TableCell>
                <Num>{formatDecimal2(line.score, locale)}</Num>
                <TableCell>{line.result.asPublished ? translate('app.kpi.asPublished') : ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};

/** The group the view is narrowed to (from the address), with a way back to all of them. */
const GroupFilter = ({ groupId, data }: { groupId: string; data?: IndicatorAccountability }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [search, setSearch] = useSearchParams();
  const group = data?.groups.find((g) => g.group.id === groupId)?.group;
  if (!group) return null;
  const all = () => {
    const next = new URLSearchParams(search);
    next.delete('groupId');
    setSearch(next);
  };
  return (
    <Alert severity="info" sx={{ mb: 2 }} action={<Button onClick={all}>{translate('app.kpi.accountability.allGroups')}</Button>}>
      {translate('app.kpi.accountability.oneGroup', { group: `${group.code} — ${locale === 'vi' ? group.nameVi : group.nameEn}` })}
    </Alert>
  );
};

const Results = ({ controls }: { controls: Controls }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const params = complete(controls);
  const groupId = useSearchParams()[0].get('groupId');
  const key = params ? JSON.stringify(params) : null;
  const { data, error, isPending } = useKpiQuery(key, () => dataProvider.indicatorAccountability(params!));
  if (!params) return <Typography>{translate('app.kpi.accountability.chooseUnit')}</Typography>;
  return (
    <>
      {isPending && <LinearProgress sx={{ mb: 2 }} />}
      {error && <Alert severity="error" sx={{ mb: 2 }}>{error.message}</Alert>}
      {groupId && <GroupFilter groupId={groupId} data={data} />}
      {data && <Accountability data={data} groupId={groupId} />}
      <BelowTarget params={params} groupId={groupId} />
      <Ranking params={params} />
    </>
  );
};

/**
 * Who answers for the index: a unit's groups and indicators for a period, against their maxima
 * and the targets of the tasks tied to them. The unit and period may come in the address
 * (`?unitId=15&periodKind=QUARTER&year=2026&periodNumber=3`), so a view can be shared.
 */
export const AccountabilityPage = () => {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<Permissions>();
  const [search] = useSearchParams();
  const today = todayInVietnam();
  const defaults = useMemo<Controls>(() => {
    const quarter = Math.ceil(Number(today.slice(5, 7)) / 3);
    return {
      unitId: search.get('unitId') ?? defaultSummaryUnitId(permissions, today),
      periodKind: (search.get('periodKind') as KpiPeriod['periodKind']) ?? 'QUARTER',
      year: Number(search.get('year') ?? today.slice(0, 4)),
      periodNumber: Number(search.get('periodNumber') ?? Math.max(1, quarter - 1)),
    };
  }, [search, permissions, today]);
  if (isPending || !permissions) return <Loading />;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.kpi.accountability.title')} />
      <Form key={JSON.stringify(defaults)} defaultValues={defaults} record={{}} mode="onChange">
        <Card sx={{ mb: 2 }}>
          <CardContent sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', pb: '8px !important' }}>
            <Box sx={{ width: 380 }}>
              <ReferenceInput source="unitId" reference="Unit" sort={{ field: 'code', order: 'ASC' }} filter={scopeUnitFilter(permissions, RESULT_READERS)}>
                <AutocompleteInput label="app.kpi.accountability.unit" helperText={false} />
              </ReferenceInput>
            </Box>
            <Box sx={{ width: 220 }}>
              <SelectInput source="periodKind" label="app.kpi.accountability.periodKind" choices={enumChoices('PeriodKind')} helperText={false} />
            </Box>
            <Box sx={{ width: 120 }}>
              <NumberInput source="year" label="app.kpi.accountability.year" step={1} helperText={false} />
            </Box>
            <FormDataConsumer<Controls>>
              {({ formData }) =>
                formData.periodKind === 'YEAR' ? null : (
                  <Box sx={{ width: 120 }}>
                    <NumberInput source="periodNumber" label="app.kpi.accountability.periodNumber" step={1} min={1} max={12} helperText={false} />
                  </Box>
                )
              }
            </FormDataConsumer>
          </CardContent>
        </Card>
        <FormDataConsumer<Controls>>{({ formData }) => <Results controls={formData} />}</FormDataConsumer>
      </Form>
    </Box>
  );
};
