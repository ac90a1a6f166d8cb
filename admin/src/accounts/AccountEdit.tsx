import { BooleanInput, Edit, Labeled, SaveButton, SimpleForm, TextField, Toolbar, TopToolbar } from 'react-admin';
import { VietnamDateTimeField } from '../common/fields.js';
import { AccountRoles } from './AccountRoles.js';
import { OfficialInput } from './OfficialInput.js';
import { ResetPasswordButton } from './ResetPasswordButton.js';

const Actions = () => (
  <TopToolbar>
    <ResetPasswordButton />
  </TopToolbar>
);

/** Accounts are disabled, never deleted: the history keeps who did what. */
const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** The official an account signs in as, whether it may sign in, and its roles. */
export const AccountEdit = () => (
  <Edit mutationMode="pessimistic" redirect={false} actions={<Actions />}>
    <SimpleForm toolbar={<SaveOnly />}>
      <Labeled source="username">
        <TextField source="username" variant="subtitle1" />
      </Labeled>
      <OfficialInput />
      <BooleanInput source="disabled" helperText="app.account.disabledHelp" />
      <Labeled source="lastLoginAt" sx={{ mt: 1 }}>
        <VietnamDateTimeField source="lastLoginAt" />
      </Labeled>
    </SimpleForm>
    <AccountRoles />
  </Edit>
);
