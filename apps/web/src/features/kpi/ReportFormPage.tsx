import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import InputAdornment from '@mui/material/InputAdornment';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useRef, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { fieldError, isNotFound } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { Section } from '../../components/Section';
import { formatJalaliDate, formatPeriod, persianText, toPersianDigits } from '../../lib/format';
import { ApiError } from '../../api/client';
import {
  useIndicators,
  useReport,
  useSaveValues,
  useSubmitReport,
  useUploadEvidence,
  type Indicator,
  type Report,
  type ValueChange,
} from './api';
import { EvidenceList } from './EvidenceList';
import { codeOfValueField, EVIDENCE_ACCEPT, evidenceProblem, parseValue, reportedIndicators } from './logic';
import { messages, UNIT_LABELS } from './messages';
import { EarlierRevisions, ReopenReport } from './ReopenReport';
import { StatusChip } from './StatusChip';

const PROBLEMS = { nan: messages.notANumber, negative: messages.negative, percent: messages.percentRange };

function initialValues(report: Report): Record<string, string> {
  return Object.fromEntries(report.values.map((v) => [v.indicatorCode, toPersianDigits(v.value)]));
}

function Evidence({
  report,
  indicators,
  editable,
}: {
  report: Report;
  indicators: Indicator[];
  editable: boolean;
}) {
  const upload = useUploadEvidence(report.id);
  const [indicatorCode, setIndicatorCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const names = new Map(indicators.map((i) => [i.code, i.nameFa]));
  const apiProblem = fieldError(upload.error, 'file');
  const shown = problem ?? apiProblem ?? null;
  return (
    <Section id="evidence" title={messages.evidence} subtitle={messages.evidenceAccepted}>
      <EvidenceList reportId={report.id} evidence={report.evidence} nameOf={(c) => names.get(c) ?? c} />
      {editable && (
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mt: 2 }}>
          <TextField
            select
            id="evidence-indicator"
            label={messages.evidenceIndicator}
            value={indicatorCode}
            onChange={(e) => setIndicatorCode(e.target.value)}
            sx={{ minWidth: 240 }}
            size="small"
          >
            <MenuItem value="">{messages.evidenceNone}</MenuItem>
            {indicators.map((i) => (
              <MenuItem key={i.code} value={i.code}>
                {i.nameFa}
              </MenuItem>
            ))}
          </TextField>
          <Button
            variant="outlined"
            disabled={upload.isPending}
            aria-describedby="evidence-problem"
            onClick={() => input.current?.click()}
          >
            {upload.isPending ? messages.uploading : messages.chooseFile}
          </Button>
          <input
            ref={input}
            type="file"
            hidden
            tabIndex={-1}
            aria-label={messages.chooseFile}
            accept={EVIDENCE_ACCEPT}
            aria-describedby="evidence-problem"
            data-testid="evidence-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              setDone(null);
              setProblem(null);
              upload.reset();
              if (!file) return;
              const p = evidenceProblem(file);
              if (p) {
                setProblem(p === 'type' ? messages.wrongType : messages.tooLarge);
                return;
              }
              upload.mutate(
                { file, indicatorCode: indicatorCode || undefined },
                { onSuccess: (ev) => setDone(messages.uploaded(ev.fileName)) },
              );
            }}
          />
        </Box>
      )}
      {upload.isPending && <LinearProgress sx={{ mt: 1 }} aria-label={messages.uploading} />}
      <Box id="evidence-problem" sx={{ mt: 1 }}>
        {shown && (
          <Alert severity="error" role="alert">
            {shown}
          </Alert>
        )}
        {upload.isError && !apiProblem && <ApiErrorAlert error={upload.error} />}
        {done && (
          <Alert severity="success" role="status">
            {done}
          </Alert>
        )}
      </Box>
    </Section>
  );
}

