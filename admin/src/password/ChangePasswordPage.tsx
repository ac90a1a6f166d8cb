import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import {
  Form, PasswordInput, SaveButton, Title, required, useAuthProvider, useGetIdentity, useNotify, useRedirect, useTranslate, type Validator,
} from 'react-admin';
import type { PanelAuthProvider, PanelIdentity } from '../providers/auth-provider.js';
import { MIN_PASSWORD_LENGTH, passwordStrength } from './password-rules.js';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** "Đổi mật khẩu": from the user menu, and the only page while the password is a temporary one. */
export const ChangePasswordPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const authProvider = useAuthProvider<PanelAuthProvider>();
  const { identity, isPending, refetch } = useGetIdentity();
  const me = identity as PanelIdentity | undefined;

  const strong = passwordStrength(me?.username);
  const matches: Validator = (value, all: Partial<Values>) => (value && value !== all.newPassword ? 'app.password.mismatch' : undefined);

  const submit = async (values: Partial<Values>) => {
    try {
      await authProvider!.changePassword(values.currentPassword ?? '', values.newPassword ?? '');
    } catch (error) {
      const e = error as Error & { body?: { errors?: Record<string, string> } };
      // The server names the field to fix (a wrong current password); the form shows it there.
      if (e.body?.errors) return e.body.errors;
      notify(e.message || 'ra.notification.http_error', { type: 'error' });
      return undefined;
    }
    // The guard that holds a temporary password on this page reads the same identity.
    await refetch();
    notify('app.password.done', { type: 'success' });
    redirect('/');
    return undefined;
  };

  if (isPending) return null;
  return (
    <Box sx={{ mt: 2, maxWidth: 560 }}>
      <Title title={translate('app.password.title')} />
      <Card>
        <CardContent>
          {me?.passwordTemporary ? (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {translate('app.password.temporary')}
            </Alert>
          ) : (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {translate('app.password.intro')}
            </Typography>
          )}
          <Form<Values> onSubmit={submit} defaultValues={{ currentPassword: '', newPassword: '', confirm: '' }} record={{}}>
            <PasswordInput source="currentPassword" label="app.password.current" validate={required()} fullWidth autoComplete="current-password" />
            <PasswordInput
              source="newPassword"
              label="app.password.new"
              validate={[required(), strong]}
              helperText={translate('app.password.rules', { min: MIN_PASSWORD_LENGTH })}
              fullWidth
              autoComplete="new-password"
            />
            <PasswordInput source="confirm" label="app.password.confirm" validate={[required(), matches]} fullWidth autoComplete="new-password" />
            <SaveButton label="app.password.submit" alwaysEnable />
          </Form>
        </CardContent>
      </Card>
    </Box>
  );
};
