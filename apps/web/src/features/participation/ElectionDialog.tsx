import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { fieldError } from '../../components/errors';
import { JalaliDateField } from '../../components/JalaliDateField';
import { toLatinDigits, toPersianDigits } from '../../lib/format';
import { SearchPicker } from '../../components/SearchPicker';
import { useLabels } from '../../lib/useLabels';
import { useAssemblies, useCreateElection, useMembers, type CreateElection, type Member } from './api';
import { jalaliToIso } from './dates';
import { electionMessages as m } from './messages';

type Day = string | null;
interface CandidateRow {
  key: number;
  /** The member of the register the candidate stands as: its name (a person) or firm comes from there. */
  member: Member | null;
  fullName: string;
  firmName: string;
}

const emptyRow = (key: number): CandidateRow => ({ key, member: null, fullName: '', firmName: '' });

/** A current member of the association, found by Persian name (the API folds ی/ي and ک/ك). */
function MemberPicker({
  associationId,
  value,
  onChange,
  label,
  error,
}: {
  associationId: string;
  value: Member | null;
  onChange: (member: Member | null) => void;
  label: string;
  error?: string;
}) {
  const useOptions = (q: string) =>
    useMembers(associationId, { q: q || undefined, current: true, page: 1, pageSize: 20 });
  return (
    <SearchPicker
      useOptions={useOptions}
      optionLabel={(o) => toPersianDigits(o.nameFa)}
      value={value}
      onChange={onChange}
      label={label}
      noOptionsText={m.noMember}
      loadingText={m.searchingMembers}
      error={error}
      helperText={m.candidateMemberHint}
      sx={{ flex: '1 1 100%' }}
    />
  );
}

const FIELDS = ['seats', 'termStart', 'termEnd', 'assemblyId', 'candidates'];

