import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { errorMessage, fieldError, isConflict, isNotFound } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { Section } from '../../components/Section';
import { formatNumber, toLatinDigits, toPersianDigits } from '../../lib/format';
import { useDebounced } from '../../lib/useDebounced';
import { useSession } from '../../lib/session';
import { useLabels } from '../../lib/useLabels';
import {
  useAssociationName,
  useBoardMembers,
  useCountElection,
  useElections,
  useIssueBallotLinks,
  useMembers,
  useRecordVotes,
  useReloadElections,
  useReissueBallotLinks,
  type BallotLinks,
  type Election,
  type Member,
} from './api';
import { ElectionDialog } from './ElectionDialog';
import { OneTimeLinks } from './OneTimeLinks';
import { electionMessages as m } from './messages';

const WRITERS = ['board', 'staff', 'admin'];
/** Who issues the ballot links and gives them to the members: the chamber, never the board (it could see who voted). */
const LINK_ISSUERS = ['staff', 'admin'];

/**
 * `/associations/:id/elections`: board elections, from the candidates through the one-time ballot
 * links and the assembly's paper votes to the count and the elected board in the register.
 */
export default function ElectionsPage() {
  const { id = '' } = useParams();
  const role = useSession()?.user.role ?? '';
  const association = useAssociationName(id);
  const elections = useElections(id);
  const [creating, setCreating] = useState(false);
  if ((association.isError && isNotFound(association.error)) || isNotFound(elections.error))
    return <NotFound />;
  const canWrite = WRITERS.includes(role);
  const issuesLinks = LINK_ISSUERS.includes(role);
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
        {association.data ? m.title(association.data.nameFa) : m.titleShort}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        {canWrite && (
          <Button variant="contained" onClick={() => setCreating(true)}>
            {m.add}
          </Button>
        )}
        <Link component={RouterLink} to={`/associations/${id}/assemblies`}>
          {m.assemblies}
        </Link>
      </Box>
      {elections.isPending && <Loading />}
      {elections.isError && <ApiErrorAlert error={elections.error} onReload={() => elections.refetch()} />}
      {elections.data?.items.length === 0 && (
        <Paper sx={{ p: 2 }}>
          <Typography>{m.none}</Typography>
        </Paper>
      )}
      {elections.data?.items.map((e) => (
        <ElectionCard
          key={e.id}
          associationId={id}
          election={e}
          canWrite={canWrite}
          issuesLinks={issuesLinks}
        />
      ))}
      {creating && <ElectionDialog associationId={id} onClose={() => setCreating(false)} />}
    </Box>
  );
}

