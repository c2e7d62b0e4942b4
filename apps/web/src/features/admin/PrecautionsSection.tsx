// The admin's wording of the chamber's precautions in each phase (احتیاطات اتاق در این فاز):
// pick a phase, edit, add or remove its precautions, save them with the settings' version.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { isConflict } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { Section } from '../../components/Section';
import { formatNumber } from '../../lib/format';
import {
  useLifecyclePhases,
  useLifecycleSettings,
  useUpdatePrecautions,
  type Phase,
  type PhaseNote,
} from './api';
import { messages } from './messages';

/** The API's rule for a precaution's text (PhaseNoteDto: 2 to 500 characters once trimmed). */
const readable = (text: string) => text.trim().length >= 2;

/** A code for a precaution the admin adds (the API wants snake_case; nobody types it). */
const newCode = (taken: string[]) => {
  let n = taken.length + 1;
  while (taken.includes(`precaution_${n}`)) n++;
  return `precaution_${n}`;
};

function PrecautionsForm({
  phase,
  version,
  onReload,
}: {
  phase: Phase;
  version: number;
  onReload: () => void;
}) {
  const [rows, setRows] = useState<PhaseNote[]>(
    phase.precautions.map(({ code, textFa, textEn }) => ({ code, textFa, textEn })),
  );
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState(false);
  const save = useUpdatePrecautions();

  const edit = (i: number, change: Partial<PhaseNote>) => {
    setSaved(false);
    setRows((all) => all.map((r, j) => (j === i ? { ...r, ...change } : r)));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (rows.some((r) => !readable(r.textFa) || !readable(r.textEn))) return;
    save.mutate(
      {
        version,
        phase: phase.key,
        precautions: rows.map((r) => ({ code: r.code, textFa: r.textFa.trim(), textEn: r.textEn.trim() })),
      },
      { onSuccess: () => setSaved(true) },
    );
  };

  return (
    <Box
      component="form"
      noValidate
      aria-label={messages.precautionsSection}
      onSubmit={submit}
      sx={{ display: 'grid', gap: 2 }}
    >
      {rows.length === 0 && <Typography color="text.secondary">{messages.noPrecautions}</Typography>}
      {rows.map((row, i) => {
        const n = formatNumber(i + 1);
        return (
          <Box
            key={row.code}
            data-testid="precaution-row"
            sx={{ display: 'grid', gap: 1, gridTemplateColumns: 'minmax(0, 1fr) auto', alignItems: 'start' }}
          >
            <Box sx={{ display: 'grid', gap: 1 }}>
              <TextField
                label={messages.precautionFa(n)}
                value={row.textFa}
                multiline
                minRows={2}
                required
                onChange={(e) => edit(i, { textFa: e.target.value })}
                error={checked && !readable(row.textFa)}
                helperText={checked && !readable(row.textFa) ? messages.tooShort : undefined}
              />
              <TextField
                label={messages.precautionEn(n)}
                value={row.textEn}
                required
                slotProps={{ htmlInput: { dir: 'ltr' } }}
                onChange={(e) => edit(i, { textEn: e.target.value })}
                error={checked && !readable(row.textEn)}
                helperText={checked && !readable(row.textEn) ? messages.tooShort : undefined}
              />
            </Box>
            <IconButton
              aria-label={messages.removePrecaution(n)}
              onClick={() => {
                setSaved(false);
                setRows((all) => all.filter((_, j) => j !== i));
              }}
            >
              ×
            </IconButton>
          </Box>
        );
      })}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button
          variant="outlined"
          onClick={() => {
            setSaved(false);
            setRows((all) => [...all, { code: newCode(all.map((r) => r.code)), textFa: '', textEn: '' }]);
          }}
        >
          {messages.addPrecaution}
        </Button>
        <Button type="submit" variant="contained" disabled={save.isPending}>
          {save.isPending ? messages.saving : messages.savePrecautions(phase.nameFa)}
        </Button>
      </Box>
      {save.isError && (
        <ApiErrorAlert
          error={save.error}
          onReload={
            isConflict(save.error)
              ? () => {
                  save.reset();
                  onReload();
                }
              : undefined
          }
        />
      )}
      {saved && (
        <Alert severity="success" role="status">
          {messages.precautionsSaved(phase.nameFa)}
        </Alert>
      )}
    </Box>
  );
}

export function PrecautionsSection() {
  const phases = useLifecyclePhases();
  const settings = useLifecycleSettings();
  const [key, setKey] = useState<Phase['key']>('concept_review');
  const [reloads, setReloads] = useState(0);
  if (phases.isPending || settings.isPending) return <Loading />;
  if (!phases.data || !settings.data)
    return (
      <ApiErrorAlert
        error={phases.error ?? settings.error}
        onReload={() => void Promise.all([phases.refetch(), settings.refetch()])}
      />
    );
  const phase = phases.data.phases.find((p) => p.key === key) ?? phases.data.phases[0];
  return (
    <Section id="precautions" title={messages.precautionsSection} subtitle={messages.precautionsIntro}>
      <Box sx={{ display: 'grid', gap: 2 }}>
        <TextField
          select
          label={messages.precautionsPhase}
          value={phase.key}
          onChange={(e) => setKey(e.target.value as Phase['key'])}
          sx={{ maxWidth: 360 }}
        >
          {phases.data.phases.map((p) => (
            <MenuItem key={p.key} value={p.key}>
              {`${formatNumber(p.order)}. ${p.nameFa}`}
            </MenuItem>
          ))}
        </TextField>
        <PrecautionsForm
          key={`${phase.key}:${reloads}`}
          phase={phase}
          version={settings.data.version}
          onReload={() =>
            void Promise.all([phases.refetch(), settings.refetch()]).then(() => setReloads((n) => n + 1))
          }
        />
      </Box>
    </Section>
  );
}
