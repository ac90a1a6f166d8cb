import GroupIcon from '@mui/icons-material/Category';
import {
  AutocompleteInput, BooleanField, Button, CreateButton, DataTable, List, ReferenceField, ReferenceInput, SearchInput, TextField, TopToolbar, useCanAccess,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { Decimal2Field } from '../kpi-results/kpi-fields.js';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="groupId" source="groupId" reference="IndicatorGroup" sort={{ field: 'sortOrder', order: 'ASC' }} alwaysOn>
    <AutocompleteInput optionText="nameVi" />
  </ReferenceInput>,
];

const Actions = () => {
  const { canAccess } = useCanAccess({ resource: 'Indicator', action: 'create' });
  return (
    <TopToolbar>
      <Button component={Link} to="/IndicatorGroup" label="app.kpi.showGroups">
        <GroupIcon />
      </Button>
      {canAccess && <CreateButton />}
    </TopToolbar>
  );
};

/** The catalogue's indicators, by group; administrators open one to correct it. */
export const IndicatorList = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'Indicator', action: 'edit' });
  return (
    <List filters={filters} actions={<Actions />} sort={{ field: 'sortOrder', order: 'ASC' }} perPage={100} exporter={false}>
      <DataTable rowClick={canEdit ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="code" />
        <DataTable.Col source="groupId">
          <ReferenceField source="groupId" reference="IndicatorGroup" link={false}>
            <TextField source="code" />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="nameVi" />
        <DataTable.Col source="max" field={Decimal2Field} />
        <DataTable.Col source="uncertain" field={BooleanField} />
      </DataTable>
    </List>
  );
};
