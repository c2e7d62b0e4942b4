// One form drawn from a field description (lib/fields.ts): each control labelled, the API's Persian
// refusal beside the field it names, anything else (a 409: someone else changed it → reload) above
// the button. As a card of a screen or as a dialog.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useId, useState, type FormEvent, type ReactNode } from 'react';
import {
  bodyOf,
  changesOf,
  draftOf,
  unreadable,
  type Draft,
  type DraftValue,
  type FormField,
} from '../lib/fields';
import { useLabels } from '../lib/useLabels';
import { AmountField } from './AmountField';
import { ApiErrorAlert } from './ApiErrorAlert';
import { fieldError } from './errors';
import { Loading } from './Loading';
import { messages } from './messages';

// The date picker (and its Jalali calendar) is loaded only by a form that has a date.
const JalaliDateField = lazy(() => import('./JalaliDateField').then((m) => ({ default: m.JalaliDateField })));

function Control({
  field,
  value,
  onChange,
  error,
}: {
  field: FormField;
  value: DraftValue;
  onChange: (v: DraftValue) => void;
  error?: string;
}) {
  const id = useId();
  const label = useLabels();
  const text = typeof value === 'string' ? value : '';
  switch (field.kind) {
    case 'switch':
      return (
        <Box>
          <FormControlLabel
            control={
              <Switch
                name={field.name}
                checked={value === true}
                onChange={(e) => onChange(e.target.checked)}
                slotProps={{ input: { 'aria-describedby': `${id}-help` } }}
              />
            }
            label={field.label}
          />
          {(error ?? field.help) && (
            <FormHelperText id={`${id}-help`} error={!!error}>
              {error ?? field.help}
            </FormHelperText>
          )}
        </Box>
      );
    case 'rials':
      return (
        <AmountField
          label={field.label}
          value={text}
          onChange={onChange}
          unit={field.unit ?? 'rials'}
          error={error}
          help={field.help}
          required={field.required}
        />
      );
    case 'date':
      return (
        <Suspense fallback={<Loading />}>
          <JalaliDateField
            label={field.label}
            name={field.name}
            value={typeof value === 'string' ? value : null}
            onChange={onChange}
            error={error}
            helperText={field.help}
            required={field.required}
          />
        </Suspense>
      );
    case 'select':
      return (
        <TextField
          select
          fullWidth
          name={field.name}
          label={field.label}
          required={field.required}
          value={text}
          onChange={(e) => onChange(e.target.value)}
          error={!!error}
          helperText={error ?? field.help}
        >
          {!field.required && <MenuItem value="">{messages.none}</MenuItem>}
          {field.options.map((o) => (
            <MenuItem key={o.value} value={o.value}>
              {o.label ?? (field.labelGroup ? label(field.labelGroup, o.value) : o.value)}
            </MenuItem>
          ))}
        </TextField>
      );
    case 'multiselect': {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <FormControl component="fieldset" error={!!error} required={field.required}>
          <FormLabel component="legend">{field.label}</FormLabel>
          <FormGroup row>
            {field.options.map((o) => (
              <FormControlLabel
                key={o.value}
                control={
                  <Checkbox
                    name={field.name}
                    checked={chosen.includes(o.value)}
                    onChange={(e) =>
                      onChange(e.target.checked ? [...chosen, o.value] : chosen.filter((c) => c !== o.value))
                    }
                  />
                }
                label={o.label ?? (field.labelGroup ? label(field.labelGroup, o.value) : o.value)}
              />
            ))}
          </FormGroup>
          {(error ?? field.help) && <FormHelperText>{error ?? field.help}</FormHelperText>}
        </FormControl>
      );
    }
    default: {
      const bad = unreadable(field, value);
      const numeric = field.kind === 'number';
      return (
        <TextField
          fullWidth
          name={field.name}
          label={field.label}
          required={field.required}
          value={text}
          onChange={(e) => onChange(e.target.value)}
          error={!!error || bad}
          helperText={
            error ??
            (bad ? (numeric && field.decimal ? messages.notANumber : messages.notAnAmount) : field.help)
          }
          multiline={field.kind === 'text' && field.multiline}
          minRows={field.kind === 'text' && field.multiline ? 2 : undefined}
          slotProps={{
            htmlInput: numeric
              ? { inputMode: field.decimal ? 'decimal' : 'numeric' }
              : field.kind === 'text'
                ? { dir: field.latin ? 'ltr' : undefined, autoComplete: field.autoComplete }
                : undefined,
          }}
        />
      );
    }
  }
}

