import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { errorMessage, fieldError } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { Section } from '../../components/Section';
import { formatNumber, toLatinDigits, toPersianDigits } from '../../lib/format';
import { useDefineSurvey, useSurveys, type CreateSurvey, type Survey } from './api';
import { questionnaireMessages as m } from './messages';

type Kind = 'likert' | 'open';
interface Draft {
  uid: number;
  kind: Kind;
  textFa: string;
  min: string;
  max: string;
  required: boolean;
}

const CODE = /^[a-z][a-z0-9_]{2,63}$/;
let nextUid = 1;
const draft = (kind: Kind): Draft => ({
  uid: nextUid++,
  kind,
  textFa: '',
  min: toPersianDigits(1),
  max: toPersianDigits(5),
  required: kind === 'likert',
});
const whole = (typed: string): number | null => {
  const t = toLatinDigits(typed.trim());
  return /^\d+$/.test(t) ? Number(t) : null;
};

/** `/questionnaires` (staff, admin): the questionnaires there are, and a form to define one (POST /surveys). */
export default function QuestionnairesPage() {
  const surveys = useSurveys(true);
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
        {m.title}
      </Typography>
      <Typography color="text.secondary">{m.intro}</Typography>
      <DefineForm />
      <Section id="existing" title={m.existing}>
        {surveys.isPending && <Loading />}
        {surveys.isError && <ApiErrorAlert error={surveys.error} onReload={() => surveys.refetch()} />}
        {surveys.data?.items.length === 0 && <Typography>{m.none}</Typography>}
        <Box sx={{ display: 'grid', gap: 1 }}>
          {surveys.data?.items.map((s) => (
            <Questionnaire key={s.id} survey={s} />
          ))}
        </Box>
      </Section>
    </Box>
  );
}

function Questionnaire({ survey }: { survey: Survey }) {
  const likert = survey.items.filter((i) => i.kind === 'likert').length;
  const headingId = `questionnaire-${survey.id}`;
  return (
    <Paper variant="outlined" component="article" aria-labelledby={headingId} sx={{ p: 1.5 }}>
      <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>
        {survey.titleFa}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        <span dir="ltr">{survey.code}</span> ·{' '}
        {m.likertCount(formatNumber(likert), formatNumber(survey.items.length - likert))}
      </Typography>
      <Box component="ol" sx={{ my: 1, pr: 3 }}>
        {survey.items.map((i) => (
          <li key={i.key}>
            {i.textFa}{' '}
            <Typography component="span" variant="body2" color="text.secondary">
              (
              {i.kind === 'likert'
                ? m.scale(formatNumber(i.min ?? 1), formatNumber(i.max ?? 5))
                : m.openQuestion}
              {i.required === false ? `، ${m.optional}` : ''})
            </Typography>
          </li>
        ))}
      </Box>
    </Paper>
  );
}

