// Chamber staff's page of one association: its phase, the gate checklist (met / missing), the
// chamber's supports and precautions in the phase, a form for each output of the phase, moving forward or back with a reason, and the history of moves.
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Table from '@mui/material/Table';
import TextField from '@mui/material/TextField';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { Pager } from '../../components/Pager';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { fieldError, isConflict, isNotFound } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { Section } from '../../components/Section';
import { formatDays, formatJalaliDate, formatNumber, formatScore, toPersianDigits } from '../../lib/format';
import { useLabels } from '../../lib/useLabels';
import { useSession } from '../../lib/session';
import {
  useAssociation,
  useDecideTransition,
  useLifecycle,
  useLifecycleHistory,
  usePhaseOutputs,
  useReloadLifecycle,
  type GateItem,
  type Lifecycle,
  type OutputItem,
  type Transition,
} from './api';
import { messages } from './messages';
import { OutputForm } from './OutputForm';
import { TransitionDialog } from './TransitionDialog';

const WRITERS = ['staff', 'approver', 'admin'];
/** Who may approve or reject a pending move (the API's rule for …/approve and …/reject). */
const DECIDERS = ['approver', 'admin'];

type Pending = NonNullable<Lifecycle['pendingTransition']>;

function PendingDecision({
  lifecycle,
  pending,
  onDone,
  onReload,
}: {
  lifecycle: Lifecycle;
  pending: Pending;
  onDone: (text: string) => void;
  onReload: () => void;
}) {
  const label = useLabels();
  const decide = useDecideTransition(lifecycle.associationId);
  const [comment, setComment] = useState('');
  const commentError = fieldError(decide.error, 'comment');
  const send = (decision: 'approve' | 'reject') =>
    // The promise: the refetched lifecycle unmounts this panel before a per-call callback would run.
    decide
      .mutateAsync({
        decision,
        transitionId: pending.id,
        version: lifecycle.version,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      })
      .then(
        (result) =>
          onDone(
            decision === 'approve'
              ? messages.approvedMove(label('phase', result.phase))
              : messages.rejectedMove(label('phase', pending.toPhase)),
          ),
        () => undefined, // shown below from decide.error
      );
  return (
    <Section
      id="pending-decision"
      title={messages.decideTitle}
      subtitle={messages.decideBody(
        label('phase', pending.fromPhase),
        label('phase', pending.toPhase),
        formatJalaliDate(pending.proposedAt),
      )}
    >
      <Box sx={{ display: 'grid', gap: 2 }}>
        <Typography>
          <Typography component="span" color="text.secondary">
            {`${messages.proposedReason}: `}
          </Typography>
          {pending.reason ? toPersianDigits(pending.reason) : messages.noReason}
        </Typography>
        <TextField
          label={messages.decisionComment}
          multiline
          minRows={2}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          error={!!commentError}
          helperText={commentError}
        />
        {decide.isError && !commentError && (
          <ApiErrorAlert error={decide.error} onReload={isConflict(decide.error) ? onReload : undefined} />
        )}
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Button
            variant="contained"
            color="success"
            disabled={decide.isPending}
            onClick={() => send('approve')}
          >
            {messages.approveMove}
          </Button>
          <Button variant="outlined" color="error" disabled={decide.isPending} onClick={() => send('reject')}>
            {messages.rejectMove}
          </Button>
        </Box>
      </Box>
    </Section>
  );
}

const GATE_STATUS: Record<GateItem['status'], string> = {
  met: messages.met,
  not_recorded: messages.notRecorded,
  incomplete: messages.incomplete,
  not_agreed: messages.external,
};

/** What a gate item lacks, in Persian (the API's own `missing` lines are for developers). */
function gateStatus(item: GateItem): string {
  const facts = item.facts as { score?: number; threshold?: number } | undefined;
  const score =
    !item.met && facts && typeof facts.score === 'number' && typeof facts.threshold === 'number'
      ? ` — ${messages.score(formatScore(facts.score), formatNumber(facts.threshold))}`
      : '';
  return GATE_STATUS[item.status] + score;
}

