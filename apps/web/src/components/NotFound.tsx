import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link } from 'react-router';
import { messages } from './messages';

export function NotFound() {
  return (
    <Paper sx={{ p: 4, textAlign: 'center' }}>
      <Typography variant="h4" component="h1" gutterBottom>
        {messages.notFound}
      </Typography>
      <Typography color="text.secondary" gutterBottom>
        {messages.notFoundDetail}
      </Typography>
      <Button component={Link} to="/" variant="contained">
        {messages.backHome}
      </Button>
    </Paper>
  );
}