/** Opens an election: the seats, the board's term, the assembly that holds it and the candidates. */
export function ElectionDialog({
  associationId,
  onClose,
}: {
  associationId: string;
  onClose: (saved: boolean) => void;
}) {
  const label = useLabels();
  const create = useCreateElection(associationId);
  const assemblies = useAssemblies(associationId);
  const [seats, setSeats] = useState(() => toPersianDigits(5));
  const [termStart, setTermStart] = useState<Day>(null);
  const [termEnd, setTermEnd] = useState<Day>(null);
  const [assemblyId, setAssemblyId] = useState('');
  const [rows, setRows] = useState<CandidateRow[]>([emptyRow(0)]);
  const [problems, setProblems] = useState<Partial<Record<string, string>>>({});
  const error = create.error;
  const err = (k: string) => problems[k] ?? fieldError(error, k);
  const fieldNamed =
    error instanceof ApiError &&
    !!error.field &&
    FIELDS.some((f) => error.field === f || error.field?.startsWith(f));

  const setRow = (key: number, patch: Partial<CandidateRow>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const bad: typeof problems = {};
    const seatsText = toLatinDigits(seats.trim());
    if (!/^\d+$/.test(seatsText)) bad.seats = m.bad;
    const start = termStart ? jalaliToIso(termStart) : null;
    const end = termEnd ? jalaliToIso(termEnd) : null;
    if (!termStart) bad.termStart = m.required;
    else if (!start) bad.termStart = m.badDate;
    if (!termEnd) bad.termEnd = m.required;
    else if (!end) bad.termEnd = m.badDate;
    // Every row is sent, so the API's `candidates[i]` names the row on screen.
    const candidates = rows;
    candidates.forEach((r, i) => {
      if (r.member?.kind !== 'person' && !r.fullName.trim()) bad[`candidates[${i}].fullName`] = m.required;
    });
    setProblems(bad);
    if (Object.keys(bad).length) return;
    const body: CreateElection = {
      seats: Number(seatsText),
      termStart: start as string,
      termEnd: end as string,
      ...(assemblyId ? { assemblyId } : {}),
      candidates: candidates.map((r) =>
        r.member?.kind === 'person'
          ? { memberId: r.member.id }
          : r.member
            ? { memberId: r.member.id, fullName: r.fullName.trim() }
            : { fullName: r.fullName.trim(), ...(r.firmName.trim() ? { firmName: r.firmName.trim() } : {}) },
      ),
    };
    create.mutate(body, { onSuccess: () => onClose(true) });
  };

  return (
    <Dialog
      open
      onClose={() => onClose(false)}
      fullWidth
      maxWidth="sm"
      aria-labelledby="election-dialog-title"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="election-dialog-title">{m.add}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {error && !fieldNamed && <ApiErrorAlert error={error} />}
            <TextField
              label={m.seats}
              value={seats}
              onChange={(e) => setSeats(e.target.value)}
              error={!!err('seats')}
              helperText={err('seats')}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              required
            />
            <JalaliDateField
              label={m.termStart}
              value={termStart}
              onChange={setTermStart}
              error={err('termStart')}
              required
            />
            <JalaliDateField
              label={m.termEnd}
              value={termEnd}
              onChange={setTermEnd}
              error={err('termEnd')}
              required
            />
            <TextField
              select
              label={m.assembly}
              value={assemblyId}
              onChange={(e) => setAssemblyId(e.target.value)}
              error={!!err('assemblyId')}
              helperText={err('assemblyId')}
            >
              <MenuItem value="">{m.noAssembly}</MenuItem>
              {(assemblies.data?.items ?? []).map((a) => (
                <MenuItem key={a.id} value={a.id}>
                  {`${label('assemblyKind', a.kind)} — ${toPersianDigits(a.scheduledOnJalali)}`}
                </MenuItem>
              ))}
            </TextField>
            <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 500 }}>
              {m.candidates}
            </Typography>
            {fieldError(error, 'candidates') &&
              !rows.some((_, i) => fieldError(error, `candidates[${i}]`)) && (
                <Typography color="error" variant="body2">
                  {fieldError(error, 'candidates')}
                </Typography>
              )}
            {rows.map((r, i) => {
              const n = toPersianDigits(i + 1);
              const nameErr = err(`candidates[${i}].fullName`);
              const firmErr = err(`candidates[${i}].firmName`);
              const person = r.member?.kind === 'person';
              const firm = r.member?.kind === 'firm';
              return (
                <Box key={r.key} sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}>
                  <MemberPicker
                    associationId={associationId}
                    value={r.member}
                    label={m.candidateMember(n)}
                    error={err(`candidates[${i}].memberId`)}
                    onChange={(member) =>
                      setRow(
                        r.key,
                        member?.kind === 'person'
                          ? { member, fullName: member.nameFa, firmName: '' }
                          : member
                            ? {
                                member,
                                firmName: member.nameFa,
                                fullName: r.member?.kind === 'person' ? '' : r.fullName,
                              }
                            : // What the register filled in goes with it.
                              {
                                member: null,
                                fullName: r.member?.kind === 'person' ? '' : r.fullName,
                                firmName: r.member?.kind === 'firm' ? '' : r.firmName,
                              },
                      )
                    }
                  />
                  <TextField
                    label={firm ? m.candidateRepresentative(n) : m.candidateName(n)}
                    value={person ? toPersianDigits(r.fullName) : r.fullName}
                    onChange={(e) => setRow(r.key, { fullName: e.target.value })}
                    error={!!nameErr}
                    helperText={nameErr}
                    disabled={person}
                    required={!person}
                    sx={{ flex: '2 1 200px' }}
                  />
                  <TextField
                    label={m.candidateFirm(n)}
                    value={firm ? toPersianDigits(r.firmName) : r.firmName}
                    onChange={(e) => setRow(r.key, { firmName: e.target.value })}
                    error={!!firmErr}
                    helperText={firmErr}
                    disabled={!!r.member}
                    sx={{ flex: '2 1 200px' }}
                  />
                  {rows.length > 1 && (
                    <IconButton
                      aria-label={m.removeCandidate(n)}
                      onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                      sx={{ mt: 1 }}
                    >
                      ×
                    </IconButton>
                  )}
                </Box>
              );
            })}
            <Box>
              <Button
                onClick={() => setRows((rs) => [...rs, emptyRow(Math.max(...rs.map((x) => x.key)) + 1)])}
              >
                {m.addCandidate}
              </Button>
            </Box>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(false)}>{m.cancel}</Button>
          <Button type="submit" variant="contained" disabled={create.isPending}>
            {create.isPending ? m.saving : m.create}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
