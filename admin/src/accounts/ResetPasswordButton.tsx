import KeyIcon from '@mui/icons-material/Key';
import { useState } from 'react';
import { Button, PasswordInput, required, useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog.js';
import type { AppDataProvider } from '../providers/index.js';
import { passwordStrength } from '../password/password-rules.js';

/** "Đặt lại mật khẩu": a temporary password for someone who forgot theirs or is locked out. */
export const ResetPasswordButton = () => {
  const account = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'Account', action: 'resetPassword', record: account });
  if (!account || !canAccess) return null;
  return (
    <>
      <Button label="app.account.resetPassword.button" onClick={() => setOpen(true)}>
        <KeyIcon />
      </Button>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title={translate('app.account.resetPassword.title', { username: account.username })}
        intro={translate('app.account.resetPassword.intro')}
        submitLabel="app.account.resetPassword.button"
        doneMessage="app.account.resetPassword.done"
        defaultValues={{ newPassword: '' }}
        run={(values) => dataProvider.resetPassword({ id: account.id, newPassword: values.newPassword })}
      >
        <PasswordInput
          source="newPassword"
          label="app.account.resetPassword.newPassword"
          validate={[required(), passwordStrength(account.username)]}
          initiallyVisible
          autoComplete="new-password"
          fullWidth
        />
      </ActionDialog>
    </>
  );
};
