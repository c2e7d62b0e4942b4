import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { errorMessage, isConflict } from './errors';
import { messages } from './messages';

/**
 * A refusal of the API in Persian. A field error is shown beside its field (see fieldError), so
 * this shows the rest; a 409 says someone else changed the record and offers to reload it.
 */
export function ApiErrorAlert({ error, onReload }: { error: unknown; onReload?: () => void }) {
  if (!error) return null;
  const conflict = isConflict(error);
  return (
    <Alert
      severity={conflict ? 'warning' : 'error'}
      role="alert"
      action={
        onReload ? (
          <Button color="inherit" size="small" onClick={onReload}>
            {conflict ? messages.reload : messages.retry}
          </Button>
        ) : undefined
      }
    >
      {conflict ? messages.conflict : errorMessage(error)}
    </Alert>
  );
}
