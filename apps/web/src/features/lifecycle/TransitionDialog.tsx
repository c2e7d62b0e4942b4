// Moving an association forward (confirm, reason optional) or back (to an earlier phase, reason required).
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { fieldError } from '../../components/errors';
import { PHASE_KEYS } from '../../lib/labels';
import { useLabels } from '../../lib/useLabels';
import { useTransition, type Lifecycle, type PhaseKey } from './api';
import { messages } from './messages';

export function TransitionDialog({
  lifecycle,
  direction,
  onClose,
  onDone,
  onReload,
}: {
  lifecycle: Lifecycle;
  direction: 'forward' | 'back';
  onClose: () => void;
  onDone: (text: string) => void;
  onReload: () => Promise<unknown>;
}) {
  const label = useLabels();
  const earlier = PHASE_KEYS.slice(0, lifecycle.order - 1) as PhaseKey[];
  const [to, setTo] = useState<PhaseKey | ''>(
    direction === 'forward' ? (lifecycle.nextPhase ?? '') : (earlier[earlier.length - 1] ?? ''),
  );
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const move = useTransition(lifecycle.associationId);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!to) return;
    if (direction === 'back' && !reason.trim()) {
      setMissingReason(true);
      return;
    }
    // The promise, not mutate's per-call callback: the refetched lifecycle may re-render the page
    // before the answer's callback runs, and a callback of an unmounted dialog is dropped.
    move
      .mutateAsync({ to, version: lifecycle.version, ...(reason.trim() ? { reason: reason.trim() } : {}) })
      .then(
        (result) =>
          onDone(
            result.transition.status === 'pending'
              ? messages.proposed(label('phase', to))
              : messages.moved(label('phase', result.phase)),
          ),
        () => undefined, // shown beside its field from move.error
      );
  };

  const reasonError =
    fieldError(move.error, 'reason') ?? (missingReason ? messages.reasonRequired : undefined);
  const toError = fieldError(move.error, 'to');
  const other = move.isError && !fieldError(move.error, 'reason') && !toError;
  const title =
    direction === 'forward' ? messages.forwardTitle(label('phase', lifecycle.nextPhase)) : messages.backTitle;
  return (
    <Dialog
      open
      onClose={move.isPending ? undefined : onClose}
      aria-labelledby="move-title"
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="move-title">{title}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          {direction === 'forward' ? (
            <DialogContentText>
              {messages.forwardBody(lifecycle.nameFa, label('phase', lifecycle.nextPhase))}
            </DialogContentText>
          ) : (
            <TextField
              select
              label={messages.backTo}
              value={to}
              onChange={(e) => setTo(e.target.value as PhaseKey)}
              error={!!toError}
              helperText={toError}
              sx={{ mt: 1 }}
            >
              {earlier.map((p) => (
                <MenuItem key={p} value={p}>
                  {label('phase', p)}
                </MenuItem>
              ))}
            </TextField>
          )}
          <TextField
            label={direction === 'back' ? messages.reason : messages.reasonOptional}
            required={direction === 'back'}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setMissingReason(false);
            }}
            error={!!reasonError}
            helperText={reasonError}
            multiline
            minRows={2}
            autoFocus={direction === 'back'}
          />
          {other && (
            <ApiErrorAlert
              error={move.error}
              onReload={() => {
                move.reset();
                void onReload();
              }}
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={move.isPending}>
            {messages.cancel}
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={move.isPending || !to}
            startIcon={
              move.isPending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined
            }
          >
            {move.isPending ? messages.working : messages.confirm}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
