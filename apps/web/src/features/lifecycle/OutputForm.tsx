// One phase output as a form, drawn from its description (outputForms.ts). The API's refusal of a
// field is shown beside that field; anything else (a 409: someone else revised it) above the button.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import CircularProgress from '@mui/material/CircularProgress';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { fieldError } from '../../components/errors';
import { JalaliDateField } from '../../components/JalaliDateField';
import { useLabels } from '../../lib/useLabels';
import { toPersianDigits } from '../../lib/format';
import { useRecordOutput, type OutputItem } from './api';
import { messages } from './messages';
import {
  fieldPaths,
  initialValues,
  OUTPUT_FORMS,
  toBody,
  type FieldSpec,
  type FormValues,
  type LeafField,
} from './outputForms';

/** The error of exactly this path (a list's own error is not repeated on each of its cells). */
function exactError(error: unknown, path: string): string | undefined {
  return error instanceof ApiError && error.field === path ? error.message : undefined;
}

function Leaf({
  field,
  path,
  value,
  onChange,
  error,
  disabled,
}: {
  field: LeafField;
  path: string;
  value: unknown;
  onChange: (v: unknown) => void;
  error: unknown;
  disabled: boolean;
}) {
  const message = fieldError(error, path);
  const id = useId();
  const label = useLabels();
  switch (field.kind) {
    case 'date':
      return (
        <JalaliDateField
          label={field.label}
          name={path}
          value={(value as string | null) ?? null}
          onChange={onChange}
          error={message}
          helperText={field.hint}
          required={field.required}
          disabled={disabled}
        />
      );
    case 'bool':
      return (
        <FormControl error={!!message}>
          <FormControlLabel
            control={
              <Checkbox
                name={path}
                checked={value === true}
                onChange={(e) => onChange(e.target.checked)}
                disabled={disabled}
                slotProps={{ input: { 'aria-describedby': message ? `${id}-error` : undefined } }}
              />
            }
            label={field.label}
          />
          {message && <FormHelperText id={`${id}-error`}>{message}</FormHelperText>}
        </FormControl>
      );
    case 'select':
      return (
        <TextField
          select
          name={path}
          label={field.label}
          required={field.required}
          value={(value as string) ?? ''}
          onChange={(e) => onChange(e.target.value)}
          error={!!message}
          helperText={message ?? field.hint}
          disabled={disabled}
          fullWidth
        >
          {!field.options.some((o) => o.value === '') && <MenuItem value="">—</MenuItem>}
          {field.options.map((o) => (
            <MenuItem key={o.value} value={o.value}>
              {o.label ?? (field.labelGroup ? label(field.labelGroup, o.value) : o.value)}
            </MenuItem>
          ))}
        </TextField>
      );
    default:
      return (
        <TextField
          name={path}
          label={field.label}
          required={field.required}
          value={toPersianDigitsIfNumber(field, value)}
          onChange={(e) => onChange(e.target.value)}
          error={!!message}
          helperText={message ?? field.hint}
          disabled={disabled}
          multiline={field.kind === 'textarea'}
          minRows={field.kind === 'textarea' ? 2 : undefined}
          slotProps={{
            htmlInput: field.kind === 'int' || field.kind === 'number' ? { inputMode: 'numeric' } : undefined,
          }}
          fullWidth
        />
      );
  }
}

/** Numbers are shown in Persian digits as people type them; the body converts them back. */
function toPersianDigitsIfNumber(field: LeafField, value: unknown): string {
  const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  return field.kind === 'int' || field.kind === 'number' ? toPersianDigits(text) : text;
}

