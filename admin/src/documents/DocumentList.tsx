import { AutocompleteInput, DataTable, List, ReferenceField, ReferenceInput, SearchInput } from 'react-admin';
import { EnumField, LocalDateField } from '../common/fields.js';
import { EnumInput, LocalDateInput } from '../common/inputs.js';
import { listExporter } from '../common/lazy-exporter.js';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="kind" source="kind" enumName="DocumentKind" />,
  <ReferenceInput key="issuingUnitId" source="issuingUnitId" reference="Unit" sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput />
  </ReferenceInput>,
  <LocalDateInput key="issuedFrom" source="issuedFrom" />,
  <LocalDateInput key="issuedTo" source="issuedTo" />,
];

export const DocumentList = () => (
  <List filters={filters} exporter={listExporter} sort={{ field: 'issuedOn', order: 'DESC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" />
      <DataTable.Col source="title" />
      <DataTable.Col source="kind">
        <EnumField source="kind" enumName="DocumentKind" />
      </DataTable.Col>
      <DataTable.Col source="issuedOn" field={LocalDateField} />
      <DataTable.Col source="issuingUnitId" disableSort>
        <ReferenceField source="issuingUnitId" reference="Unit" link="show" />
      </DataTable.Col>
    </DataTable>
  </List>
);
