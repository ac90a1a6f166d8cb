import { Alert, Box, Button, CardContent, CircularProgress, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Login, LocalesMenuButton, useLogin, useTranslate } from 'react-admin';

/**
 * Username and password, in Vietnamese by default. A refused login shows the server's sentence,
 * the same whatever went wrong (unknown name, wrong password, locked or disabled account).
 */
const LoginForm = () => {
  const translate = useTranslate();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await login({ username: username.trim(), password });
    } catch (e) {
      setError((e as Error).message || translate('ra.auth.sign_in_error'));
      setPending(false);
    }
  };

  return (
    <CardContent component="form" onSubmit={submit} noValidate sx={{ width: 380, maxWidth: '90vw' }} aria-labelledby="login-title">
      <Typography id="login-title" variant="h5" component="h1" align="center" gutterBottom>
        {translate('app.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" align="center" sx={{ mb: 2 }}>
        {translate('app.auth.intro')}
      </Typography>
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      )}
      <TextField
        label={translate('ra.auth.username')}
        value={username}
        onChange={(e) => setUsername(e.target.value)}
        autoComplete="username"
        autoFocus
        required
        fullWidth
        margin="dense"
        disabled={pending}
      />
      <TextField
        label={translate('ra.auth.password')}
        type="password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        autoComplete="current-password"
        required
        fullWidth
        margin="dense"
        disabled={pending}
      />
      <Button
        type="submit"
        variant="contained"
        fullWidth
        sx={{ mt: 2 }}
        disabled={pending || !username.trim() || !password}
        startIcon={pending ? <CircularProgress size={18} color="inherit" /> : undefined}
      >
        {translate(pending ? 'app.auth.signingIn' : 'ra.auth.sign_in')}
      </Button>
      <Box sx={{ display: 'flex', justifyContent: 'center', mt: 2 }}>
        <LocalesMenuButton />
      </Box>
    </CardContent>
  );
};

export const LoginPage = () => (
  <Login>
    <LoginForm />
  </Login>
);
