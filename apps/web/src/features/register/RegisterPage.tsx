import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { fieldError } from '../../components/errors';
import { formatJalaliDate, formatNumber } from '../../lib/format';
import { label, PHASE_KEYS } from '../../lib/labels';
import { useRegister } from './api';
import { messages } from './messages';

const STATUSES = ['proposed', 'forming', 'active', 'dormant', 'dissolved'];

export default function RegisterPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const phase = params.get('phase') ?? '';
  const status = params.get('status') ?? '';
  const page = Number(params.get('page') ?? '1');
  const pageSize = Number(params.get('pageSize') ?? '20');
  const [typed, setTyped] = useState(q);

  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  // Search as the user types, once they pause.
  useEffect(() => {
    if (typed === q) return;
    const t = setTimeout(() => set({ q: typed.trim(), page: '' }), 300);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typed]);

  const list = useRegister({
    q: q || undefined,
    phase: phase || undefined,
    status: status || undefined,
    page,
    pageSize,
  });

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
        {messages.title}
      </Typography>
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
        <TextField
          select
          label={messages.phase}
          value={phase}
          onChange={(e) => set({ phase: e.target.value, page: '' })}
          sx={{ flex: '1 1 180px' }}
        >
          <MenuItem value="">{messages.all}</MenuItem>
          {PHASE_KEYS.map((p) => (
            <MenuItem key={p} value={p}>
              {label('phase', p)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={messages.status}
          value={status}
          onChange={(e) => set({ status: e.target.value, page: '' })}
          sx={{ flex: '1 1 140px' }}
        >
          <MenuItem value="">{messages.all}</MenuItem>
          {STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {label('associationStatus', s)}
            </MenuItem>
          ))}
        </TextField>
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
                    <Link component={RouterLink} to={`/associations/${a.id}`}>
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
        <TablePagination
          component="div"
          count={list.data?.total ?? 0}
          page={Math.max(page - 1, 0)}
          rowsPerPage={pageSize}
          rowsPerPageOptions={[10, 20, 50, 100].map((n) => ({ value: n, label: formatNumber(n) }))}
          slotProps={{ select: { renderValue: (v) => formatNumber(Number(v)) } }}
          onPageChange={(_, p) => set({ page: String(p + 1) })}
          onRowsPerPageChange={(e) => set({ pageSize: e.target.value, page: '' })}
          labelRowsPerPage={messages.rowsPerPage}
          labelDisplayedRows={({ from, to, count }) =>
            messages.rangeOf(formatNumber(from), formatNumber(to), formatNumber(count))
          }
        />
      </Paper>
    </Box>
  );
}
