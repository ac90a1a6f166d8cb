import { Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  DeleteButton, Labeled, ReferenceField, Show, TextField, TopToolbar, useCanAccess, useGetList, useLocaleState, useRecordContext, useTranslate,
} from 'react-admin';
import { VietnamDateTimeField } from '../common/fields.js';
import { NotAvailable, showInPlaceOnError } from '../common/NotAvailable.js';
import { GroupBars } from './GroupBars.js';
import { AsPublishedAlert, Decimal2Field, PeriodField } from './kpi-fields.js';
import { formatDecimal2 } from './kpi-format.js';

interface Named {
  id: string;
  code: string;
  nameVi: string;
  nameEn: string;
  max: string | null;
  sortOrder: number;
}

const Actions = () => {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'IndicatorResult', action: 'delete', record });
  return <TopToolbar>{canAccess && <DeleteButton mutationMode="pessimistic" />}</TopToolbar>;
};

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-label={translate(title)} sx={{ mb: 3 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};

const nameIn = (locale: string, x: Named) => (locale === 'vi' ? x.nameVi : x.nameEn);

/** The groups (every group of the catalogue, scored or not) as bars against their maxima. */
const Groups = () => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const { data: groups = [] } = useGetList<Named & { catalogueId: string }>('IndicatorGroup', {
    filter: record ? { catalogueId: record.catalogueId } : {},
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'sortOrder', order: 'ASC' },
  });
  if (!record) return null;
  const scores = new Map<string, string>((record.groupScores ?? []).map((s: { groupId: string; score: string }) => [String(s.groupId), s.score]));
  return (
    <GroupBars
      groups={groups.map((g) => ({ id: String(g.id), code: g.code, name: nameIn(locale, g), score: scores.get(String(g.id)) ?? null, max: g.max ?? '0' }))}
    />
  );
};

const Values = () => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const values: Array<{ id: string; indicatorId: string; score: string | null; rate: string | null }> = record?.values ?? [];
  const { data: indicators = [] } = useGetList<Named>(
    'Indicator',
    { filter: { ids: values.map((v) => v.indicatorId) }, pagination: { page: 1, perPage: 1000 }, sort: { field: 'sortOrder', order: 'ASC' } },
    { enabled: values.length > 0 },
  );
  if (!values.length) return <Typography variant="body2">{translate('app.kpi.noValues')}</Typography>;
  const byId = new Map(indicators.map((i) => [String(i.id), i]));
  const f = (field: string) => translate(`resources.IndicatorResult.fields.${field}`);
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.Indicator.fields.code')}</TableCell>
          <TableCell>{translate('resources.Indicator.fields.nameVi')}</TableCell>
          <TableCell align="right">{f('score')}</TableCell>
          <TableCell align="right">{f('rate')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {values.map((v) => {
          const i = byId.get(String(v.indicatorId));
          return (
            <TableRow key={v.id}>
              <TableCell>{i?.code ?? ''}</TableCell>
              <TableCell>{i ? nameIn(locale, i) : ''}</TableCell>
              <TableCell align="right">{formatDecimal2(v.score, locale)}</TableCell>
              <TableCell align="right">{formatDecimal2(v.rate, locale)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};

/** One result: the as-published flag first, then the total, the groups against their maxima and the indicator values. */
export const IndicatorResultShow = () => (
  <Show actions={<Actions />} error={<NotAvailable />} queryOptions={showInPlaceOnError}>
    <Card variant="outlined" sx={{ border: 'none' }}>
      <CardContent>
        <AsPublishedAlert />
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 2, mb: 3 }}>
          <Labeled source="unitId">
            <ReferenceField source="unitId" reference="Unit" link="show" />
          </Labeled>
          <Labeled source="period">
            <PeriodField />
          </Labeled>
          <Labeled source="total">
            <Decimal2Field source="total" />
          </Labeled>
          <Labeled source="createdAt">
            <VietnamDateTimeField source="createdAt" />
          </Labeled>
          <Labeled source="note">
            <TextField source="note" emptyText="—" />
          </Labeled>
        </Box>
        <Section title="app.kpi.groups">
          <Groups />
        </Section>
        <Section title="app.kpi.values">
          <Values />
        </Section>
      </CardContent>
    </Card>
  </Show>
);