function ReportForm({ report, indicators }: { report: Report; indicators: Indicator[] }) {
  const fields = useMemo(() => reportedIndicators(indicators, report.period), [indicators, report.period]);
  const [values, setValues] = useState<Record<string, string>>(() => initialValues(report));
  const [notice, setNotice] = useState<string | null>(null);
  const save = useSaveValues(report.id);
  const submit = useSubmitReport(report.id);
  const editable = report.status === 'draft' || report.status === 'returned';
  const reportQuery = useReport(report.id);

  const parsed = Object.fromEntries(fields.map((f) => [f.code, parseValue(values[f.code] ?? '', f.unit)]));
  const hasProblem = Object.values(parsed).some((p) => !p.ok);
  const error = save.error ?? submit.error;
  const apiCode =
    error instanceof ApiError
      ? codeOfValueField(error.field, save.variables?.values.map((v) => v.indicatorCode) ?? [])
      : null;
  const busy = save.isPending || submit.isPending;

  const changes = (): ValueChange[] => {
    const before = new Map(report.values.map((v) => [v.indicatorCode, v.value]));
    return fields.flatMap((f) => {
      const p = parsed[f.code];
      const value = p.ok ? p.value : null;
      return (before.get(f.code) ?? null) === value ? [] : [{ indicatorCode: f.code, value }];
    });
  };

  /** Saves what changed; resolves with the version to act on next. */
  const saveChanges = async (): Promise<number | null> => {
    if (hasProblem) {
      setNotice(messages.fixFirst);
      return null;
    }
    const values = changes();
    if (values.length === 0) return report.version;
    const saved = await save.mutateAsync({ version: report.version, values });
    return saved.version;
  };

  const onSave = async () => {
    setNotice(null);
    submit.reset();
    try {
      if ((await saveChanges()) !== null) setNotice(messages.saved);
    } catch {
      // shown beside its field or in the alert below
    }
  };

  const onSubmit = async () => {
    setNotice(null);
    save.reset();
    submit.reset();
    try {
      const version = await saveChanges();
      if (version === null) return;
      await submit.mutateAsync(version);
      setNotice(messages.submitted);
    } catch {
      // shown beside its field or in the alert below
    }
  };

  return (
    <>
      <Section id="values" title={messages.values} subtitle={messages.valuesHint}>
        {fields.length === 0 ? (
          <Typography color="text.secondary">{messages.noIndicators}</Typography>
        ) : (
          <Box
            component="form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void onSave();
            }}
            sx={{
              display: 'grid',
              gap: 2,
              gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' },
            }}
          >
            {fields.map((f) => {
              const p = parsed[f.code];
              const local = !p.ok ? PROBLEMS[p.problem] : undefined;
              const remote = apiCode === f.code && error instanceof ApiError ? error.message : undefined;
              const problem = local ?? remote;
              return (
                <TextField
                  key={f.code}
                  id={`value-${f.code}`}
                  label={f.nameFa}
                  value={values[f.code] ?? ''}
                  onChange={(e) => {
                    setValues((v) => ({ ...v, [f.code]: e.target.value }));
                  }}
                  disabled={!editable || busy}
                  error={!!problem}
                  helperText={problem ?? ' '}
                  slotProps={{
                    htmlInput: { inputMode: 'decimal', dir: 'ltr', 'data-testid': `value-${f.code}` },
                    input: {
                      endAdornment: (
                        <InputAdornment position="end">{UNIT_LABELS[f.unit] ?? f.unit}</InputAdornment>
                      ),
                    },
                  }}
                />
              );
            })}
            {editable && (
              <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', gridColumn: '1 / -1' }}>
                <Button type="submit" variant="outlined" disabled={busy}>
                  {save.isPending && !submit.isPending ? messages.saving : messages.saveDraft}
                </Button>
                <Button variant="contained" disabled={busy} onClick={() => void onSubmit()}>
                  {submit.isPending
                    ? messages.submitting
                    : report.status === 'returned'
                      ? messages.resubmit
                      : messages.submit}
                </Button>
              </Box>
            )}
          </Box>
        )}
        {busy && <LinearProgress sx={{ mt: 2 }} aria-label={messages.saving} />}
        <Box sx={{ mt: 2, display: 'grid', gap: 1 }}>
          {notice && (
            <Alert severity={notice === messages.fixFirst ? 'error' : 'success'} role="status">
              {notice}
            </Alert>
          )}
          {error && !apiCode && (
            <ApiErrorAlert
              error={error}
              onReload={() => {
                save.reset();
                submit.reset();
                void reportQuery
                  .refetch()
                  .then((fresh) => fresh.data && setValues(initialValues(fresh.data)));
              }}
            />
          )}
        </Box>
      </Section>
      <Evidence report={report} indicators={fields} editable={editable} />
    </>
  );
}

export default function ReportFormPage() {
  const { id = '' } = useParams();
  const report = useReport(id);
  const indicators = useIndicators();
  const [reopened, setReopened] = useState<string | null>(null);
  if (report.isPending || indicators.isPending) return <Loading />;
  if (report.isError)
    return isNotFound(report.error) ? (
      <NotFound />
    ) : (
      <ApiErrorAlert error={report.error} onReload={() => report.refetch()} />
    );
  if (indicators.isError)
    return <ApiErrorAlert error={indicators.error} onReload={() => indicators.refetch()} />;
  const r = report.data;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box>
        <Link component={RouterLink} to="/my/reports">
          {messages.backToReports}
        </Link>
        <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 }, mt: 1 }}>
          {messages.reportTitle(formatPeriod(r.period))}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1, alignItems: 'center' }}>
          <StatusChip status={r.status} />
          <Chip variant="outlined" label={`${messages.dueDate}: ${formatJalaliDate(r.dueDate)}`} />
          {r.revision > 1 && (
            <Chip variant="outlined" label={`${messages.revision}: ${toPersianDigits(r.revision)}`} />
          )}
        </Box>
      </Box>
      {r.status === 'returned' && r.reviewComment && (
        <Alert severity="warning" variant="outlined" data-testid="review-comment" sx={{ fontSize: 16 }}>
          <AlertTitle>{messages.returnedTitle}</AlertTitle>
          <Typography sx={{ fontWeight: 600, whiteSpace: 'pre-wrap' }}>{r.reviewComment}</Typography>
          <Typography variant="body2" sx={{ mt: 1 }}>
            {messages.returnedOn(formatJalaliDate(r.returnedAt))} — {messages.returnedHint}
          </Typography>
        </Alert>
      )}
      {r.status === 'submitted' && <Alert severity="info">{messages.submittedNotice}</Alert>}
      {reopened && (
        <Alert severity="success" role="status" onClose={() => setReopened(null)}>
          {reopened}
        </Alert>
      )}
      {r.revision > 1 && r.revisionReason && r.status !== 'accepted' && (
        <Alert severity="info" data-testid="revision-reason">
          {`${messages.revisionReason}: ${persianText(r.revisionReason)}`}
        </Alert>
      )}
      {r.status === 'accepted' && <Alert severity="success">{messages.acceptedNotice}</Alert>}
      {r.status === 'accepted' && (
        <ReopenReport report={r} onDone={setReopened} onReload={() => void report.refetch()} />
      )}
      <ReportForm key={`${r.id}-${r.status}`} report={r} indicators={indicators.data.items} />
      <EarlierRevisions report={r} />
    </Box>
  );
}
