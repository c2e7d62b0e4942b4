import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { formatJalaliDate, formatNumber, toPersianDigits } from '../../lib/format';
import { useAnswerSurvey, useSurveyLink, type SurveyItem } from './api';
import { messages } from './messages';
import { LinkProblem, Notice, problemsByKey, PublicPage } from './PublicPage';

type Value = number | string;

function isRequired(item: SurveyItem): boolean {
  return item.required ?? item.kind === 'likert';
}

function scale(item: SurveyItem): number[] {
  const min = item.min ?? 1;
  const max = item.max ?? 5;
  return Array.from({ length: Math.max(max - min + 1, 0) }, (_, i) => min + i);
}

/** «۴ — زیاد» on the standard 1–5 scale, the bare number on another. */
function likertLabel(item: SurveyItem, value: number): string {
  const standard = (item.min ?? 1) === 1 && (item.max ?? 5) === 5;
  return standard ? `${formatNumber(value)} — ${messages.likert[value]}` : formatNumber(value);
}

function Question({
  item,
  index,
  value,
  error,
  onChange,
}: {
  item: SurveyItem;
  index: number;
  value: Value | undefined;
  error?: string;
  onChange: (v: Value) => void;
}) {
  const id = `q-${item.key}`;
  const title = `${toPersianDigits(index + 1)}. ${item.textFa}`;
  if (item.kind === 'open')
    return (
      <Paper component="section" aria-labelledby={`${id}-label`} sx={{ p: 2 }}>
        <Typography id={`${id}-label`} component="h2" sx={{ fontWeight: 500, mb: 1 }}>
          {title}
          {!isRequired(item) && ` (${messages.optional})`}
        </Typography>
        <TextField
          id={id}
          label={messages.yourAnswer}
          multiline
          minRows={3}
          fullWidth
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          error={!!error}
          helperText={error}
          slotProps={{ htmlInput: { maxLength: 2000, 'aria-describedby': `${id}-label` } }}
        />
      </Paper>
    );
  return (
    <Paper sx={{ p: 2 }}>
      <FormControl component="fieldset" error={!!error} required={isRequired(item)} fullWidth>
        <FormLabel
          component="legend"
          id={`${id}-label`}
          sx={{ fontWeight: 500, color: 'text.primary', mb: 1 }}
        >
          {title}
        </FormLabel>
        <RadioGroup
          aria-labelledby={`${id}-label`}
          name={id}
          value={value === undefined ? '' : String(value)}
          onChange={(e) => onChange(Number(e.target.value))}
        >
          {scale(item).map((v) => (
            <FormControlLabel key={v} value={String(v)} control={<Radio />} label={likertLabel(item, v)} />
          ))}
        </RadioGroup>
        {error && <FormHelperText role="alert">{error}</FormHelperText>}
      </FormControl>
    </Paper>
  );
}

/** `/survey/:token`: a member answers the questionnaire once, without an account. */
export default function SurveyAnswerPage() {
  const { token = '' } = useParams();
  const link = useSurveyLink(token);
  const answer = useAnswerSurvey(token);
  const [values, setValues] = useState<Record<string, Value>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [sentKeys, setSentKeys] = useState<string[]>([]);

  if (link.isPending)
    return (
      <PublicPage>
        <Loading />
      </PublicPage>
    );
  if (link.isError)
    return (
      <PublicPage>
        <LinkProblem error={link.error} onRetry={() => link.refetch()} />
      </PublicPage>
    );
  if (answer.isSuccess)
    return (
      <PublicPage>
        <Notice severity="success" title={messages.thanks} detail={messages.thanksDetail} />
      </PublicPage>
    );
  if (answer.error instanceof ApiError && (answer.error.status === 410 || answer.error.status === 404))
    return (
      <PublicPage>
        <LinkProblem error={answer.error} />
      </PublicPage>
    );

  const survey = link.data;
  const refused = problemsByKey(answer.error, sentKeys);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const unanswered = survey.items.filter((i) => {
      const v = values[i.key];
      return isRequired(i) && (v === undefined || (typeof v === 'string' && v.trim() === ''));
    });
    setMissing(unanswered.map((i) => i.key));
    if (unanswered.length) {
      document.getElementById(`q-${unanswered[0].key}-label`)?.scrollIntoView({ block: 'center' });
      return;
    }
    const answers = survey.items.flatMap((i) => {
      const v = values[i.key];
      if (v === undefined || (typeof v === 'string' && v.trim() === '')) return [];
      return [{ key: i.key, value: typeof v === 'string' ? v.trim() : v }];
    });
    setSentKeys(answers.map((a) => a.key));
    answer.mutate(answers);
  };

  return (
    <PublicPage>
      <Box component="form" onSubmit={submit} noValidate sx={{ display: 'grid', gap: 2 }}>
        <Box>
          <Typography variant="h5" component="h1" gutterBottom>
            {survey.titleFa}
          </Typography>
          <Typography>
            {messages.surveyIntro(survey.associationNameFa, toPersianDigits(survey.fiscalYear))}
          </Typography>
          <Typography color="text.secondary" variant="body2">
            {messages.validUntil(formatJalaliDate(survey.expiresAt))}
          </Typography>
        </Box>
        {answer.isError && !(answer.error instanceof ApiError) && <ApiErrorAlert error={answer.error} />}
        {(refused.rest.length > 0 || Object.keys(refused.byKey).length > 0) && (
          <Alert severity="error" role="alert">
            {refused.rest.length ? refused.rest.join('؛ ') : messages.fixAnswers}
          </Alert>
        )}
        {survey.items.map((item, index) => (
          <Question
            key={item.key}
            item={item}
            index={index}
            value={values[item.key]}
            error={refused.byKey[item.key] ?? (missing.includes(item.key) ? messages.required : undefined)}
            onChange={(v) => {
              setValues((prev) => ({ ...prev, [item.key]: v }));
              setMissing((prev) => prev.filter((k) => k !== item.key));
            }}
          />
        ))}
        <Button type="submit" variant="contained" size="large" disabled={answer.isPending}>
          {answer.isPending ? messages.submitting : messages.submit}
        </Button>
      </Box>
    </PublicPage>
  );
}
