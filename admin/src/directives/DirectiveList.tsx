import { AutocompleteInput, DataTable, List, ReferenceField, ReferenceInput, SearchInput } from 'react-admin';
import { listExporter } from '../common/lazy-exporter.js';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="documentId" source="documentId" reference="Document" sort={{ field: 'issuedOn', order: 'DESC' }} alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
];

export const DirectiveList = () => (
  <List filters={filters} exporter={listExporter} sort={{ field: 'documentId', order: 'DESC' }} perPage={50}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="documentId">
        <ReferenceField source="documentId" reference="Document" link="show" />
      </DataTable.Col>
      <DataTable.Col source="number" />
      <DataTable.Col source="text" disableSort />
    </DataTable>
  </List>
);
