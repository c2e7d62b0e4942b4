import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Alert from '@mui/material/Alert';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { Pager } from '../../components/Pager';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { isNotFound } from '../../components/errors';
import { NotFound } from '../../components/NotFound';
import { persianText, toPersianDigits } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useAssociationName, useMembers, type Member } from './api';
import { MemberDialog } from './MemberDialog';
import { MemberImport } from './MemberImport';
import { MembersSummary } from './MembersSummary';
import { DUES_FA, MEMBER_KIND_FA, messages } from './messages';
import { useListParams } from '../../lib/useListParams';

/** `/associations/:id/members`: the board keeps its registry; the chamber sees its counts only. */
export default function MembersPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const isBoard = session?.user.role === 'board';
  const association = useAssociationName(id);
  if (association.isError && isNotFound(association.error)) return <NotFound />;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
        {association.data ? `${messages.membersTitle} — ${association.data.nameFa}` : messages.membersTitle}
      </Typography>
      <MembersSummary associationId={id} />
      {isBoard ? (
        <>
          <Registry associationId={id} />
          <MemberImport associationId={id} />
        </>
      ) : (
        <Alert severity="info">{messages.chamberNote}</Alert>
      )}
    </Box>
  );
}

function Registry({ associationId }: { associationId: string }) {
  const { get, page, pageSize, set, pager } = useListParams();
  const q = get('q');
  const show = get('show');
  const [typed, setTyped] = useState(q);
  const [editing, setEditing] = useState<Member | 'new' | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (typed === q) return;
    const t = setTimeout(() => set({ q: typed.trim(), page: '' }), 300);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typed]);

  const list = useMembers(associationId, {
    q: q || undefined,
    current: show === 'current' ? true : show === 'left' ? false : undefined,
    page,
    pageSize,
  });

  return (
    <Paper component="section" aria-labelledby="registry-title" sx={{ p: { xs: 1.5, sm: 2.5 }, minWidth: 0 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <Typography id="registry-title" variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          {messages.membersTitle}
        </Typography>
        <Button variant="contained" onClick={() => setEditing('new')}>
          {messages.addMember}
        </Button>
      </Box>
      <Box component="search" sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <TextField
          label={messages.search}
          helperText={messages.searchHint}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          type="search"
          sx={{ flex: '2 1 240px' }}
        />
        <TextField
          select
          label={messages.show}
          value={show}
          onChange={(e) => set({ show: e.target.value, page: '' })}
          sx={{ flex: '1 1 180px' }}
        >
          <MenuItem value="">{messages.all}</MenuItem>
          <MenuItem value="current">{messages.onlyCurrent}</MenuItem>
          <MenuItem value="left">{messages.onlyLeft}</MenuItem>
        </TextField>
      </Box>
      {saved && (
        <Alert severity="success" role="status" onClose={() => setSaved(false)} sx={{ mb: 2 }}>
          {messages.saved}
        </Alert>
      )}
      {list.isError && <ApiErrorAlert error={list.error} onReload={() => list.refetch()} />}
      {list.isFetching && <LinearProgress aria-label={messages.membersTitle} />}
      <TableContainer>
        <Table size="small" aria-labelledby="registry-title">
          <TableHead>
            <TableRow>
              <TableCell>{messages.name}</TableCell>
              <TableCell>{messages.kind}</TableCell>
              <TableCell>{messages.identifier}</TableCell>
              <TableCell>{messages.trade}</TableCell>
              <TableCell>{messages.phone}</TableCell>
              <TableCell align="center">{messages.joinedOn}</TableCell>
              <TableCell align="center">{messages.leftOn}</TableCell>
              <TableCell>{messages.duesStatus}</TableCell>
              <TableCell>{messages.actions}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {list.data?.items.map((m) => (
              <TableRow key={m.id} hover>
                <TableCell component="th" scope="row">
                  {m.nameFa}
                </TableCell>
                <TableCell>{MEMBER_KIND_FA[m.kind]}</TableCell>
                <TableCell>{m.identifier ? toPersianDigits(m.identifier) : '—'}</TableCell>
                <TableCell>{m.trade ?? '—'}</TableCell>
                <TableCell>
                  <span dir="ltr">{m.phone ? toPersianDigits(m.phone) : '—'}</span>
                </TableCell>
                <TableCell align="center">{persianText(m.joinedOnJalali)}</TableCell>
                <TableCell align="center">{m.leftOnJalali ? persianText(m.leftOnJalali) : '—'}</TableCell>
                <TableCell>{DUES_FA[m.duesStatus]}</TableCell>
                <TableCell>
                  <Button size="small" onClick={() => setEditing(m)} aria-label={messages.editOf(m.nameFa)}>
                    {messages.edit}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
            {list.data && list.data.items.length === 0 && (
              <TableRow>
                <TableCell colSpan={9}>{messages.emptyMembers}</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      <Pager total={list.data?.total ?? 0} {...pager} />
      {editing && (
        <MemberDialog
          associationId={associationId}
          member={editing === 'new' ? null : editing}
          onClose={(ok) => {
            setEditing(null);
            setSaved(ok);
          }}
        />
      )}
    </Paper>
  );
}