function ElectionCard({
  associationId,
  election: e,
  canWrite,
  issuesLinks,
}: {
  associationId: string;
  election: Election;
  canWrite: boolean;
  issuesLinks: boolean;
}) {
  const label = useLabels();
  const open = e.status === 'open';
  const headingId = `election-${e.id}`;
  const votes = new Map(e.result?.ranking.map((r) => [r.candidateId, r.votes]) ?? []);
  const elected = new Set(e.result?.elected ?? []);
  return (
    <Section
      id={headingId}
      title={m.electionOf(toPersianDigits(e.termStartJalali), toPersianDigits(e.termEndJalali))}
      subtitle={[
        `${m.status}: ${label('electionStatus', e.status)}`,
        m.seatsOf(formatNumber(e.seats)),
        m.ballotsCast(formatNumber(e.ballotsCast)),
        ...(e.countedOnJalali ? [m.countedOn(toPersianDigits(e.countedOnJalali))] : []),
      ].join(' · ')}
    >
      <TableContainer>
        <Table
          size="small"
          aria-label={`${m.candidates} — ${m.electionOf(toPersianDigits(e.termStartJalali), toPersianDigits(e.termEndJalali))}`}
        >
          <TableHead>
            <TableRow>
              <TableCell>{m.candidate}</TableCell>
              <TableCell>{m.firm}</TableCell>
              <TableCell align="center">{m.recordedVotes}</TableCell>
              {e.result && <TableCell align="center">{m.votes}</TableCell>}
              {e.result && <TableCell>{m.result}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {[...e.candidates]
              .sort((a, b) => (votes.get(b.id) ?? 0) - (votes.get(a.id) ?? 0))
              .map((c) => (
                <TableRow key={c.id}>
                  <TableCell component="th" scope="row">
                    {c.fullName}
                  </TableCell>
                  <TableCell>{c.firmName ?? '—'}</TableCell>
                  <TableCell align="center">{formatNumber(e.recordedVotes[c.id] ?? 0)}</TableCell>
                  {e.result && <TableCell align="center">{formatNumber(votes.get(c.id) ?? 0)}</TableCell>}
                  {e.result && (
                    <TableCell>
                      {elected.has(c.id) ? (
                        <Chip size="small" color="success" label={m.elected} />
                      ) : (
                        m.notElected
                      )}
                    </TableCell>
                  )}
                </TableRow>
              ))}
          </TableBody>
        </Table>
      </TableContainer>
      {open && canWrite && (
        <Box sx={{ display: 'grid', gap: 2, mt: 2 }}>
          {issuesLinks ? (
            <IssueLinks associationId={associationId} election={e} />
          ) : (
            <LinksByChamber election={e} />
          )}
          <RecordVotes associationId={associationId} election={e} />
          <Count associationId={associationId} election={e} />
        </Box>
      )}
      {!open && <ElectedBoard associationId={associationId} election={e} />}
    </Section>
  );
}

/** What the board sees of the ballot links: how many the chamber issued, never the links. */
function LinksByChamber({ election }: { election: Election }) {
  return (
    <Box>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>
        {m.linksTitle}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {m.linksByChamber}
      </Typography>
      {election.ballotLinksIssued > 0 && (
        <Typography sx={{ mt: 1 }}>{m.linksIssuedCount(formatNumber(election.ballotLinksIssued))}</Typography>
      )}
    </Box>
  );
}

function IssueLinks({ associationId, election }: { associationId: string; election: Election }) {
  const issue = useIssueBallotLinks(associationId);
  const [issued, setIssued] = useState<BallotLinks | null>(null);
  const [reissuing, setReissuing] = useState(false);
  const [reissued, setReissued] = useState<BallotLinks | null>(null);
  return (
    <Box>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>
        {m.linksTitle}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {m.issueHint}
      </Typography>
      {!issued && election.ballotLinksIssued > 0 && (
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          <Typography>{m.linksIssued(formatNumber(election.ballotLinksIssued))}</Typography>
          <Button variant="outlined" onClick={() => setReissuing(true)}>
            {m.reissue}
          </Button>
        </Box>
      )}
      {!issued && election.ballotLinksIssued === 0 && (
        <Button
          variant="outlined"
          disabled={issue.isPending}
          onClick={() => issue.mutate(election.id, { onSuccess: setIssued })}
        >
          {issue.isPending ? m.issuing : m.issue}
        </Button>
      )}
      {issue.error && (
        // A 409 here says the links were issued already (once per election), not that someone edited it.
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {errorMessage(issue.error)}
        </Alert>
      )}
      {issued && (
        <OneTimeLinks title={m.issuedTitle} links={issued.links} fileName={m.downloadName} level="h4" />
      )}
      {reissued && (
        <OneTimeLinks title={m.reissuedTitle} links={reissued.links} fileName={m.reissuedFile} level="h4" />
      )}
      {reissuing && (
        <ReissueDialog
          associationId={associationId}
          election={election}
          onClose={() => setReissuing(false)}
          onIssued={(links) => {
            setReissuing(false);
            setReissued(links);
          }}
        />
      )}
    </Box>
  );
}

function ReissueDialog({
  associationId,
  election,
  onClose,
  onIssued,
}: {
  associationId: string;
  election: Election;
  onClose: () => void;
  onIssued: (links: BallotLinks) => void;
}) {
  const reissue = useReissueBallotLinks(associationId);
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim());
  const options = useMembers(associationId, { q: q || undefined, page: 1, pageSize: 20 });
  const [picked, setPicked] = useState<Member[]>([]);
  const [missing, setMissing] = useState(false);
  const err = reissue.error;
  // The API names a member as memberIds[i]: say which of those picked it means.
  const named = err instanceof ApiError ? /^memberIds\[(\d+)\]/.exec(err.field ?? '') : null;
  const memberError = named
    ? `${picked[Number(named[1])]?.nameFa ?? ''}: ${err instanceof ApiError ? err.message : ''}`
    : fieldError(err, 'memberIds');
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    if (!picked.length) return setMissing(true);
    reissue.mutate({ electionId: election.id, memberIds: picked.map((p) => p.id) }, { onSuccess: onIssued });
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="reissue-title" aria-describedby="reissue-hint" fullWidth>
      <Box component="form" onSubmit={submit} noValidate>
        <DialogTitle id="reissue-title">{m.reissueTitle}</DialogTitle>
        <DialogContent>
          <Typography id="reissue-hint" sx={{ mb: 2 }}>
            {m.reissueHint}
          </Typography>
          <Autocomplete
            multiple
            options={options.data?.items ?? []}
            value={picked}
            loading={options.isFetching}
            getOptionLabel={(o) => o.nameFa}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            filterOptions={(x) => x}
            onChange={(_, v) => {
              setPicked(v);
              setMissing(false);
              reissue.reset();
            }}
            onInputChange={(_, v, reason) => {
              if (reason === 'input' || reason === 'clear') setTyped(v);
            }}
            noOptionsText={m.reissueNone}
            loadingText={m.reissueLoading}
            renderInput={(params) => (
              <TextField
                {...params}
                label={m.reissueMembers}
                required
                error={missing || !!memberError}
                helperText={missing ? m.reissuePick : (memberError ?? m.reissueMembersHint)}
              />
            )}
          />
          {err && !memberError && (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {errorMessage(err)}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{m.cancel}</Button>
          <Button type="submit" variant="contained" disabled={reissue.isPending}>
            {reissue.isPending ? m.issuing : m.reissueConfirm}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}

function RecordVotes({ associationId, election }: { associationId: string; election: Election }) {
  const record = useRecordVotes(associationId);
  const reload = useReloadElections(associationId);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      election.candidates.map((c) => [c.id, toPersianDigits(election.recordedVotes[c.id] ?? 0)]),
    ),
  );
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    setSaved(false);
    const bad: Record<string, string> = {};
    const votes: Record<string, number> = {};
    for (const c of election.candidates) {
      const t = toLatinDigits((values[c.id] ?? '').trim() || '0');
      if (/^\d+$/.test(t)) votes[c.id] = Number(t);
      else bad[c.id] = m.bad;
    }
    setProblems(bad);
    if (Object.keys(bad).length) return;
    record.mutate(
      { electionId: election.id, body: { version: election.version, votes } },
      { onSuccess: () => setSaved(true) },
    );
  };
  const formId = `votes-${election.id}`;
  return (
    <Box component="form" onSubmit={submit} noValidate aria-labelledby={formId}>
      <Typography id={formId} variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>
        {m.record}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {m.recordHint}
      </Typography>
      {record.error && !fieldError(record.error, 'votes') && (
        <Box sx={{ mb: 1 }}>
          <ApiErrorAlert
            error={record.error}
            onReload={() => {
              // A stale version: read the election again, so the next save sends the new one; the
              // refusal goes only once it has come (a save meanwhile would send the stale one again).
              if (isConflict(record.error)) void reload().then(() => record.reset());
              else record.reset();
            }}
          />
        </Box>
      )}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        {election.candidates.map((c) => {
          const e = problems[c.id] ?? fieldError(record.error, `votes.${c.id}`);
          return (
            <TextField
              key={c.id}
              label={m.votesOf(c.fullName)}
              value={values[c.id] ?? ''}
              onChange={(ev) => setValues((v) => ({ ...v, [c.id]: ev.target.value }))}
              error={!!e}
              helperText={e}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              sx={{ flex: '1 1 180px' }}
            />
          );
        })}
        <Button type="submit" variant="outlined" disabled={record.isPending} sx={{ alignSelf: 'center' }}>
          {record.isPending ? m.saving : m.saveVotes}
        </Button>
      </Box>
      {fieldError(record.error, 'votes') &&
        !election.candidates.some((c) => fieldError(record.error, `votes.${c.id}`)) && (
          <Typography color="error" variant="body2">
            {fieldError(record.error, 'votes')}
          </Typography>
        )}
      {saved && (
        <Typography role="status" variant="body2" sx={{ mt: 1 }}>
          {m.votesSaved}
        </Typography>
      )}
    </Box>
  );
}

