import { Create, PasswordInput, SimpleForm, TextInput, required } from 'react-admin';
import { passwordStrength } from '../password/password-rules.js';
import { OfficialInput } from './OfficialInput.js';

/** A new account gets a temporary password (told to the person) and then, on its page, its roles. */
export const AccountCreate = () => (
  <Create redirect="edit">
    <SimpleForm defaultValues={{ username: '', password: '', officialId: null }}>
      <TextInput source="username" validate={required()} autoComplete="off" />
      <PasswordInput
        source="password"
        validate={[required(), passwordStrength()]}
        helperText="app.account.createHelp"
        initiallyVisible
        autoComplete="new-password"
      />
      <OfficialInput />
    </SimpleForm>
  </Create>
);
