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
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { fieldError } from '../../components/errors';
import { JalaliDateField } from '../../components/JalaliDateField';
import { jalaliYearOf, toLatinDigits, toPersianDigits } from '../../lib/format';
import { useLabels } from '../../lib/useLabels';
import { useCreateAssembly, useRecordAssembly, type Assembly, type CreateAssembly } from './api';
import { jalaliToIso } from './dates';
import { assemblyMessages as m } from './messages';

const KINDS = ['ordinary', 'extraordinary', 'founding'] as const;
const QUORUM_RULES = ['half_plus_one', 'two_thirds', 'one_third', 'any'] as const;
const NOTICE_FIELDS = ['kind', 'fiscalYear', 'noticeDate', 'scheduledOn', 'dueBy', 'agenda', 'quorumRule'];
const HELD_FIELDS = ['heldOn', 'eligible', 'attended', 'resolutions'];

type Day = string | null;
type Problems = Partial<Record<string, string>>;

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const whole = (text: string) => {
  const t = toLatinDigits(text.trim());
  return /^\d+$/.test(t) ? Number(t) : null;
};

/**
 * Gives notice of an assembly and, once it met, records the day, attendance and resolutions
 * (assembly = null: a new one, both at once if it has met already). The notice cannot change
 * after it is given (the API takes only the meeting with PATCH).
 */
