import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { fieldError, isNotFound } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { Section } from '../../components/Section';
import { formatJalaliDate, formatPeriod, formatRials, persianText, toPersianDigits } from '../../lib/format';
import { useLabels } from '../../lib/useLabels';
import {
  useAcceptReport,
  useAssociationName,
  useIndicators,
  useReport,
  useReturnReport,
  type Indicator,
  type Report,
} from './api';
import { EvidenceList } from './EvidenceList';
import { messages, UNIT_LABELS } from './messages';
import { StatusChip } from './StatusChip';

/** A reported figure as people read it: Rials grouped from the string, others in Persian digits. */
function shownValue(value: string, unit: string | undefined): string {
  if (unit === 'rials' && /^\d+$/.test(value)) return formatRials(value);
  return `${persianText(value)} ${UNIT_LABELS[unit ?? ''] ?? ''}`.trim();
}

function Values({ report, indicators }: { report: Report; indicators: Map<string, Indicator> }) {
  const label = useLabels();
  return (
    <Section id="review-values" title={messages.values}>
      <TableContainer>
        <Table size="small" aria-labelledby="review-values">
          <TableHead>
            <TableRow>
              <TableCell>{messages.indicator}</TableCell>
              <TableCell>{messages.axis}</TableCell>
              <TableCell>{messages.value}</TableCell>
              <TableCell>{messages.valueComment}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {report.values.map((v) => {
              const i = indicators.get(v.indicatorCode);
              return (
                <TableRow key={v.indicatorCode} data-testid={`review-value-${v.indicatorCode}`}>
                  <TableCell component="th" scope="row">
                    {i?.nameFa ?? v.indicatorCode}
                  </TableCell>
                  <TableCell>{i ? label('axis', i.axis) : '—'}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{shownValue(v.value, i?.unit)}</TableCell>
                  <TableCell>{v.comment ?? '—'}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </Section>
  );
}

function Decision({ report, name }: { report: Report; name: string }) {
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const accept = useAcceptReport(report.id);
  const ret = useReturnReport(report.id);
  const refetch = useReport(report.id).refetch;
  const navigate = useNavigate();
  const error = accept.error ?? ret.error;
  const commentError = (missing ? messages.commentRequired : undefined) ?? fieldError(error, 'comment');
  const busy = accept.isPending || ret.isPending;
  const period = formatPeriod(report.period);
  const doneWith = (text: string) => navigate('/kpi/review', { state: { done: text } });
  return (
    <Section id="decision" title={messages.review}>
      <Box
        component="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          accept.reset();
          const text = comment.trim();
          if (text.length < 3) {
            setMissing(true);
            return;
          }
          // mutateAsync: the notice's navigation must not depend on this form staying mounted.
          ret
            .mutateAsync({ version: report.version, comment: text })
            .then(() => doneWith(messages.returnedDone(`${name} — ${period}`)), noop);
        }}
        sx={{ display: 'grid', gap: 2 }}
      >
        <TextField
          id="review-comment"
          label={messages.reviewComment}
          multiline
          minRows={3}
          value={comment}
          onChange={(e) => {
            setComment(e.target.value);
            if (e.target.value.trim().length >= 3) setMissing(false);
          }}
          error={!!commentError}
          helperText={commentError ?? messages.reviewCommentHint}
          disabled={busy}
        />
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <Button
            variant="contained"
            color="primary"
            disabled={busy}
            onClick={() => {
              ret.reset();
              setMissing(false);
              accept
                .mutateAsync({ version: report.version, comment: comment.trim() || undefined })
                .then(() => doneWith(messages.acceptedDone(`${name} — ${period}`)), noop);
            }}
          >
            {accept.isPending ? messages.accepting : messages.accept}
          </Button>
          <Button type="submit" variant="outlined" color="secondary" disabled={busy}>
            {ret.isPending ? messages.returning : messages.returnReport}
          </Button>
        </Box>
        {busy && <LinearProgress aria-label={messages.review} />}
        {error && !fieldError(error, 'comment') && (
          <ApiErrorAlert
            error={error}
            onReload={() => {
              accept.reset();
              ret.reset();
              void refetch();
            }}
          />
        )}
      </Box>
    </Section>
  );
}

/** A refusal is shown by the form from the mutation's own error state. */
const noop = () => undefined;

export default function ReviewReportPage() {
  const { id = '' } = useParams();
  const report = useReport(id);
  const indicators = useIndicators();
  const name = useAssociationName(report.data?.associationId);
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
  const byCode = new Map(indicators.data.items.map((i) => [i.code, i]));
  const associationName = name.data ?? '…';
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box>
        <Link component={RouterLink} to="/kpi/review">
          {messages.backToQueue}
        </Link>
        <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 }, mt: 1 }}>
          {messages.reviewTitle(associationName, formatPeriod(r.period))}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1, alignItems: 'center' }}>
          <StatusChip status={r.status} />
          <Chip variant="outlined" label={`${messages.submittedAt}: ${formatJalaliDate(r.submittedAt)}`} />
          <Chip variant="outlined" label={`${messages.dueDate}: ${formatJalaliDate(r.dueDate)}`} />
          {r.revision > 1 && (
            <Chip variant="outlined" label={`${messages.revision}: ${toPersianDigits(r.revision)}`} />
          )}
        </Box>
      </Box>
      <Values report={r} indicators={byCode} />
      <Section id="review-evidence" title={messages.evidence}>
        <EvidenceList reportId={r.id} evidence={r.evidence} nameOf={(c) => byCode.get(c)?.nameFa ?? c} />
      </Section>
      {r.status === 'submitted' ? (
        <Decision key={r.version} report={r} name={associationName} />
      ) : (
        <Alert severity="info">{messages.notReviewable}</Alert>
      )}
    </Box>
  );
}