/** What the chamber grants and what it keeps watch on in the current phase (the model's legend). */
function PhaseNotes({ lifecycle }: { lifecycle: Lifecycle }) {
  const lists = [
    {
      id: 'phase-supports',
      title: messages.phaseSupports,
      items: lifecycle.supports.map((s) => ({ key: s.code, text: s.nameFa })),
      empty: messages.noSupports,
    },
    {
      id: 'phase-precautions',
      title: messages.phasePrecautions,
      items: lifecycle.precautions.map((p) => ({ key: p.code, text: p.textFa })),
      empty: messages.noPrecautions,
    },
  ];
  return (
    <Section id="phase-notes" title={messages.inPhase(lifecycle.nameFa)}>
      {lists.map((list) => (
        <Box key={list.id} sx={{ mt: 1 }}>
          <Typography id={list.id} variant="subtitle2" component="h3">
            {list.title}
          </Typography>
          {list.items.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {list.empty}
            </Typography>
          ) : (
            <List dense aria-labelledby={list.id} data-testid={list.id} sx={{ listStyle: 'disc', pr: 2.5 }}>
              {list.items.map((item) => (
                <ListItem key={item.key} disableGutters sx={{ display: 'list-item', py: 0.25 }}>
                  <Typography variant="body2">{toPersianDigits(item.text)}</Typography>
                </ListItem>
              ))}
            </List>
          )}
        </Box>
      ))}
    </Section>
  );
}

function Gate({ lifecycle }: { lifecycle: Lifecycle }) {
  const label = useLabels();
  const gate = lifecycle.gate;
  const missing = gate.items.filter((i) => !i.met).length;
  return (
    <Section
      id="gate"
      title={messages.gate}
      subtitle={
        lifecycle.nextPhase ? messages.gateSubtitle(label('phase', lifecycle.nextPhase)) : messages.gateLast
      }
    >
      <List dense aria-labelledby="gate">
        {gate.items.map((item) => (
          <ListItem key={item.key} disableGutters data-testid={`gate-item-${item.key}`}>
            <ListItemIcon sx={{ minWidth: 32 }}>
              <Box
                component="span"
                aria-hidden
                sx={{ color: item.met ? 'success.main' : 'error.main', fontWeight: 700, fontSize: 18 }}
              >
                {item.met ? '✓' : '✗'}
              </Box>
            </ListItemIcon>
            <ListItemText
              primary={item.nameFa}
              secondary={gateStatus(item)}
              slotProps={{
                secondary: { sx: { color: item.met ? 'success.dark' : 'error.dark' } },
              }}
            />
          </ListItem>
        ))}
      </List>
      {lifecycle.nextPhase && (
        <Typography role="status" sx={{ mt: 1, fontWeight: 600 }}>
          {gate.met ? messages.gateMet : messages.gateMissing(formatNumber(missing))}
        </Typography>
      )}
    </Section>
  );
}

function Outputs({
  lifecycle,
  outputs,
  canWrite,
  onReload,
}: {
  lifecycle: Lifecycle;
  outputs: OutputItem[];
  canWrite: boolean;
  onReload: () => void;
}) {
  return (
    <Section
      id="outputs"
      title={`${messages.outputs}: ${lifecycle.nameFa}`}
      subtitle={messages.outputsSubtitle}
    >
      {outputs.map((item) => {
        const output = item.output as { revision?: number; recordedAt?: string } | null;
        const met = lifecycle.gate.items.find((g) => g.key === item.key)?.met ?? item.recorded;
        return (
          <Accordion key={item.key} defaultExpanded={!met} disableGutters>
            <AccordionSummary
              expandIcon={<span aria-hidden>▾</span>}
              aria-controls={`output-${item.key}-content`}
              id={`output-${item.key}-header`}
            >
              <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
                <Typography component="h3" sx={{ fontWeight: 600 }}>
                  {item.nameFa}
                </Typography>
                <Chip
                  size="small"
                  color={met ? 'success' : 'error'}
                  variant="outlined"
                  label={
                    item.recorded && output
                      ? messages.recordedAt(
                          formatJalaliDate(output.recordedAt),
                          formatNumber(output.revision ?? 1),
                        )
                      : messages.notRecordedYet
                  }
                />
              </Box>
            </AccordionSummary>
            <AccordionDetails id={`output-${item.key}-content`}>
              <OutputForm
                key={item.key}
                associationId={lifecycle.associationId}
                phase={lifecycle.phase}
                item={item}
                canWrite={canWrite}
                onReload={onReload}
              />
            </AccordionDetails>
          </Accordion>
        );
      })}
    </Section>
  );
}

