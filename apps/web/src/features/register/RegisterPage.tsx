import { FilterSelect } from '../../components/FilterSelect';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
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
import { useEffect, useState } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import { Pager } from '../../components/Pager';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { fieldError } from '../../components/errors';
import { formatJalaliDate, formatNumber } from '../../lib/format';
import { associationPath } from '../../app/routes';
import { PHASE_KEYS } from '../../lib/labels';
import { useSession } from '../../lib/session';
import { useLabels } from '../../lib/useLabels';
import { useCategoryOptions, useRegister, type RegisterFilter } from './api';
import { ExportButtons } from './ExportButtons';
import { messages } from './messages';
import { useListParams } from '../../lib/useListParams';

const STATUSES = ['proposed', 'forming', 'active', 'dormant', 'dissolved'] as const;
/** Roles that may import (the president reads and exports only). */
const IMPORTERS = ['admin', 'staff', 'approver'];

export default function RegisterPage() {
  const label = useLabels();
  const role = useSession()?.user.role;
  const { get, page, pageSize, set, pager } = useListParams();
  const q = get('q');
  const phase = (PHASE_KEYS as readonly string[]).includes(get('phase'))
    ? (get('phase') as RegisterFilter['phase'])
    : undefined;
  const status = (STATUSES as readonly string[]).includes(get('status'))
    ? (get('status') as RegisterFilter['status'])
    : undefined;
  const categories = useCategoryOptions();
  const categoryId = /^\d+$/.test(get('categoryId')) ? Number(get('categoryId')) : undefined;
  const [typed, setTyped] = useState(q);
  const user = useSession()?.user;

  // Search as the user types, once they pause. A row clicked meanwhile has already changed the URL
  // (the register stays on screen while the next page's code loads): the search must not pull the
  // user back to the list.
  const listPath = useLocation().pathname;
  useEffect(() => {
    if (typed === q) return;
    const t = setTimeout(() => {
      if (window.location.pathname === listPath) set({ q: typed.trim(), page: '' });
    }, 300);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typed]);

  const filter = { q: q || undefined, phase, status, categoryId };
  const list = useRegister({ ...filter, page, pageSize });

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 }, flexGrow: 1 }}>
          {messages.title}
        </Typography>
        {role && IMPORTERS.includes(role) && (
          <Button component={RouterLink} to="/associations/import" variant="outlined">
            {messages.toImport}
          </Button>
        )}
      </Box>
      <Paper sx={{ p: 2, display: 'flex', gap: 2, flexWrap: 'wrap' }} component="search">
        <TextField
          label={messages.search}
          helperText={fieldError(list.error, 'q') ?? messages.searchHint}
          error={!!fieldError(list.error, 'q')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          type="search"
          sx={{ flex: '2 1 240px' }}
        />
        <FilterSelect
          label={messages.phase}
          value={phase ?? ''}
          onChange={(v) => set({ phase: v, page: '' })}
          options={PHASE_KEYS.map((p) => ({ value: p, label: label('phase', p) }))}
          allLabel={messages.all}
          flex="1 1 180px"
        />
        <FilterSelect
          label={messages.status}
          value={status ?? ''}
          onChange={(v) => set({ status: v, page: '' })}
          options={STATUSES.map((s) => ({ value: s, label: label('associationStatus', s) }))}
          allLabel={messages.all}
          flex="1 1 140px"
        />
        <FilterSelect
          label={messages.category}
          value={categoryId === undefined ? '' : String(categoryId)}
          onChange={(v) => set({ categoryId: v, page: '' })}
          options={(categories.data ?? []).map((c) => ({ value: String(c.id), label: c.nameFa }))}
          allLabel={messages.all}
          flex="1 1 180px"
        />
      </Paper>
      <Paper sx={{ p: 2 }}>
        <ExportButtons filter={filter} />
      </Paper>
      {list.isError && !fieldError(list.error, 'q') && (
        <ApiErrorAlert error={list.error} onReload={() => list.refetch()} />
      )}
      <Paper>
        {list.isFetching && <LinearProgress aria-label={messages.title} />}
        <TableContainer>
          <Table aria-label={messages.title}>
            <TableHead>
              <TableRow>
                <TableCell>{messages.name}</TableCell>
                <TableCell>{messages.city}</TableCell>
                <TableCell>{messages.phase}</TableCell>
                <TableCell>{messages.status}</TableCell>
                <TableCell align="center">{messages.members}</TableCell>
                <TableCell align="center">{messages.enteredAt}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {list.data?.items.map((a) => (
                <TableRow key={a.id} hover>
                  <TableCell component="th" scope="row">
                    <Link component={RouterLink} to={associationPath(user, a.id)}>
                      {a.nameFa}
                    </Link>
                  </TableCell>
                  <TableCell>{a.city ?? '—'}</TableCell>
                  <TableCell>{label('phase', a.phase)}</TableCell>
                  <TableCell>{label('associationStatus', a.status)}</TableCell>
                  <TableCell align="center">{formatNumber(a.memberCount)}</TableCell>
                  <TableCell align="center">{formatJalaliDate(a.phaseEnteredAt)}</TableCell>
                </TableRow>
              ))}
              {list.data && list.data.items.length === 0 && (
                <TableRow>
                  <TableCell colSpan={6}>{messages.empty}</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
        <Pager total={list.data?.total ?? 0} {...pager} />
      </Paper>
    </Box>
  );
}
