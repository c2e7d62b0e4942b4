import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState, type FormEvent } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { fieldError, isNotFound } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { Section } from '../../components/Section';
import { formatJalaliDate, formatPeriod, formatScore } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useLabels } from '../../lib/useLabels';
import {
  useAssociationName,
  useChamberAssessment,
  usePutChamberAssessment,
  type AssessedCriterion,
  type ChamberAssessment,
} from './api';
import { assessmentChanges, CRITERIA, frequencyOf, openPeriods, type CriterionDraft } from './logic';
import { messages as kpiMessages, targetMessages as t } from './messages';

/** The chamber expert's assessment of an association per quarter (the chamber axis of its score). */
export default function AssessmentPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const periods = useMemo(
    () => openPeriods(new Date(), []).filter((p) => frequencyOf(p) === 'quarterly'),
    [],
  );
  const period = params.get('period') ?? periods[0];
  const canEdit = useSession()?.user.role === 'staff';
  const name = useAssociationName(id);
  const assessment = useChamberAssessment(id, period);
  // The form keeps what was typed across a save; only another period or a reload starts it again.
  const [reloads, setReloads] = useState(0);

  // A period without an assessment is 404 too: the association's own read tells a missing association.
  if (name.isError && isNotFound(name.error)) return <NotFound />;
  if (name.isPending || assessment.isPending) return <Loading />;
  const none = assessment.isError && isNotFound(assessment.error);
  if (assessment.isError && !none)
    return <ApiErrorAlert error={assessment.error} onReload={() => assessment.refetch()} />;
  const current = assessment.data ?? null;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Box>
        <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
          {name.data ? t.assessmentTitleOf(name.data) : t.assessmentTitle}
        </Typography>
        <Link component={RouterLink} to={`/associations/${id}`}>
          {t.roadmapLink}
        </Link>
      </Box>
      <Typography color="text.secondary">{t.assessmentIntro}</Typography>
      {!canEdit && <Alert severity="info">{t.readOnly}</Alert>}
      <TextField
        select
        label={t.period}
        value={period}
        onChange={(e) => setParams({ period: e.target.value }, { replace: true })}
        sx={{ maxWidth: 280 }}
      >
        {periods.map((p) => (
          <MenuItem key={p} value={p}>
            {formatPeriod(p)}
          </MenuItem>
        ))}
      </TextField>
      <AssessmentForm
        key={`${period}:${reloads}`}
        associationId={id}
        period={period}
        current={current}
        canEdit={canEdit}
        onReload={() => {
          void assessment.refetch().then(() => setReloads((n) => n + 1));
        }}
      />
    </Box>
  );
}

function AssessmentForm({
  associationId,
  period,
  current,
  canEdit,
  onReload,
}: {
  associationId: string;
  period: string;
  current: ChamberAssessment | null;
  canEdit: boolean;
  onReload: () => void;
}) {
  const label = useLabels();
  const put = usePutChamberAssessment(associationId, period);
  const [drafts, setDrafts] = useState<Record<string, CriterionDraft>>(() =>
    Object.fromEntries(
      (current?.criteria ?? []).map((c) => [
        c.criterion,
        { score: formatScore(c.score), comment: c.comment },
      ]),
    ),
  );
  const [checked, setChecked] = useState(false);
  const [sent, setSent] = useState<AssessedCriterion['criterion'][]>([]);
  const [saved, setSaved] = useState(false);
  const { criteria, problems } = assessmentChanges(drafts);
  const title = `${t.assessmentTitle} — ${formatPeriod(period)}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    setSaved(false);
    if (Object.keys(problems).length > 0 || criteria.length === 0) return;
    setSent(criteria.map((c) => c.criterion));
    put.mutate(
      { criteria, ...(current ? { version: current.version } : {}) },
      { onSuccess: () => setSaved(true) },
    );
  };
  const apiError = (code: string, field: 'score' | 'comment') => {
    const i = sent.indexOf(code as AssessedCriterion['criterion']);
    return i >= 0 ? fieldError(put.error, `criteria.${i}.${field}`) : undefined;
  };
  const problemOf = (code: string, field: 'score' | 'comment') => {
    const p = checked ? problems[code] : undefined;
    if (p && p.field === field) return p.field === 'score' ? t.scoreRange : t.commentRequired;
    return apiError(code, field);
  };
  const besideField = sent.some((c) => apiError(c, 'score') || apiError(c, 'comment'));

  return (
    <Section
      id="assessment-form"
      title={title}
      subtitle={current ? t.lastRecorded(formatJalaliDate(current.updatedAt)) : t.noneYet}
    >
      {saved && (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {t.assessmentSaved}
        </Alert>
      )}
      {!canEdit && !current ? (
        <Typography>{t.noneToShow}</Typography>
      ) : (
        <Box component="form" onSubmit={submit} noValidate aria-labelledby="assessment-form">
          {canEdit && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {t.blankHint}
            </Typography>
          )}
          <Stack spacing={2}>
            {CRITERIA.map((code) => {
              const nameFa = label('criterion', code);
              const d = drafts[code] ?? { score: '', comment: '' };
              const set = (patch: Partial<CriterionDraft>) => {
                setSaved(false);
                setDrafts((all) => ({ ...all, [code]: { ...d, ...patch } }));
              };
              return (
                <Box
                  key={code}
                  component="fieldset"
                  sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, m: 0 }}
                >
                  <Typography component="legend" sx={{ px: 0.5, fontWeight: 700 }}>
                    {nameFa}
                  </Typography>
                  <Box
                    sx={{
                      display: 'grid',
                      gap: 1.5,
                      gridTemplateColumns: { xs: '1fr', sm: '160px minmax(0, 1fr)' },
                    }}
                  >
                    <TextField
                      label={t.score}
                      value={d.score}
                      onChange={(e) => set({ score: e.target.value })}
                      disabled={!canEdit}
                      slotProps={{ htmlInput: { 'aria-label': t.scoreOf(nameFa), inputMode: 'decimal' } }}
                      error={!!problemOf(code, 'score')}
                      helperText={problemOf(code, 'score')}
                    />
                    <TextField
                      label={t.comment}
                      value={d.comment}
                      onChange={(e) => set({ comment: e.target.value })}
                      disabled={!canEdit}
                      multiline
                      minRows={2}
                      slotProps={{ htmlInput: { 'aria-label': t.commentOf(nameFa) } }}
                      error={!!problemOf(code, 'comment')}
                      helperText={problemOf(code, 'comment')}
                    />
                  </Box>
                </Box>
              );
            })}
          </Stack>
          {canEdit && (
            <Box sx={{ mt: 2, display: 'grid', gap: 1 }}>
              {checked && Object.keys(problems).length > 0 && (
                <Alert severity="error">{kpiMessages.fixFirst}</Alert>
              )}
              {checked && Object.keys(problems).length === 0 && criteria.length === 0 && (
                <Alert severity="error">{t.atLeastOne}</Alert>
              )}
              {!besideField && <ApiErrorAlert error={put.error} onReload={onReload} />}
              <Box>
                <Button type="submit" variant="contained" disabled={put.isPending}>
                  {put.isPending ? kpiMessages.saving : t.saveAssessment}
                </Button>
              </Box>
            </Box>
          )}
        </Box>
      )}
    </Section>
  );
}
