import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { errorMessage, fieldError } from '../../components/errors';
import { useLogin } from './api';
import { messages } from './messages';

function loginError(error: unknown): string | null {
  if (!error) return null;
  if (error instanceof ApiError && error.status === 401) return messages.wrongCredentials;
  if (error instanceof ApiError && error.status === 429) return messages.throttled;
  if (error instanceof ApiError && error.field) return null;
  return errorMessage(error);
}

export default function LoginPage() {
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ email: email.trim(), password });
  };
  const general = loginError(login.error);

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2 }}>
      <Paper component="form" onSubmit={submit} noValidate sx={{ p: 4, width: '100%', maxWidth: 420 }}>
        <Typography variant="h5" component="h1" gutterBottom>
          {messages.title}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {messages.subtitle}
        </Typography>
        {general && (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {general}
          </Alert>
        )}
        <TextField
          label={messages.email}
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
          fullWidth
          margin="normal"
          error={!!fieldError(login.error, 'email')}
          helperText={fieldError(login.error, 'email')}
          slotProps={{ htmlInput: { dir: 'ltr' } }}
        />
        <TextField
          label={messages.password}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
          fullWidth
          margin="normal"
          error={!!fieldError(login.error, 'password')}
          helperText={fieldError(login.error, 'password')}
          slotProps={{ htmlInput: { dir: 'ltr' } }}
        />
        <Button
          type="submit"
          variant="contained"
          fullWidth
          size="large"
          sx={{ mt: 2 }}
          disabled={login.isPending}
        >
          {login.isPending ? messages.submitting : messages.submit}
        </Button>
      </Paper>
    </Box>
  );
}
