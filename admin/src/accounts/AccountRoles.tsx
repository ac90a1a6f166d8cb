import { Box, Typography } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput, Button, DataTable, DeleteButton, ReferenceField, ReferenceInput, ReferenceManyField, SelectInput, required,
  useCanAccess, useDataProvider, usePermissions, useRecordContext, useTranslate,
} from 'react-admin';
import AddIcon from '@mui/icons-material/AddModerator';
import { ActionDialog } from '../common/ActionDialog.js';
import { EnumField } from '../common/fields.js';
import { enumChoices } from '../common/inputs.js';
import { scopeUnitFilter, type Permissions } from '../providers/can-access.js';

/** Grants one role over one unit (and the units under it) of the administrator's own scope. */
const AddRoleButton = () => {
  const account = useRecordContext();
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { permissions } = usePermissions<Permissions>();
  const { canAccess } = useCanAccess({ resource: 'AccountRole', action: 'create' });
  if (!account || !canAccess || !permissions) return null;
  return (
    <>
      <Button label="app.account.addRole.button" onClick={() => setOpen(true)} variant="outlined" sx={{ mt: 1 }}>
        <AddIcon />
      </Button>
      {open && (
        <ActionDialog
          open
          onClose={() => setOpen(false)}
          title="app.account.addRole.title"
          intro={translate('app.account.addRole.intro')}
          submitLabel="app.account.addRole.button"
          doneMessage="app.account.addRole.done"
          defaultValues={{ role: null, unitId: null }}
          run={(values) => dataProvider.create('AccountRole', { data: { accountId: account.id, role: values.role, unitId: values.unitId } })}
        >
          <SelectInput source="role" label="resources.AccountRole.fields.role" choices={enumChoices('Role')} validate={required()} fullWidth />
          <ReferenceInput source="unitId" reference="Unit" sort={{ field: 'code', order: 'ASC' }} filter={scopeUnitFilter(permissions, ['ADMIN'])}>
            <AutocompleteInput label="resources.AccountRole.fields.unitId" validate={required()} fullWidth />
          </ReferenceInput>
        </ActionDialog>
      )}
    </>
  );
};

/** The account's roles, each over a unit subtree; withdrawn one by one, never edited. */
export const AccountRoles = () => {
  const translate = useTranslate();
  const account = useRecordContext();
  if (!account) return null;
  return (
    <Box component="section" aria-label={translate('resources.Account.fields.roles')} sx={{ px: 2, pb: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('resources.Account.fields.roles')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('app.account.rolesHelp')}
      </Typography>
      <ReferenceManyField reference="AccountRole" target="accountId" sort={{ field: 'id', order: 'ASC' }} perPage={100}>
        <DataTable bulkActionButtons={false} rowClick={false} empty={<Typography variant="body2">{translate('app.account.noRoles')}</Typography>}>
          <DataTable.Col source="role" disableSort>
            <EnumField source="role" enumName="Role" />
          </DataTable.Col>
          <DataTable.Col source="unitId" disableSort>
            <ReferenceField source="unitId" reference="Unit" link="show" />
          </DataTable.Col>
          <DataTable.Col disableSort align="right">
            <DeleteButton
              mutationMode="pessimistic"
              redirect={false}
              label="app.account.removeRole"
              confirmTitle="app.account.removeRole"
              confirmContent=" "
              successMessage="app.account.roleRemoved"
            />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <AddRoleButton />
    </Box>
  );
};
