import { BooleanInput, Edit, Labeled, SaveButton, SimpleForm, TextField, Toolbar, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { FormHelperText } from '@mui/material';
import { VietnamDateTimeField } from '../common/fields.js';
import { AccountRoles } from './AccountRoles.js';
import { OfficialInput } from './OfficialInput.js';
import { ResetPasswordButton } from './ResetPasswordButton.js';
import { UnlockAccountButton } from './UnlockAccountButton.js';

const Actions = () => (
  <TopToolbar>
    <UnlockAccountButton />
    <ResetPasswordButton />
  </TopToolbar>
);

/** Accounts are disabled, never deleted: the history keeps who did what. */
const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** When the account was locked out by wrong passwords, until when (the unlock button is above). */
const LockedUntil = () => {
  const account = useRecordContext();
  const translate = useTranslate();
  if (!account?.lockedUntil) return null;
  return (
    <>
      <Labeled source="lockedUntil" sx={{ mt: 1 }}>
        <VietnamDateTimeField source="lockedUntil" />
      </Labeled>
      <FormHelperText>{translate('app.account.unlock.lockedHelp')}</FormHelperText>
    </>
  );
};

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
      <LockedUntil />
    </SimpleForm>
    <AccountRoles />
  </Edit>
);
