import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { fieldError, isNotFound } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { Section } from '../../components/Section';
import {
  formatJalaliDate,
  formatJalaliDateTime,
  formatNumber,
  formatRials,
  persianText,
  toPersianDigits,
} from '../../lib/format';
import { useLabels } from '../../lib/useLabels';
import { useSession } from '../../lib/session';
import {
  useApprovalContext,
  useGrantStep,
  useKindBudget,
  useSupport,
  type ApprovalContext,
  type GrantDetail,
} from './api';
import { approvalWarnings, stepsFor, type GrantStep } from './logic';
import { messages } from './messages';
import { grantAmount, StatusChip } from './parts';

/** A quantity in the kind's unit: Rials, or hours for training. */
function inUnit(carries: ApprovalContext['carries'], value: string): string {
  return carries === 'hours' ? `${formatNumber(Number(value))} ساعت` : formatRials(value);
}

function Figure({ name, value }: { name: string; value: string }) {
  return (
    <Box component="div" sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, py: 0.5 }}>
      <Typography component="span" color="text.secondary">
        {name}
      </Typography>
      <Typography component="span" sx={{ fontWeight: 600 }}>
        {value}
      </Typography>
    </Box>
  );
}

function BeforeActing({ context }: { context: ApprovalContext }) {
  const { budget, limit, carries } = context;
  const warnings = approvalWarnings(context);
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
      }}
    >
      <Box component="section" aria-labelledby="budget-left">
        <Typography id="budget-left" variant="subtitle1" component="h3" sx={{ fontWeight: 700 }}>
          {messages.budgetLeft(toPersianDigits(context.fiscalYear))}
        </Typography>
        {budget ? (
          <>
            <Figure name={messages.budgetAvailable} value={inUnit(carries, budget.available)} />
            <Figure name={messages.budgetTotal} value={inUnit(carries, budget.total)} />
            <Figure name={messages.budgetReserved} value={inUnit(carries, budget.reserved)} />
            <Figure name={messages.budgetSpent} value={inUnit(carries, budget.spent)} />
          </>
        ) : (
          <Typography>{messages.noBudget}</Typography>
        )}
      </Box>
      <Box component="section" aria-labelledby="own-limit">
        <Typography id="own-limit" variant="subtitle1" component="h3" sx={{ fontWeight: 700 }}>
          {messages.yourLimit}
        </Typography>
        {context.unlimited && <Typography>{messages.unlimited}</Typography>}
        {!context.unlimited && !limit && <Typography>{messages.noLimit}</Typography>}
        {limit && (
          <>
            <Figure name={messages.perGrant} value={inUnit(carries, limit.perGrant)} />
            <Figure name={messages.yearly} value={inUnit(carries, limit.yearly)} />
            <Figure name={messages.yearlyUsed} value={inUnit(carries, limit.usedThisYear)} />
            <Figure name={messages.yearlyLeft} value={inUnit(carries, limit.yearlyLeft)} />
            <Figure name={messages.validUntil} value={formatJalaliDate(limit.validUntil)} />
          </>
        )}
      </Box>
      <Box sx={{ gridColumn: '1 / -1', display: 'grid', gap: 1 }}>
        <Figure name={messages.thisGrant} value={inUnit(carries, context.quantity)} />
        {warnings.map((w) => (
          <Alert key={w} severity="warning" role="status">
            {messages.warnings[w]}
          </Alert>
        ))}
      </Box>
    </Box>
  );
}

/** The kind's budget for the grant's year: what an approved grant holds, and what its cancelling gave back. */
function KindBudget({ grant }: { grant: GrantDetail }) {
  const budget = useKindBudget(grant.fiscalYear, grant.kindCode, true);
  const carries = grant.carries as ApprovalContext['carries'];
  return (
    <Section id="kind-budget" title={messages.budgetAfter(toPersianDigits(grant.fiscalYear))}>
      {budget.isPending && (
        <LinearProgress aria-label={messages.budgetAfter(toPersianDigits(grant.fiscalYear))} />
      )}
      {budget.isError && <ApiErrorAlert error={budget.error} onReload={() => budget.refetch()} />}
      {budget.isSuccess && !budget.data && <Typography>{messages.noBudget}</Typography>}
      {budget.data && (
        <>
          <Figure name={messages.budgetAvailable} value={inUnit(carries, budget.data.available)} />
          <Figure name={messages.budgetTotal} value={inUnit(carries, budget.data.total)} />
          <Figure name={messages.budgetReserved} value={inUnit(carries, budget.data.reserved)} />
          <Figure name={messages.budgetSpent} value={inUnit(carries, budget.data.spent)} />
        </>
      )}
    </Section>
  );
}