function DefineForm() {
  const define = useDefineSurvey();
  const [code, setCode] = useState('');
  const [titleFa, setTitleFa] = useState('');
  const [items, setItems] = useState<Draft[]>(() => [draft('likert')]);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const err = define.error;
  const problem = (field: string) => problems[field] ?? fieldError(err, field);
  const change = (uid: number, patch: Partial<Draft>) =>
    setItems((all) => all.map((d) => (d.uid === uid ? { ...d, ...patch } : d)));
  const move = (from: number, to: number) =>
    setItems((all) => {
      const next = [...all];
      const [moved] = next.splice(from, 1);
      next.splice(to, 0, moved);
      return next;
    });

  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    setSaved(null);
    define.reset();
    const bad: Record<string, string> = {};
    if (!CODE.test(code.trim())) bad.code = m.codeBad;
    if (titleFa.trim().length < 3) bad.titleFa = titleFa.trim() ? m.tooShort : m.needed;
    if (!items.length) bad.items = m.needItem;
    items.forEach((d, i) => {
      if (d.textFa.trim().length < 3) bad[`items[${i}].textFa`] = d.textFa.trim() ? m.tooShort : m.needed;
      if (d.kind === 'likert') {
        if (whole(d.min) === null) bad[`items[${i}].min`] = m.badNumber;
        if (whole(d.max) === null) bad[`items[${i}].max`] = m.badNumber;
      }
    });
    setProblems(bad);
    if (Object.keys(bad).length) return;
    define.mutate(
      {
        code: code.trim(),
        titleFa: titleFa.trim(),
        // Keys follow the order on screen: the member's page and the results list the items in it.
        items: items.map((d, i) => ({
          key: `q${i + 1}`,
          textFa: d.textFa.trim(),
          kind: d.kind,
          required: d.required,
          ...(d.kind === 'likert' ? { min: whole(d.min) ?? 1, max: whole(d.max) ?? 5 } : {}),
          // The generated type makes the defaulted scale required; an open question has none.
        })) as CreateSurvey['items'],
      },
      {
        onSuccess: (s) => {
          setSaved(m.saved(s.titleFa));
          setCode('');
          setTitleFa('');
          setItems([draft('likert')]);
        },
      },
    );
  };

  const named = err instanceof ApiError && !!err.field;
  return (
    <Section id="define" title={m.define}>
      <Box component="form" onSubmit={submit} noValidate sx={{ display: 'grid', gap: 2 }}>
        {Object.keys(problems).length > 0 && (
          <Alert severity="error" role="alert">
            {m.fix}
          </Alert>
        )}
        {err && !named && (
          <Alert severity="error" role="alert">
            {errorMessage(err)}
          </Alert>
        )}
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <TextField
            label={m.titleFa}
            required
            value={titleFa}
            onChange={(e) => setTitleFa(e.target.value)}
            error={!!problem('titleFa')}
            helperText={problem('titleFa')}
            sx={{ flex: '2 1 280px' }}
          />
          <TextField
            label={m.code}
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={!!problem('code')}
            helperText={problem('code') ?? m.codeHint}
            slotProps={{ htmlInput: { dir: 'ltr' } }}
            sx={{ flex: '1 1 220px' }}
          />
        </Box>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>
          {m.items}
        </Typography>
        {problem('items') && (
          <Typography color="error" variant="body2">
            {problem('items')}
          </Typography>
        )}
        {items.map((d, i) => {
          const n = formatNumber(i + 1);
          const at = (f: string) => problem(`items[${i}].${f}`);
          return (
            <Paper
              key={d.uid}
              variant="outlined"
              component="fieldset"
              sx={{ p: 1.5, m: 0, display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'flex-start' }}
            >
              <Typography component="legend" sx={{ px: 0.5 }}>
                {m.item(n)}
              </Typography>
              <TextField
                label={m.itemText(n)}
                required
                multiline
                value={d.textFa}
                onChange={(e) => change(d.uid, { textFa: e.target.value })}
                error={!!at('textFa')}
                helperText={at('textFa')}
                sx={{ flex: '3 1 300px' }}
              />
              <TextField
                select
                label={m.itemKind(n)}
                value={d.kind}
                onChange={(e) => {
                  const kind = e.target.value as Kind;
                  change(d.uid, { kind, required: kind === 'likert' });
                }}
                sx={{ flex: '1 1 170px' }}
              >
                {(['likert', 'open'] as const).map((k) => (
                  <MenuItem key={k} value={k}>
                    {m.kinds[k]}
                  </MenuItem>
                ))}
              </TextField>
              {d.kind === 'likert' && (
                <>
                  <TextField
                    label={m.min(n)}
                    value={d.min}
                    onChange={(e) => change(d.uid, { min: e.target.value })}
                    error={!!at('min')}
                    helperText={at('min')}
                    slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                    sx={{ flex: '1 1 130px' }}
                  />
                  <TextField
                    label={m.max(n)}
                    value={d.max}
                    onChange={(e) => change(d.uid, { max: e.target.value })}
                    error={!!at('max')}
                    helperText={at('max')}
                    slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                    sx={{ flex: '1 1 130px' }}
                  />
                </>
              )}
              <FormControlLabel
                control={
                  <Checkbox
                    checked={d.required}
                    onChange={(e) => change(d.uid, { required: e.target.checked })}
                  />
                }
                label={m.required(n)}
              />
              <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
                <Button size="small" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={m.up(n)}>
                  ↑
                </Button>
                <Button
                  size="small"
                  disabled={i === items.length - 1}
                  onClick={() => move(i, i + 1)}
                  aria-label={m.down(n)}
                >
                  ↓
                </Button>
                <Button
                  size="small"
                  color="error"
                  disabled={items.length === 1}
                  onClick={() => setItems((all) => all.filter((x) => x.uid !== d.uid))}
                  aria-label={m.remove(n)}
                >
                  ✕
                </Button>
              </Box>
            </Paper>
          );
        })}
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Button variant="outlined" onClick={() => setItems((all) => [...all, draft('likert')])}>
            {m.addLikert}
          </Button>
          <Button variant="outlined" onClick={() => setItems((all) => [...all, draft('open')])}>
            {m.addOpen}
          </Button>
          <Button type="submit" variant="contained" disabled={define.isPending}>
            {define.isPending ? m.saving : m.save}
          </Button>
        </Box>
        {saved && (
          <Alert severity="success" role="status">
            {saved}{' '}
            <Link component={RouterLink} to="/surveys">
              {m.send}
            </Link>
          </Alert>
        )}
      </Box>
    </Section>
  );
}
