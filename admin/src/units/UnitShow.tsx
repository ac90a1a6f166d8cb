import { BooleanField, DataTable, ReferenceField, ReferenceManyField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField, LocalDateField } from '../common/fields.js';

export const UnitShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="code" />
      <EnumField source="kind" enumName="UnitKind" />
      <ReferenceField source="parentId" reference="Unit" link="show" emptyText="—" />
      <LocalDateField source="validFrom" emptyText="—" />
      <LocalDateField source="validTo" emptyText="—" />
      <BooleanField source="isSample" />
      <ReferenceManyField reference="Unit" target="parentId" source="id" label="resources.Unit.fields.children" sort={{ field: 'code', order: 'ASC' }} perPage={100}>
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="code" />
          <DataTable.Col source="name" />
          <DataTable.Col source="kind">
          <EnumField source="kind" enumName="UnitKind" />
        </DataTable.Col>
          <DataTable.Col source="validTo" field={LocalDateField} />
        </DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
