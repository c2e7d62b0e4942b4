import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { fieldError } from '../../components/errors';
import { JalaliDateField } from '../../components/JalaliDateField';
import { useLabels } from '../../lib/useLabels';
import {
  useAddBoardMember,
  useEndTerm,
  useUpdateBoardMember,
  type BoardMember,
  type BoardRole,
  type ElectionMethod,
} from './api';
import { seatChanges } from './logic';
import { messages } from './messages';

const ROLES: readonly BoardRole[] = ['chair', 'deputy', 'secretary', 'treasurer', 'member'];
const METHODS: readonly ElectionMethod[] = [
  'general_assembly',
  'founding_assembly',
  'board_vote',
  'by_election',
  'appointed',
];

/**
 * Staff record a seat for a term, or correct a recorded one (name, role, firm, term, how elected; sent
 * with its version, so a seat someone else changed meanwhile gets the 409 and a reload). A second
 * serving chair (etc.) is refused by the API beside the role.
 */
export function BoardMemberDialog({
  associationId,
  member,
  onClose,
  onSaved,
  onReload,
}: {
  associationId: string;
  /** The seat to correct; without it a new seat is recorded. */
  member?: BoardMember;
  onClose: () => void;
  onSaved: (name: string) => void;
  onReload?: () => void;
}) {
  const label = useLabels();
  const add = useAddBoardMember(associationId);
  const update = useUpdateBoardMember(associationId);
  const save = member ? update : add;
  const [fullName, setFullName] = useState(member?.fullName ?? '');
  const [role, setRole] = useState<BoardRole>(member?.role ?? 'member');
  const [firmName, setFirmName] = useState(member?.firmName ?? '');
  const [termStart, setTermStart] = useState<string | null>(member?.termStart ?? null);
  const [termEnd, setTermEnd] = useState<string | null>(member?.termEnd ?? null);
  const [electedBy, setElectedBy] = useState<ElectionMethod>(member?.electedBy ?? 'general_assembly');
  const [checked, setChecked] = useState(false);
  const nameProblem =
    fullName.trim() === ''
      ? messages.required
      : fullName.trim().length < 2
        ? messages.nameTooShort
        : undefined;
  const startProblem = termStart ? undefined : messages.required;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (nameProblem || startProblem || !termStart) return;
    const seat = {
      fullName: fullName.trim(),
      role,
      firmName: firmName.trim() || null,
      termStart,
      termEnd,
      electedBy,
    };
    const done = { onSuccess: (m: BoardMember) => onSaved(m.fullName) };
    if (member)
      update.mutate({ memberId: member.id, version: member.version, ...seatChanges(member, seat) }, done);
    else
      add.mutate({ ...seat, firmName: seat.firmName ?? undefined, termEnd: seat.termEnd ?? undefined }, done);
  };
  const err = save.error;
  const shown =
    fieldError(err, 'fullName') ||
    fieldError(err, 'role') ||
    fieldError(err, 'termStart') ||
    fieldError(err, 'termEnd') ||
    fieldError(err, 'firmName') ||
    fieldError(err, 'electedBy');
  return (
    <Dialog open onClose={onClose} aria-labelledby="board-seat-title" fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate aria-labelledby="board-seat-title">
        <DialogTitle id="board-seat-title">
          {member ? messages.editTitle(member.fullName) : messages.addTitle}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              label={messages.fullName}
              value={fullName}
              onChange={(e) => setFullName(e.target.value)}
              required
              error={(checked && !!nameProblem) || !!fieldError(err, 'fullName')}
              helperText={(checked && nameProblem) || fieldError(err, 'fullName')}
            />
            <TextField
              select
              label={messages.role}
              value={role}
              onChange={(e) => setRole(e.target.value as BoardRole)}
              error={!!fieldError(err, 'role')}
              helperText={fieldError(err, 'role')}
            >
              {ROLES.map((r) => (
                <MenuItem key={r} value={r}>
                  {label('boardRole', r)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={messages.firmName}
              value={firmName}
              onChange={(e) => setFirmName(e.target.value)}
              error={!!fieldError(err, 'firmName')}
              helperText={fieldError(err, 'firmName')}
            />
            <JalaliDateField
              label={messages.termStart}
              name="termStart"
              value={termStart}
              onChange={setTermStart}
              required
              error={(checked && startProblem) || fieldError(err, 'termStart')}
            />
            <JalaliDateField
              label={messages.termEndOptional}
              name="termEnd"
              value={termEnd}
              onChange={setTermEnd}
              error={fieldError(err, 'termEnd')}
            />
            <TextField
              select
              label={messages.electedBy}
              value={electedBy}
              onChange={(e) => setElectedBy(e.target.value as ElectionMethod)}
              error={!!fieldError(err, 'electedBy')}
              helperText={fieldError(err, 'electedBy')}
            >
              {METHODS.map((m) => (
                <MenuItem key={m} value={m}>
                  {label('electedBy', m)}
                </MenuItem>
              ))}
            </TextField>
            {err !== null && !shown && <ApiErrorAlert error={err} onReload={onReload} />}
            {save.isPending && <Alert severity="info">{messages.saving}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{messages.cancel}</Button>
          <Button type="submit" variant="contained" disabled={save.isPending}>
            {messages.save}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

/** Staff end a term with its last day and a reason; the seat stays in the history. */
export function EndTermDialog({
  associationId,
  member,
  onClose,
  onEnded,
  onReload,
}: {
  associationId: string;
  member: BoardMember;
  onClose: () => void;
  onEnded: (name: string) => void;
  onReload: () => void;
}) {
  const end = useEndTerm(associationId);
  const [termEnd, setTermEnd] = useState<string | null>(null);
  const [endReason, setEndReason] = useState('');
  const [checked, setChecked] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (!termEnd) return;
    end.mutate(
      { memberId: member.id, version: member.version, termEnd, endReason: endReason.trim() },
      { onSuccess: (m) => onEnded(m.fullName) },
    );
  };
  const err = end.error;
  const fieldShown = fieldError(err, 'termEnd') || fieldError(err, 'endReason');
  return (
    <Dialog open onClose={onClose} aria-labelledby="board-end-title" fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate aria-labelledby="board-end-title">
        <DialogTitle id="board-end-title">{messages.endTitle(member.fullName)}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <JalaliDateField
              label={messages.termEnd}
              name="termEnd"
              value={termEnd}
              onChange={setTermEnd}
              required
              error={(checked && !termEnd ? messages.required : undefined) || fieldError(err, 'termEnd')}
            />
            <TextField
              label={messages.endReason}
              value={endReason}
              onChange={(e) => setEndReason(e.target.value)}
              multiline
              minRows={2}
              error={!!fieldError(err, 'endReason')}
              helperText={fieldError(err, 'endReason')}
            />
            {err !== null && !fieldShown && <ApiErrorAlert error={err} onReload={onReload} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{messages.cancel}</Button>
          <Button type="submit" variant="contained" disabled={end.isPending}>
            {messages.save}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
