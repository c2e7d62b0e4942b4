import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { messages } from './messages';

export function Loading() {
  return (
    <Box role="status" aria-live="polite" sx={{ display: 'flex', gap: 2, alignItems: 'center', p: 4 }}>
      <CircularProgress size={24} aria-hidden />
      <span>{messages.loading}</span>
    </Box>
  );
}