function Count({ associationId, election }: { associationId: string; election: Election }) {
  const count = useCountElection(associationId);
  const reload = useReloadElections(associationId);
  const [asking, setAsking] = useState(false);
  const seats = formatNumber(election.seats);
  const close = () => {
    setAsking(false);
    count.reset();
  };
  return (
    <Box>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>
        {m.count}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {m.countRule(seats)}
      </Typography>
      <Button variant="contained" color="secondary" onClick={() => setAsking(true)}>
        {m.count}
      </Button>
      {asking && (
        <Dialog open onClose={close} aria-labelledby="count-title" aria-describedby="count-rule">
          <DialogTitle id="count-title">{m.countTitle}</DialogTitle>
          <DialogContent>
            <Typography id="count-rule" sx={{ mb: 2 }}>
              {m.countRule(seats)}
            </Typography>
            {count.error && (
              <ApiErrorAlert
                error={count.error}
                onReload={() => {
                  if (isConflict(count.error)) void reload().then(close);
                  else close();
                }}
              />
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{m.cancel}</Button>
            <Button
              variant="contained"
              disabled={count.isPending}
              onClick={() =>
                count.mutate(
                  { electionId: election.id, version: election.version },
                  { onSuccess: () => setAsking(false) },
                )
              }
            >
              {count.isPending ? m.counting : m.confirmCount}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Box>
  );
}

function ElectedBoard({ associationId, election }: { associationId: string; election: Election }) {
  const label = useLabels();
  const board = useBoardMembers(associationId, true);
  const seats = (board.data?.items ?? []).filter(
    (b) => b.termStart === election.termStart && b.electedBy === 'general_assembly',
  );
  const titleId = `board-${election.id}`;
  return (
    <Box sx={{ mt: 2 }}>
      <Typography id={titleId} variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>
        {m.board}
      </Typography>
      {board.isPending && <Loading />}
      {board.isError && <ApiErrorAlert error={board.error} onReload={() => board.refetch()} />}
      {board.data && !board.isFetching && seats.length === 0 && <Typography>{m.noBoard}</Typography>}
      {seats.length > 0 && (
        <TableContainer>
          <Table size="small" aria-labelledby={titleId}>
            <TableHead>
              <TableRow>
                <TableCell>{m.candidate}</TableCell>
                <TableCell>{m.firm}</TableCell>
                <TableCell>{m.boardRole}</TableCell>
                <TableCell>{m.term}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {seats.map((b) => (
                <TableRow key={b.id}>
                  <TableCell component="th" scope="row">
                    {b.fullName}
                  </TableCell>
                  <TableCell>{b.firmName ?? '—'}</TableCell>
                  <TableCell>{label('boardRole', b.role)}</TableCell>
                  <TableCell>
                    {m.termOf(toPersianDigits(b.termStartJalali), toPersianDigits(b.termEndJalali ?? '—'))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
}
