import { Box, Typography } from '@mui/material';
import {
  ArrayInput, AutocompleteInput, BooleanInput, Create, ReferenceInput, SimpleForm, SimpleFormIterator, TextInput, required,
  useGetList, useLocaleState, useTranslate, type Validator,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { EnumInput } from '../common/inputs.js';
import { IntegerInput } from '../common/number-inputs.js';
import { useScopeUnitFilter } from '../common/use-scope-unit-filter.js';
import { RESULT_WRITERS } from '../providers/can-access.js';
import { Decimal2Input } from './Decimal2Input.js';

interface Group {
  id: string;
  code: string;
  nameVi: string;
  nameEn: string;
  max: string;
}

type FormValues = Record<string, unknown> & { scores?: Record<string, string | null> };

/** The per-group inputs become the API's `groupScores: [{ groupCode, score }]`; empty ones are left out. */
export function toCreateArguments(data: FormValues): Record<string, unknown> {
  const { scores = {}, ...rest } = data;
  const groupScores = Object.entries(scores)
    .filter(([, score]) => score !== null && score !== undefined && String(score).trim() !== '')
    .map(([groupCode, score]) => ({ groupCode, score }));
  const values = Array.isArray(rest.values) ? rest.values.filter((v: { indicatorCode?: string }) => v?.indicatorCode) : [];
  const periodNumber = rest.periodKind === 'YEAR' ? 0 : rest.periodNumber;
  return { ...rest, periodNumber, groupScores, values, asPublished: !!rest.asPublished };
}

const noteWhenPublished: Validator = (note, values) => (values?.asPublished && !String(note ?? '').trim() ? 'ra.validation.required' : undefined);

/** The number of the period: none to type for a year. */
const PeriodNumberInput = () => {
  const kind = useWatch({ name: 'periodKind' });
  if (kind === 'YEAR') return null;
  return <IntegerInput source="periodNumber" min={1} max={12} validate={required()} helperText="app.kpi.periodNumberHelp" />;
};

const GroupScoreInputs = () => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const { data: groups = [] } = useGetList<Group>('IndicatorGroup', { pagination: { page: 1, perPage: 100 }, sort: { field: 'sortOrder', order: 'ASC' } });
  return (
    <Box component="fieldset" sx={{ border: 'none', p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle1" gutterBottom>
        {translate('resources.IndicatorResult.fields.groupScores')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', columnGap: 2 }}>
        {groups.map((g) => (
          <Decimal2Input
            key={g.id}
            source={`scores.${g.code}`}
            label={`${g.code} — ${locale === 'vi' ? g.nameVi : g.nameEn} (≤ ${locale === 'vi' ? g.max.replace('.', ',') : g.max})`}
          />
        ))}
      </Box>
    </Box>
  );
};

/** A result typed in by hand; the server refuses what does not add up unless kept "as published" with a note. */
export const IndicatorResultCreate = () => {
  const units = useScopeUnitFilter(RESULT_WRITERS);
  return (
    <Create redirect="show" transform={toCreateArguments}>
      <SimpleForm defaultValues={{ periodKind: 'QUARTER', year: new Date().getFullYear(), asPublished: false }}>
        <ReferenceInput source="unitId" reference="Unit" sort={{ field: 'code', order: 'ASC' }} filter={units}>
          <AutocompleteInput validate={required()} fullWidth />
        </ReferenceInput>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <EnumInput source="periodKind" enumName="PeriodKind" validate={required()} />
          <IntegerInput source="year" min={2000} max={2100} validate={required()} />
          <PeriodNumberInput />
        </Box>
        <Decimal2Input source="total" validate={required()} helperText="app.kpi.decimalHelp" />
        <GroupScoreInputs />
        <ArrayInput source="values">
          <SimpleFormIterator inline>
            <ReferenceInput source="indicatorCode" reference="Indicator" sort={{ field: 'sortOrder', order: 'ASC' }}>
              <AutocompleteInput optionValue="code" optionText={(i: { code: string; nameVi: string }) => `${i.code} — ${i.nameVi}`} sx={{ minWidth: 320 }} />
            </ReferenceInput>
            <Decimal2Input source="score" />
            <Decimal2Input source="rate" />
          </SimpleFormIterator>
        </ArrayInput>
        <BooleanInput source="asPublished" label="app.kpi.asPublished" helperText="app.kpi.asPublishedHelp" />
        <TextInput source="note" fullWidth multiline minRows={2} validate={noteWhenPublished} />
      </SimpleForm>
    </Create>
  );
};