export function AssemblyDialog({
  associationId,
  assembly,
  onClose,
}: {
  associationId: string;
  assembly: Assembly | null;
  onClose: (saved: boolean) => void;
}) {
  const label = useLabels();
  const create = useCreateAssembly(associationId);
  const record = useRecordAssembly(associationId);
  // A new assembly whose meeting was refused after its notice was saved is edited from then on.
  const [saved, setSaved] = useState<Assembly | null>(assembly);
  const [kind, setKind] = useState<string>('ordinary');
  const [fiscalYear, setFiscalYear] = useState(() => toPersianDigits(jalaliYearOf()));
  const [noticeDate, setNoticeDate] = useState<Day>(null);
  const [scheduledOn, setScheduledOn] = useState<Day>(null);
  const [dueBy, setDueBy] = useState<Day>(null);
  const [agenda, setAgenda] = useState('');
  const [quorumRule, setQuorumRule] = useState<string>('half_plus_one');
  const [heldOn, setHeldOn] = useState<Day>(assembly?.heldOn ?? null);
  const [eligible, setEligible] = useState(assembly?.eligible ? toPersianDigits(assembly.eligible) : '');
  const [attended, setAttended] = useState(
    assembly?.attended !== null && assembly?.attended !== undefined ? toPersianDigits(assembly.attended) : '',
  );
  const [resolutions, setResolutions] = useState((assembly?.resolutions ?? []).join('\n'));
  const [problems, setProblems] = useState<Problems>({});
  const pending = create.isPending || record.isPending;
  const error = record.error ?? (saved ? null : create.error);
  const err = (k: string) => problems[k] ?? fieldError(error, k);
  const fieldNamed =
    error instanceof ApiError &&
    !!error.field &&
    [...NOTICE_FIELDS, ...HELD_FIELDS].some((f) => error.field === f || error.field?.startsWith(`${f}.`));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const bad: Problems = {};
    const iso = (k: string, day: Day, required: boolean) => {
      if (!day) {
        if (required) bad[k] = m.required;
        return null;
      }
      const v = jalaliToIso(day);
      if (!v) bad[k] = m.badDate;
      return v;
    };
    const notice = saved
      ? null
      : {
          noticeDate: iso('noticeDate', noticeDate, true),
          scheduledOn: iso('scheduledOn', scheduledOn, true),
          dueBy: iso('dueBy', dueBy, false),
          year: whole(fiscalYear),
          agenda: lines(agenda),
        };
    if (notice && notice.year === null) bad.fiscalYear = m.badNumber;
    if (notice && !notice.agenda.length) bad.agenda = m.required;
    const held = iso('heldOn', heldOn, false);
    const eligibleN = eligible.trim() ? whole(eligible) : null;
    const attendedN = attended.trim() ? whole(attended) : null;
    if (eligible.trim() && eligibleN === null) bad.eligible = m.badNumber;
    if (attended.trim() && attendedN === null) bad.attended = m.badNumber;
    if (heldOn && !bad.eligible && eligibleN === null) bad.eligible = m.needsBoth;
    if (heldOn && !bad.attended && attendedN === null) bad.attended = m.needsBoth;
    if (saved && !heldOn) bad.heldOn = m.required;
    setProblems(bad);
    if (Object.keys(bad).length) return;
    create.reset();
    record.reset();
    try {
      let target = saved;
      if (!target && notice) {
        const body: CreateAssembly = {
          kind: kind as CreateAssembly['kind'],
          fiscalYear: notice.year as number,
          noticeDate: notice.noticeDate as string,
          scheduledOn: notice.scheduledOn as string,
          ...(notice.dueBy ? { dueBy: notice.dueBy } : {}),
          agenda: notice.agenda,
          quorumRule: quorumRule as CreateAssembly['quorumRule'],
        };
        target = await create.mutateAsync(body);
        setSaved(target);
      }
      if (target && held) {
        await record.mutateAsync({
          assemblyId: target.id,
          body: {
            version: target.version,
            heldOn: held,
            eligible: eligibleN as number,
            attended: attendedN as number,
            resolutions: lines(resolutions),
          },
        });
      }
      onClose(true);
    } catch {
      // The refusal is shown beside its field or above the form.
    }
  };

  const numberField = (k: string, text: string, value: string, set: (v: string) => void) => (
    <TextField
      label={text}
      value={value}
      onChange={(e) => set(e.target.value)}
      error={!!err(k)}
      helperText={err(k)}
      slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      fullWidth
    />
  );

  return (
    <Dialog
      open
      onClose={() => onClose(false)}
      fullWidth
      maxWidth="sm"
      aria-labelledby="assembly-dialog-title"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="assembly-dialog-title">
          {saved ? m.recordOf(toPersianDigits(saved.noticeDateJalali)) : m.add}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {error && !fieldNamed && (
              <ApiErrorAlert error={error} onReload={saved ? () => onClose(false) : undefined} />
            )}
            {saved ? (
              <Alert severity="info">{m.noticeFixed}</Alert>
            ) : (
              <>
                <TextField select label={m.kind} value={kind} onChange={(e) => setKind(e.target.value)}>
                  {KINDS.map((k) => (
                    <MenuItem key={k} value={k}>
                      {label('assemblyKind', k)}
                    </MenuItem>
                  ))}
                </TextField>
                {numberField('fiscalYear', m.fiscalYear, fiscalYear, setFiscalYear)}
                <JalaliDateField
                  label={m.noticeDate}
                  value={noticeDate}
                  onChange={setNoticeDate}
                  error={err('noticeDate')}
                  required
                />
                <JalaliDateField
                  label={m.scheduledOn}
                  value={scheduledOn}
                  onChange={setScheduledOn}
                  error={err('scheduledOn')}
                  required
                />
                <JalaliDateField label={m.dueBy} value={dueBy} onChange={setDueBy} error={err('dueBy')} />
                <TextField
                  label={m.agenda}
                  value={agenda}
                  onChange={(e) => setAgenda(e.target.value)}
                  error={!!err('agenda')}
                  helperText={err('agenda') ?? m.agendaHint}
                  required
                  multiline
                  minRows={3}
                />
                <TextField
                  select
                  label={m.quorumRule}
                  value={quorumRule}
                  onChange={(e) => setQuorumRule(e.target.value)}
                  error={!!err('quorumRule')}
                  helperText={err('quorumRule')}
                >
                  {QUORUM_RULES.map((r) => (
                    <MenuItem key={r} value={r}>
                      {label('quorumRule', r)}
                    </MenuItem>
                  ))}
                </TextField>
              </>
            )}
            <JalaliDateField
              label={m.heldOn}
              value={heldOn}
              onChange={setHeldOn}
              error={err('heldOn')}
              helperText={saved ? undefined : m.heldOnHint}
              required={!!saved}
            />
            {numberField('eligible', m.eligible, eligible, setEligible)}
            {numberField('attended', m.attended, attended, setAttended)}
            <TextField
              label={m.resolutions}
              value={resolutions}
              onChange={(e) => setResolutions(e.target.value)}
              error={!!err('resolutions')}
              helperText={err('resolutions') ?? m.resolutionsHint}
              multiline
              minRows={2}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(false)}>{m.cancel}</Button>
          <Button type="submit" variant="contained" disabled={pending}>
            {pending ? m.saving : m.save}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
