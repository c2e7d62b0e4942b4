import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { isNotFound } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { formatJalaliDate } from '../../lib/format';
import { useSession, type Role } from '../../lib/session';
import { useLabels } from '../../lib/useLabels';
import { useAssociationName, useBoardMembers, type BoardMember } from './api';
import { BoardMemberDialog, EndTermDialog } from './BoardMemberDialogs';
import { messages } from './messages';

/** Who may record seats and end terms (the API's roles for POST/PATCH board-members). */
const WRITERS: readonly Role[] = ['staff', 'approver', 'admin'];

function stateOf(m: BoardMember, today: string): 'serving' | 'ended' | 'notStarted' {
  if (m.serving) return 'serving';
  return m.termStart > today ? 'notStarted' : 'ended';
}

/** The association's board with roles and terms (Jalali); staff add seats and end terms, the board reads. */
export default function BoardMembersPage() {
  const label = useLabels();
  const { id = '' } = useParams();
  const role = useSession()?.user.role;
  const canWrite = !!role && WRITERS.includes(role);
  const board = useBoardMembers(id);
  const name = useAssociationName(id);
  const [onlyServing, setOnlyServing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<BoardMember | null>(null);
  const [editing, setEditing] = useState<BoardMember | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (board.isPending) return <Loading />;
  if (board.isError)
    return isNotFound(board.error) ? (
      <NotFound />
    ) : (
      <ApiErrorAlert error={board.error} onReload={() => board.refetch()} />
    );
  const today = new Date().toISOString().slice(0, 10);
  const rows = board.data.items.filter((m) => !onlyServing || m.serving);
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Box>
        <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
          {name.data ? messages.titleOf(name.data) : messages.title}
        </Typography>
        <Link component={RouterLink} to={`/associations/${id}`}>
          {messages.roadmapLink}
        </Link>
      </Box>
      <Typography color="text.secondary">{messages.intro}</Typography>
      {!canWrite && <Alert severity="info">{messages.readOnly}</Alert>}
      {notice && (
        <Alert severity="success" role="status" onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <FormControlLabel
          control={<Switch checked={onlyServing} onChange={(e) => setOnlyServing(e.target.checked)} />}
          label={messages.onlyServing}
        />
        {canWrite && (
          <Button variant="contained" onClick={() => setAdding(true)}>
            {messages.add}
          </Button>
        )}
      </Box>
      <Paper>
        <TableContainer>
          <Table aria-label={messages.title}>
            <TableHead>
              <TableRow>
                <TableCell>{messages.fullName}</TableCell>
                <TableCell>{messages.role}</TableCell>
                <TableCell>{messages.firmName}</TableCell>
                <TableCell align="center">{messages.termStart}</TableCell>
                <TableCell align="center">{messages.termEnd}</TableCell>
                <TableCell>{messages.electedBy}</TableCell>
                <TableCell>{messages.state}</TableCell>
                {canWrite && <TableCell>{messages.actions}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((m) => {
                const state = stateOf(m, today);
                return (
                  <TableRow key={m.id} hover>
                    <TableCell component="th" scope="row">
                      {m.fullName}
                    </TableCell>
                    <TableCell>{label('boardRole', m.role)}</TableCell>
                    <TableCell>{m.firmName ?? '—'}</TableCell>
                    <TableCell align="center">{formatJalaliDate(m.termStart)}</TableCell>
                    <TableCell align="center">{formatJalaliDate(m.termEnd)}</TableCell>
                    <TableCell>{label('electedBy', m.electedBy)}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        color={state === 'serving' ? 'success' : 'default'}
                        label={messages[state]}
                      />
                      {m.endReason && (
                        <Typography variant="body2" color="text.secondary">
                          {m.endReason}
                        </Typography>
                      )}
                    </TableCell>
                    {canWrite && (
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        <Button
                          size="small"
                          aria-label={messages.editOf(m.fullName)}
                          onClick={() => setEditing(m)}
                        >
                          {messages.edit}
                        </Button>
                        {m.termEnd === null && (
                          <Button
                            size="small"
                            aria-label={messages.endTermOf(m.fullName)}
                            onClick={() => setEnding(m)}
                          >
                            {messages.endTerm}
                          </Button>
                        )}
                      </TableCell>
                    )}
                  </TableRow>
                );
              })}
              {rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={canWrite ? 8 : 7}>{messages.empty}</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
      </Paper>
      {adding && (
        <BoardMemberDialog
          associationId={id}
          onClose={() => setAdding(false)}
          onSaved={(n) => {
            setAdding(false);
            setNotice(messages.added(n));
          }}
        />
      )}
      {editing && (
        <BoardMemberDialog
          key={editing.id}
          associationId={id}
          member={editing}
          onClose={() => setEditing(null)}
          onReload={() => {
            setEditing(null);
            void board.refetch();
          }}
          onSaved={(n) => {
            setEditing(null);
            setNotice(messages.updated(n));
          }}
        />
      )}
      {ending && (
        <EndTermDialog
          associationId={id}
          member={ending}
          onClose={() => setEnding(null)}
          onReload={() => {
            setEnding(null);
            void board.refetch();
          }}
          onEnded={(n) => {
            setEnding(null);
            setNotice(messages.endedNotice(n));
          }}
        />
      )}
    </Box>
  );
}
