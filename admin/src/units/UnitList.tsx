import { AutocompleteInput, BooleanField, DataTable, List, ReferenceField, ReferenceInput, SearchInput } from 'react-admin';
import { EnumField, LocalDateField } from '../common/fields.js';
import { EnumInput, LocalDateInput } from '../common/inputs.js';
import { listExporter } from '../common/lazy-exporter.js';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="kind" source="kind" enumName="UnitKind" />,
  <ReferenceInput key="parentId" source="parentId" reference="Unit" sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput />
  </ReferenceInput>,
  <LocalDateInput key="validOn" source="validOn" />,
];

/** Units ordered by code, so that a subtree reads together (codes extend their parent's). */
export const UnitList = () => (
  <List filters={filters} exporter={listExporter} sort={{ field: 'code', order: 'ASC' }} perPage={50}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="kind">
          <EnumField source="kind" enumName="UnitKind" />
        </DataTable.Col>
      <DataTable.Col source="parentId">
        <ReferenceField source="parentId" reference="Unit" link="show" />
      </DataTable.Col>
      <DataTable.Col source="validFrom" field={LocalDateField} />
      <DataTable.Col source="validTo" field={LocalDateField} />
      <DataTable.Col source="isSample" field={BooleanField} />
    </DataTable>
  </List>
);