function Actions({
  grant,
  steps,
  onDone,
  onReload,
}: {
  grant: GrantDetail;
  steps: GrantStep[];
  onDone: (step: GrantStep) => void;
  onReload: () => void;
}) {
  const canApprove = steps.includes('approve');
  const context = useApprovalContext(grant.id, canApprove);
  const step = useGrantStep(grant.id);
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const [evidence, setEvidence] = useState('');
  const [cancelReason, setCancelReason] = useState('');
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [acknowledge, setAcknowledge] = useState(false);
  const [missing, setMissing] = useState<'reason' | 'evidence' | 'cancel' | null>(null);
  const err = step.error;
  const precautionAsked = (err instanceof ApiError && err.field === 'financial_independence') || acknowledge;
  const run = (s: Parameters<typeof step.mutate>[0]) => {
    // mutateAsync: the step's success empties this panel (the grant moved on), so a per-call
    // onSuccess of an unmounted observer would never run.
    step
      .mutateAsync(s)
      .then(() => onDone(s.step))
      .catch(() => undefined);
  };
  const fieldOfStep = fieldError(err, 'comment') ?? fieldError(err, 'evidence');
  const cancelling = step.variables?.step === 'cancel';
  // The API's refusal of a comment belongs beside the field of the step that sent it.
  const commentError = (s: GrantStep) =>
    step.variables?.step === s ? fieldError(err, 'comment') : undefined;

  return (
    <Section id="grant-actions" title={messages.actions}>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
        {canApprove && (
          <Box component="section" aria-labelledby="before-acting">
            <Typography id="before-acting" variant="subtitle1" component="h3" sx={{ fontWeight: 700, mb: 1 }}>
              {messages.beforeActing}
            </Typography>
            {context.isPending && <LinearProgress aria-label={messages.beforeActing} />}
            {context.isError && <ApiErrorAlert error={context.error} onReload={() => context.refetch()} />}
            {context.data && <BeforeActing context={context.data} />}
          </Box>
        )}
        {step.isPending && (
          <Box role="status" aria-live="polite">
            <LinearProgress aria-label={messages.working} />
            <Typography variant="body2">{messages.working}</Typography>
          </Box>
        )}
        {err && !fieldOfStep && (
          <ApiErrorAlert
            error={err}
            onReload={err instanceof ApiError && err.status === 409 ? onReload : undefined}
          />
        )}
        {canApprove && (
          <Box sx={{ display: 'grid', gap: 1 }}>
            <TextField
              label={messages.comment}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
            {precautionAsked && (
              <FormControlLabel
                control={
                  <Checkbox checked={acknowledge} onChange={(e) => setAcknowledge(e.target.checked)} />
                }
                label={messages.acknowledge}
              />
            )}
            <Box>
              <Button
                variant="contained"
                color="success"
                disabled={step.isPending}
                startIcon={step.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
                onClick={() =>
                  run({
                    step: 'approve',
                    version: grant.version,
                    comment: comment.trim() || undefined,
                    acknowledgePrecautions: acknowledge || undefined,
                  })
                }
              >
                {messages.approve}
              </Button>
            </Box>
          </Box>
        )}
        {steps.includes('reject') && (
          <Box sx={{ display: 'grid', gap: 1 }}>
            <TextField
              label={messages.rejectReason}
              required
              multiline
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={missing === 'reason' || !!commentError('reject')}
              helperText={
                commentError('reject') ?? (missing === 'reason' ? messages.rejectNeedsReason : undefined)
              }
            />
            <Box>
              <Button
                variant="outlined"
                color="error"
                disabled={step.isPending}
                onClick={() => {
                  if (!reason.trim()) return setMissing('reason');
                  setMissing(null);
                  run({ step: 'reject', version: grant.version, comment: reason.trim() });
                }}
              >
                {messages.reject}
              </Button>
            </Box>
          </Box>
        )}
        {steps.includes('deliver') && (
          <Box sx={{ display: 'grid', gap: 1 }}>
            <TextField
              label={messages.deliverEvidence}
              required
              value={evidence}
              onChange={(e) => setEvidence(e.target.value)}
              error={missing === 'evidence' || !!fieldError(err, 'evidence')}
              helperText={
                fieldError(err, 'evidence') ??
                (missing === 'evidence' ? messages.deliverNeedsEvidence : undefined)
              }
            />
            <Box>
              <Button
                variant="contained"
                disabled={step.isPending}
                startIcon={step.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
                onClick={() => {
                  if (!evidence.trim()) return setMissing('evidence');
                  setMissing(null);
                  run({ step: 'deliver', version: grant.version, evidence: evidence.trim() });
                }}
              >
                {messages.deliver}
              </Button>
            </Box>
          </Box>
        )}
        {steps.includes('cancel') && (
          <Box sx={{ display: 'grid', gap: 1 }}>
            <TextField
              label={messages.cancelReason}
              required
              value={cancelReason}
              onChange={(e) => setCancelReason(e.target.value)}
              error={missing === 'cancel' || !!commentError('cancel')}
              helperText={
                commentError('cancel') ??
                (missing === 'cancel' ? messages.cancelNeedsReason : messages.cancelHint)
              }
            />
            <Box>
              <Button
                variant="outlined"
                color="error"
                disabled={step.isPending}
                onClick={() => {
                  if (cancelReason.trim().length < 2) return setMissing('cancel');
                  setMissing(null);
                  setConfirmCancel(true);
                }}
              >
                {messages.cancel}
              </Button>
            </Box>
          </Box>
        )}
      </Box>
      <Dialog
        open={confirmCancel}
        onClose={() => setConfirmCancel(false)}
        aria-labelledby="cancel-title"
        aria-describedby="cancel-body"
      >
        <DialogTitle id="cancel-title">{messages.cancelTitle}</DialogTitle>
        <DialogContent id="cancel-body">
          <DialogContentText>
            {messages.cancelBody(`${grant.kindNameFa ?? messages.detailTitle} — ${grantAmount(grant)}`)}
          </DialogContentText>
          {grant.status === 'approved' && (
            <DialogContentText sx={{ mt: 1 }}>
              {messages.cancelReleases(grantAmount(grant))}
            </DialogContentText>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmCancel(false)}>{messages.keep}</Button>
          <Button
            color="error"
            variant="contained"
            disabled={cancelling && step.isPending}
            onClick={() => {
              setConfirmCancel(false);
              run({ step: 'cancel', version: grant.version, comment: cancelReason.trim() });
            }}
          >
            {messages.confirmCancel}
          </Button>
        </DialogActions>
      </Dialog>
    </Section>
  );
}

export default function SupportPage() {
  const label = useLabels();
  const { id = '' } = useParams();
  const role = useSession()?.user.role;
  const grant = useSupport(id);
  const [done, setDone] = useState<GrantStep | null>(null);
  if (grant.isPending) return <Loading />;
  if (grant.isError)
    return isNotFound(grant.error) || (grant.error instanceof ApiError && grant.error.status === 400) ? (
      <NotFound />
    ) : (
      <ApiErrorAlert error={grant.error} onReload={() => grant.refetch()} />
    );
  const g = grant.data;
  const steps = role ? stepsFor(role, g.status) : [];
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
          {`${g.kindNameFa ?? messages.detailTitle} — ${g.associationNameFa ?? ''}`}
        </Typography>
        <StatusChip status={g.status} />
      </Box>
      {role !== 'board' && (
        <Link component={RouterLink} to="/supports">
          {messages.backToList}
        </Link>
      )}
      <Section id="grant-details" title={messages.details}>
        <Figure name={messages.association} value={g.associationNameFa ?? '—'} />
        <Figure name={messages.kind} value={g.kindNameFa ?? '—'} />
        <Figure name={messages.phase} value={label('phase', g.phase)} />
        <Figure name={messages.amountCol} value={grantAmount(g)} />
        <Figure name={messages.fiscalYear} value={toPersianDigits(g.fiscalYear)} />
        <Figure name={messages.requestedBy} value={g.requestedByName ?? '—'} />
        <Figure name={messages.requestedAt} value={formatJalaliDate(g.requestedAt)} />
        <Figure name={messages.decidedBy} value={g.decidedByName ?? '—'} />
        <Figure name={messages.decidedAt} value={formatJalaliDate(g.decidedAt)} />
        {g.deliveredAt && <Figure name={messages.deliveredAt} value={formatJalaliDate(g.deliveredAt)} />}
        {g.evidence && <Figure name={messages.evidence} value={persianText(g.evidence)} />}
        <Typography sx={{ mt: 1 }}>
          <Typography component="span" color="text.secondary">
            {`${messages.justificationLabel}: `}
          </Typography>
          {persianText(g.justification)}
        </Typography>
        {g.overrideReason && (
          <Typography sx={{ mt: 1 }}>
            <Typography component="span" color="text.secondary">
              {`${messages.overrideReason}: `}
            </Typography>
            {persianText(g.overrideReason)}
          </Typography>
        )}
      </Section>
      {done && (
        <Alert severity="success" role="status">
          {messages.done[done]}
        </Alert>
      )}
      {steps.length > 0 && (
        <Actions grant={g} steps={steps} onDone={setDone} onReload={() => grant.refetch()} />
      )}
      {role !== 'board' && (done === 'cancel' || (g.status === 'approved' && steps.includes('cancel'))) && (
        <KindBudget grant={g} />
      )}
      <Section id="grant-history" title={messages.history}>
        <Table aria-labelledby="grant-history" size="small">
          <TableHead>
            <TableRow>
              <TableCell>{messages.historyWhat}</TableCell>
              <TableCell>{messages.historyWho}</TableCell>
              <TableCell>{messages.historyWhen}</TableCell>
              <TableCell>{messages.historyWhy}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {g.events.map((e) => (
              <TableRow key={e.id}>
                <TableCell>{messages.stepLabel[e.action] ?? label('grantStatus', e.toStatus)}</TableCell>
                <TableCell>{`${e.actorName ?? '—'} (${label('role', e.actorRole)})`}</TableCell>
                <TableCell>{formatJalaliDateTime(e.occurredAt)}</TableCell>
                <TableCell>{e.comment ? persianText(e.comment) : '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
    </Box>
  );
}