function Field({
  field,
  values,
  set,
  error,
  disabled,
}: {
  field: FieldSpec;
  values: FormValues;
  set: (name: string, v: unknown) => void;
  error: unknown;
  disabled: boolean;
}) {
  if (field.kind !== 'list')
    return (
      <Leaf
        field={field}
        path={field.name}
        value={values[field.name]}
        onChange={(v) => set(field.name, v)}
        error={error}
        disabled={disabled}
      />
    );
  const rows = (values[field.name] as Record<string, unknown>[]) ?? [];
  const listError = exactError(error, field.name);
  const setRow = (i: number, name: string, v: unknown) =>
    set(
      field.name,
      rows.map((r, j) => (j === i ? { ...r, [name]: v } : r)),
    );
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, display: 'grid', gap: 1.5, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {field.label}
      </Typography>
      {listError && <FormHelperText error>{listError}</FormHelperText>}
      {rows.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {messages.none}
        </Typography>
      )}
      {rows.map((row, i) => {
        const n = toPersianDigits(i + 1);
        return (
          <Paper
            key={i}
            variant="outlined"
            component="fieldset"
            sx={{
              p: 1.5,
              m: 0,
              display: 'grid',
              gap: 1.5,
              gridTemplateColumns: { sm: 'repeat(auto-fit, minmax(180px, 1fr))' },
            }}
          >
            <Box
              component="legend"
              sx={{ px: 0.5, display: 'flex', alignItems: 'center', gap: 1, fontSize: 14 }}
            >
              {messages.row(field.itemLabel, n)}
              {!field.fixed && (
                <IconButton
                  size="small"
                  aria-label={messages.removeRow(field.itemLabel, n)}
                  onClick={() =>
                    set(
                      field.name,
                      rows.filter((_, j) => j !== i),
                    )
                  }
                  disabled={disabled}
                >
                  ×
                </IconButton>
              )}
            </Box>
            {field.item.map((f) => (
              <Leaf
                key={f.name}
                field={f}
                path={`${field.name}.${i}.${f.name}`}
                value={row[f.name]}
                onChange={(v) => setRow(i, f.name, v)}
                error={error}
                disabled={
                  disabled ||
                  (field.fixed === true && f.kind === 'select' && i < (field.prefill?.length ?? 0))
                }
              />
            ))}
          </Paper>
        );
      })}
      {!field.fixed && (
        <Box>
          <Button
            variant="outlined"
            size="small"
            onClick={() => set(field.name, [...rows, initialValues(field.item, null)])}
            disabled={disabled}
          >
            {messages.addRow(field.itemLabel)}
          </Button>
        </Box>
      )}
    </Box>
  );
}

export function OutputForm({
  associationId,
  phase,
  item,
  canWrite,
  onReload,
}: {
  associationId: string;
  phase: string;
  item: OutputItem;
  canWrite: boolean;
  onReload: () => void;
}) {
  const spec = OUTPUT_FORMS[item.key] ?? [];
  const output = item.output as { data?: Record<string, unknown>; version?: number } | null;
  const [values, setValues] = useState<FormValues>(() => initialValues(spec, output?.data));
  // A new revision read from the API (ours just saved, or someone else's after a reload) is shown.
  const revision = (output as { revision?: number } | null)?.revision;
  const [shownRevision, setShownRevision] = useState(revision);
  if (revision !== shownRevision) {
    setShownRevision(revision);
    setValues(initialValues(spec, output?.data));
  }
  const record = useRecordOutput(associationId, phase, item.key);
  const set = (name: string, v: unknown) => setValues((old) => ({ ...old, [name]: v }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate(toBody(spec, values, output?.version));
  };
  const errField = record.error instanceof ApiError ? record.error.field : undefined;
  // An error naming a field the form shows is shown beside it; any other above the button.
  const placed =
    !!errField && fieldPaths(spec, values).some((p) => errField === p || errField.startsWith(`${p}.`));
  const disabled = !canWrite || record.isPending;
  return (
    <Box
      component="form"
      noValidate
      onSubmit={submit}
      aria-label={item.nameFa}
      sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: 'repeat(2, minmax(0, 1fr))' } }}
    >
      {spec.map((field) => (
        <Box
          key={field.name}
          sx={{ gridColumn: field.kind === 'list' || field.kind === 'textarea' ? '1 / -1' : undefined }}
        >
          <Field field={field} values={values} set={set} error={record.error} disabled={disabled} />
        </Box>
      ))}
      <Box sx={{ gridColumn: '1 / -1', display: 'grid', gap: 1 }}>
        {record.isError && !placed && <ApiErrorAlert error={record.error} onReload={onReload} />}
        {record.isSuccess && (
          <Alert severity="success" role="status">
            {messages.saved}
          </Alert>
        )}
        {canWrite && (
          <Box>
            <Button
              type="submit"
              variant="contained"
              disabled={record.isPending}
              startIcon={
                record.isPending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined
              }
            >
              {record.isPending ? messages.working : messages.save(item.nameFa)}
            </Button>
          </Box>
        )}
      </Box>
    </Box>
  );
}