function History({ id }: { id: string }) {
  const label = useLabels();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const history = useLifecycleHistory(id, page, pageSize);
  const me = useSession()?.user;
  // The mover by name; «(شما)» beside the signed-in user; a move the demo seed wrote has no mover.
  const who = (t: Transition) =>
    !t.proposedByName
      ? messages.seed
      : t.proposedBy === me?.id
        ? `${t.proposedByName} (${messages.you})`
        : t.proposedByName;
  return (
    <Section id="history" title={messages.history}>
      {history.isError && <ApiErrorAlert error={history.error} onReload={() => history.refetch()} />}
      {/* Scrolls sideways on a phone: focusable so the keyboard can scroll it too. */}
      <TableContainer tabIndex={0} role="region" aria-labelledby="history">
        <Table size="small" aria-labelledby="history">
          <TableHead>
            <TableRow>
              <TableCell>{messages.when}</TableCell>
              <TableCell>{messages.from}</TableCell>
              <TableCell>{messages.to}</TableCell>
              <TableCell>{messages.direction}</TableCell>
              <TableCell>{messages.status}</TableCell>
              <TableCell>{messages.reason}</TableCell>
              <TableCell>{messages.who}</TableCell>
              <TableCell>{messages.decidedBy}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {history.data?.items.map((t) => (
              <TableRow key={t.id} data-testid="history-row">
                <TableCell>{formatJalaliDate(t.appliedAt ?? t.proposedAt)}</TableCell>
                <TableCell>{label('phase', t.fromPhase)}</TableCell>
                <TableCell>{label('phase', t.toPhase)}</TableCell>
                <TableCell>{label('direction', t.direction)}</TableCell>
                <TableCell>{messages.transitionStatus[t.status] ?? '—'}</TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap', maxWidth: 320 }}>
                  {t.reason ? toPersianDigits(t.reason) : messages.noReason}
                </TableCell>
                <TableCell>{who(t)}</TableCell>
                <TableCell>{t.decidedByName ?? '—'}</TableCell>
              </TableRow>
            ))}
            {history.data && history.data.items.length === 0 && (
              <TableRow>
                <TableCell colSpan={8}>{messages.noHistory}</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      <Pager
        total={history.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        onPage={(p) => setPage(p)}
        onPageSize={(n) => {
          setPageSize(n);
          setPage(1);
        }}
        sizes={[10, 20, 50]}
      />
      {history.data && history.data.stays.length > 0 && (
        <Box
          sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1 }}
          aria-label={messages.stays}
          role="list"
        >
          {Object.entries(history.data.daysPerPhase).map(([phase, days]) => (
            <Chip
              key={phase}
              role="listitem"
              variant="outlined"
              label={`${label('phase', phase)}: ${formatDays(days)}`}
            />
          ))}
        </Box>
      )}
    </Section>
  );
}

export default function LifecyclePage() {
  const label = useLabels();
  const { id = '' } = useParams();
  const session = useSession();
  const canWrite = WRITERS.includes(session?.user.role ?? '');
  const canDecide = DECIDERS.includes(session?.user.role ?? '');
  const association = useAssociation(id);
  const lifecycle = useLifecycle(id);
  const outputs = usePhaseOutputs(id, lifecycle.data?.phase);
  const reload = useReloadLifecycle(id);
  const [dialog, setDialog] = useState<'forward' | 'back' | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const failed = lifecycle.error ?? association.error;
  if (failed)
    return isNotFound(failed) ? (
      <NotFound />
    ) : (
      <ApiErrorAlert error={failed} onReload={() => void reload()} />
    );
  if (!lifecycle.data || !association.data) return <Loading />;
  const data = lifecycle.data;
  const name = association.data.nameFa;
  const pending = data.pendingTransition;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box>
        <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
          {messages.title(name)}
        </Typography>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mt: 0.5 }}>
          <Link component={RouterLink} to={`/associations/${id}`}>
            {messages.roadmapLink}
          </Link>
          <Link component={RouterLink} to={`/associations/${id}/supports`}>
            {messages.supportsLink}
          </Link>
          <Link component={RouterLink} to={`/associations/${id}/audit`}>
            {messages.auditLink}
          </Link>
          <Link component={RouterLink} to={`/associations/${id}/board`}>
            {messages.boardLink}
          </Link>
          <Link component={RouterLink} to={`/associations/${id}/targets`}>
            {messages.targetsLink}
          </Link>
          <Link component={RouterLink} to={`/associations/${id}/assessment`}>
            {messages.assessmentLink}
          </Link>
          <Link component={RouterLink} to="/associations">
            {messages.registerLink}
          </Link>
        </Box>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1 }}>
          <Chip
            color="primary"
            data-testid="current-phase"
            label={`${messages.currentPhase}: ${messages.phaseOf(formatNumber(data.order), data.nameFa)}`}
          />
          <Chip
            variant="outlined"
            label={`${messages.enteredAt}: ${formatJalaliDate(data.phaseEnteredAt)} (${formatDays(data.daysInPhase)})`}
          />
          <Chip
            variant="outlined"
            label={
              data.nextPhase ? `${messages.nextPhase}: ${label('phase', data.nextPhase)}` : messages.lastPhase
            }
          />
        </Box>
      </Box>
      {done && (
        <Alert severity="success" role="status" onClose={() => setDone(null)}>
          {done}
        </Alert>
      )}
      {pending && canDecide && (
        <PendingDecision
          key={pending.id}
          lifecycle={data}
          pending={pending}
          onReload={() => void reload()}
          onDone={(text) => setDone(text)}
        />
      )}
      {pending && !canDecide && (
        <Alert severity="info" role="status">
          {canWrite
            ? messages.pendingWaits(label('phase', pending.toPhase))
            : messages.pending(label('phase', pending.toPhase))}
        </Alert>
      )}
      {!canWrite && <Alert severity="info">{messages.readOnly}</Alert>}
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 2fr)' },
          alignItems: 'start',
        }}
      >
        <Box sx={{ display: 'grid', gap: 2 }}>
          <Gate lifecycle={data} />
          {canWrite && (
            <Section id="moves" title={messages.moves}>
              <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
                <Button
                  variant="contained"
                  disabled={!data.nextPhase || !!pending}
                  onClick={() => setDialog('forward')}
                >
                  {messages.forward}
                </Button>
                <Button
                  variant="outlined"
                  disabled={data.order <= 1 || !!pending}
                  onClick={() => setDialog('back')}
                >
                  {messages.back}
                </Button>
              </Box>
              {data.transitionsNeedApproval && session?.user.role === 'staff' && (
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                  {messages.needsApproval}
                </Typography>
              )}
              {data.nextPhase && !data.canAdvance && (
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                  {messages.gateNotMetHint}
                </Typography>
              )}
            </Section>
          )}
          <PhaseNotes lifecycle={data} />
        </Box>
        <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
          {outputs.isError && <ApiErrorAlert error={outputs.error} onReload={() => outputs.refetch()} />}
          {outputs.data && (
            <Outputs
              lifecycle={data}
              outputs={outputs.data.items}
              canWrite={canWrite}
              onReload={() => void reload()}
            />
          )}
        </Box>
      </Box>
      <History id={id} />
      {dialog && (
        <TransitionDialog
          key={dialog}
          lifecycle={data}
          direction={dialog}
          onClose={() => setDialog(null)}
          onReload={reload}
          onDone={(text) => {
            setDialog(null);
            setDone(text);
          }}
        />
      )}
    </Box>
  );
}
