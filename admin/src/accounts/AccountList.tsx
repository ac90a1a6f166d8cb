import {
  BooleanField, BooleanInput, DataTable, List, ReferenceArrayField, ReferenceField, SearchInput, SingleFieldList, TextField,
} from 'react-admin';
import { VietnamDateTimeField } from '../common/fields.js';
import { RoleLabel } from './RoleLabel.js';
import { listExporter } from '../common/lazy-exporter.js';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <BooleanInput key="disabled" source="disabled" />];

/** Accounts by username, with the official each signs in as and their roles over units. */
export const AccountList = () => (
  <List filters={filters} exporter={listExporter} sort={{ field: 'username', order: 'ASC' }} perPage={50}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="username" />
      <DataTable.Col source="officialId" disableSort>
        <ReferenceField source="officialId" reference="Official" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="roles" disableSort>
        {/* ra-data-graphql-simple reads `roles { id }` as `rolesIds`. */}
        <ReferenceArrayField source="rolesIds" reference="AccountRole" emptyText="—">
          <SingleFieldList linkType={false}>
            <RoleLabel chip />
          </SingleFieldList>
        </ReferenceArrayField>
      </DataTable.Col>
      <DataTable.Col source="disabled" field={BooleanField} disableSort />
      <DataTable.Col source="passwordTemporary" field={BooleanField} disableSort />
      <DataTable.Col source="lastLoginAt">
        <VietnamDateTimeField source="lastLoginAt" />
      </DataTable.Col>
      <DataTable.Col source="lockedUntil" disableSort>
        <VietnamDateTimeField source="lockedUntil" />
      </DataTable.Col>
      <DataTable.Col source="id" disableSort>
        <TextField source="id" />
      </DataTable.Col>
    </DataTable>
  </List>
);
