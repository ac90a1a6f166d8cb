import { AutocompleteInput, BooleanField, BooleanInput, DataTable, List, ReferenceField, ReferenceInput, SearchInput, TextField } from 'react-admin';
import { EnumField } from '../common/fields.js';
import { EnumInput } from '../common/inputs.js';
import { listExporter } from '../common/lazy-exporter.js';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="Unit" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <BooleanInput key="includeSubunits" source="includeSubunits" />,
  <EnumInput key="category" source="category" enumName="OfficialCategory" />,
  <EnumInput key="dutyGroup" source="dutyGroup" enumName="DutyGroup" />,
];

export const OfficialList = () => (
  <List filters={filters} exporter={listExporter} sort={{ field: 'fullName', order: 'ASC' }} perPage={50}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="fullName" />
      <DataTable.Col source="category">
        <EnumField source="category" enumName="OfficialCategory" />
      </DataTable.Col>
      <DataTable.Col source="currentUnitId" disableSort>
        <ReferenceField source="currentUnitId" reference="Unit" link="show" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="currentPosition" disableSort>
        <TextField source="currentPosition" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="currentRole" disableSort>
        <EnumField source="currentRole" enumName="PostRole" />
      </DataTable.Col>
      <DataTable.Col source="isSample" field={BooleanField} disableSort />
    </DataTable>
  </List>
);
