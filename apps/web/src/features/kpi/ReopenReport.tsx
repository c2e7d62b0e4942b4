// The board reopens its accepted report as a new revision (with a reason), and reads the earlier ones.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { fieldError, isConflict } from '../../components/errors';
import { Section } from '../../components/Section';
import { formatJalaliDate, formatPeriod, persianText, toPersianDigits } from '../../lib/format';
import { useReopenReport, type Report } from './api';
import { messages } from './messages';

export function ReopenReport({
  report,
  onDone,
  onReload,
}: {
  report: Report;
  onDone: (text: string) => void;
  onReload: () => void;
}) {
  const reopen = useReopenReport(report.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const reasonError =
    fieldError(reopen.error, 'reason') ?? (missing ? messages.reopenNeedsReason : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim().length < 3) return setMissing(true);
    setMissing(false);
    reopen
      .mutateAsync({ version: report.version, reason: reason.trim() })
      .then((r) => {
        setOpen(false);
        onDone(messages.reopened(toPersianDigits(r.revision)));
      })
      .catch(() => undefined); // shown in the dialog from reopen.error
  };
  return (
    <Section id="reopen" title={messages.reopen}>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {messages.reopenHint}
      </Typography>
      <Button variant="outlined" onClick={() => setOpen(true)}>
        {messages.reopen}
      </Button>
      <Dialog
        open={open}
        onClose={reopen.isPending ? undefined : () => setOpen(false)}
        aria-labelledby="reopen-title"
        fullWidth
        maxWidth="sm"
      >
        <form onSubmit={submit} noValidate>
          <DialogTitle id="reopen-title">{messages.reopenTitle}</DialogTitle>
          <DialogContent sx={{ display: 'grid', gap: 2 }}>
            <DialogContentText>
              {messages.reopenBody(formatPeriod(report.period), toPersianDigits(report.revision + 1))}
            </DialogContentText>
            <TextField
              label={messages.reopenReason}
              required
              multiline
              minRows={2}
              autoFocus
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={!!reasonError}
              helperText={reasonError ?? messages.reopenReasonHint}
            />
            {reopen.isError && !fieldError(reopen.error, 'reason') && (
              <ApiErrorAlert
                error={reopen.error}
                onReload={isConflict(reopen.error) ? onReload : undefined}
              />
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)} disabled={reopen.isPending}>
              {messages.reopenCancel}
            </Button>
            <Button type="submit" variant="contained" disabled={reopen.isPending}>
              {reopen.isPending ? messages.reopening : messages.reopenConfirm}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </Section>
  );
}

/** The accepted revisions kept when the report was reopened, newest first. */
export function EarlierRevisions({ report }: { report: Report }) {
  if (report.history.length === 0) return null;
  const rows = [...report.history].sort((a, b) => b.revision - a.revision);
  return (
    <Section id="revisions" title={messages.revisions}>
      <TableContainer>
        <Table size="small" aria-labelledby="revisions">
          <TableHead>
            <TableRow>
              <TableCell>{messages.revisionCol}</TableCell>
              <TableCell>{messages.revisionAccepted}</TableCell>
              <TableCell>{messages.revisionReopened}</TableCell>
              <TableCell>{messages.revisionWhy}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((h) => (
              <TableRow key={h.revision} data-testid={`revision-${h.revision}`}>
                <TableCell>{toPersianDigits(h.revision)}</TableCell>
                <TableCell>{formatJalaliDate(h.acceptedAt)}</TableCell>
                <TableCell>{formatJalaliDate(h.reopenedAt)}</TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>
                  {h.reopenReason ? persianText(h.reopenReason) : '—'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Section>
  );
}
