import { Box, Typography } from '@mui/material';
import {
  AutocompleteInput, BooleanInput, CreateButton, DataTable, List, NumberInput, ReferenceField, ReferenceInput, TopToolbar, useCanAccess,
  useRecordContext,
} from 'react-admin';
import { VietnamDateTimeField } from '../common/fields.js';
import { EnumInput } from '../common/inputs.js';
import { AsPublishedChip, Decimal2Field, PeriodField } from './kpi-fields.js';

const filters = [
  <ReferenceInput key="unitId" source="unitId" reference="Unit" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <NumberInput key="year" source="year" step={1} alwaysOn />,
  <EnumInput key="periodKind" source="periodKind" enumName="PeriodKind" />,
  <BooleanInput key="asPublished" source="asPublished" />,
];

const Actions = () => {
  const { canAccess } = useCanAccess({ resource: 'IndicatorResult', action: 'create' });
  return <TopToolbar>{canAccess && <CreateButton />}</TopToolbar>;
};

/** The warning flag, and under it what does not add up. */
const AsPublishedCell = (_props: { label?: string }) => {
  const record = useRecordContext();
  if (!record?.asPublished) return null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5, maxWidth: 420 }}>
      <AsPublishedChip />
      {record.inconsistency && (
        <Typography variant="caption" color="text.secondary">
          {record.inconsistency}
        </Typography>
      )}
    </Box>
  );
};

/** Index results of the units in scope, newest period first. */
export const IndicatorResultList = () => (
  <List filters={filters} actions={<Actions />} sort={{ field: 'year', order: 'DESC' }} perPage={25} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="unitId">
        <ReferenceField source="unitId" reference="Unit" link={false} />
      </DataTable.Col>
      <DataTable.Col source="period" disableSort>
        <PeriodField />
      </DataTable.Col>
      <DataTable.Col source="total" field={Decimal2Field} />
      <DataTable.Col source="asPublished" disableSort>
        <AsPublishedCell />
      </DataTable.Col>
      <DataTable.Col source="createdAt" field={VietnamDateTimeField} />
    </DataTable>
  </List>
);