/** The controls of a description, for a form that owns its draft (see FieldForm). */
export function FieldControls({
  fields,
  draft,
  onChange,
  error,
}: {
  fields: FormField[];
  draft: Draft;
  onChange: (name: string, value: DraftValue) => void;
  error: unknown;
}) {
  return (
    <>
      {fields
        .filter((f) => !f.when || f.when(draft))
        .map((f) => (
          <Control
            key={f.name}
            field={f}
            value={draft[f.name] ?? null}
            onChange={(v) => onChange(f.name, v)}
            error={fieldError(error, f.name)}
          />
        ))}
    </>
  );
}

export interface FieldFormProps {
  title: string;
  /** The description; as a function of the draft when one field decides another (a kind → its unit). */
  fields: FormField[] | ((draft: Draft) => FormField[]);
  /** The record as read: an edit sends only what changed, with its `version`; without it, a new record. */
  data?: Record<string, unknown> & { version?: number };
  /** A new record's values to start with (and to start again with once saved, with `clearOnSave`). */
  initial?: Record<string, unknown>;
  /** Under the title: an introduction, when it last changed … */
  intro?: ReactNode;
  /** Sends the body; `done` is called once the API accepted it. */
  onSubmit: (body: Record<string, unknown>, done: () => void) => void;
  saving: boolean;
  error: unknown;
  /** After a 409: read the record again (and start the form from it). */
  onReload?: () => void;
  submitLabel?: string;
  savingLabel?: string;
  /** Said once saved (a card; a dialog closes instead). */
  savedMessage?: string;
  /** A new record's form starts empty again once saved. */
  clearOnSave?: boolean;
  /** A dialog: closes with «انصراف» or once saved. */
  onClose?: () => void;
  /** Checks before sending (e.g. a field the API cannot name); return false to hold the body back. */
  check?: (draft: Draft) => boolean;
  /** More controls after the described ones (e.g. a picker the description has no kind for). */
  children?: ReactNode | ((draft: Draft) => ReactNode);
}

export function FieldForm(props: FieldFormProps) {
  const { title, data, intro, saving, error, onReload, onClose } = props;
  const describe = (d: Draft) => (typeof props.fields === 'function' ? props.fields(d) : props.fields);
  const headingId = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(describe({}), data ?? props.initial));
  const [saved, setSaved] = useState(false);
  const fields = describe(draft);
  const set = (name: string, value: DraftValue) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [name]: value }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (props.check && !props.check(draft)) return;
    const body = data
      ? {
          ...changesOf(fields, data, draft),
          ...(data.version === undefined ? {} : { version: data.version }),
        }
      : bodyOf(fields, draft);
    props.onSubmit(body, () => {
      setSaved(true);
      if (props.clearOnSave) setDraft(draftOf(describe({}), props.initial));
    });
  };
  const general = !!error && !fields.some((f) => fieldError(error, f.name));
  const controls = (
    <>
      <FieldControls fields={fields} draft={draft} onChange={set} error={error} />
      {typeof props.children === 'function' ? props.children(draft) : props.children}
      {general && <ApiErrorAlert error={error} onReload={onReload} />}
    </>
  );
  const submitButton = (
    <Button type="submit" variant="contained" disabled={saving}>
      {saving ? (props.savingLabel ?? messages.saving) : (props.submitLabel ?? messages.save)}
    </Button>
  );
  if (onClose)
    return (
      <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={headingId}>
        <Box component="form" noValidate onSubmit={submit}>
          <DialogTitle id={headingId}>{title}</DialogTitle>
          <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
            {intro}
            {controls}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{messages.cancel}</Button>
            {submitButton}
          </DialogActions>
        </Box>
      </Dialog>
    );
  return (
    <Paper
      component="form"
      noValidate
      onSubmit={submit}
      aria-labelledby={headingId}
      sx={{ p: 2.5, display: 'grid', gap: 2 }}
    >
      <Typography variant="h6" component="h2" id={headingId}>
        {title}
      </Typography>
      {intro}
      {controls}
      {saved && props.savedMessage && (
        <Alert severity="success" role="status">
          {props.savedMessage}
        </Alert>
      )}
      <Box>{submitButton}</Box>
    </Paper>
  );
}
