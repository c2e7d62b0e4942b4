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
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Pager } from '../../components/Pager';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import {
  AssociationPicker,
  useAssociationOption,
  type AssociationOption,
} from '../../components/AssociationPicker';
import { formatJalaliDate, jalaliYearOf, toPersianDigits } from '../../lib/format';
import { PHASE_KEYS } from '../../lib/labels';
import { useCatalogLabels, useLabels } from '../../lib/useLabels';
import { useSession } from '../../lib/session';
import { useSupports, type Grant } from './api';
import { messages } from './messages';
import { grantAmount, StatusChip } from './parts';
import { useListParams } from '../../lib/useListParams';

const STATUSES: Grant['status'][] = ['requested', 'approved', 'delivered', 'rejected', 'cancelled'];

/** The fiscal years offered: next year (budgets are set ahead) and the six before it. */
function fiscalYears(): number[] {
  const next = jalaliYearOf() + 1;
  return Array.from({ length: 7 }, (_, i) => next - i);
}

/** A URL's value kept only when it is one of the choices, so a hand-edited link cannot send nonsense. */
function oneOf<T extends string>(value: string, choices: readonly T[]): T | '' {
  return (choices as readonly string[]).includes(value) ? (value as T) : '';
}

export default function SupportsListPage() {
  const label = useLabels();
  const role = useSession()?.user.role;
  // The kinds come from the label catalog (already loaded): retired kinds keep their past grants findable.
  const kinds = Object.keys(useCatalogLabels().data?.supportKinds ?? {});
  const years = fiscalYears();
  const { get, page, pageSize, setFilter, pager } = useListParams();
  const status = oneOf(get('status'), STATUSES);
  const phase = oneOf(get('phase'), PHASE_KEYS);
  const kind = get('kind');
  const fiscalYear = oneOf(get('fiscalYear'), years.map(String));
  const associationId = get('associationId');
  const [picked, setPicked] = useState<AssociationOption | null>(null);
  // After a reload or Back, the association the URL filters by is read by its id and shown.
  const fromUrl = useAssociationOption(picked?.id === associationId ? null : associationId);

  const list = useSupports({
    status: status || undefined,
    phase: phase || undefined,
    kind: kind || undefined,
    fiscalYear: fiscalYear ? Number(fiscalYear) : undefined,
    associationId: associationId || undefined,
    page,
    pageSize,
  });

  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 }, flex: 1 }}>
          {messages.listTitle}
        </Typography>
        {(role === 'staff' || role === 'admin') && (
          <Button component={RouterLink} to="/supports/new" variant="contained">
            {messages.newRequest}
          </Button>
        )}
      </Box>
      {/* One row from 1280 px: the bases and gaps (830 + 64 px) fit in the paper beside the menu. */}
      <Paper sx={{ p: 2, display: 'flex', gap: 2, flexWrap: 'wrap' }} component="search">
        <AssociationPicker
          value={!associationId ? null : picked?.id === associationId ? picked : (fromUrl.data ?? null)}
          onChange={(v) => {
            setPicked(v);
            setFilter({ associationId: v?.id });
          }}
          texts={messages}
          sx={{ flex: '2 1 220px' }}
        />
        <FilterSelect
          label={messages.status}
          value={status}
          onChange={(v) => setFilter({ status: v })}
          options={STATUSES.map((s) => ({ value: s, label: label('grantStatus', s) }))}
          allLabel={messages.all}
          flex="1 1 140px"
        />
        <FilterSelect
          label={messages.kind}
          value={kinds.includes(kind) ? kind : ''}
          onChange={(v) => setFilter({ kind: v })}
          options={kinds.map((k) => ({ value: k, label: label('supportKind', k) }))}
          allLabel={messages.all}
          flex="1 1 180px"
        />
        <FilterSelect
          label={messages.phase}
          value={phase}
          onChange={(v) => setFilter({ phase: v })}
          options={PHASE_KEYS.map((p) => ({ value: p, label: label('phase', p) }))}
          allLabel={messages.all}
          flex="1 1 180px"
        />
        <FilterSelect
          label={messages.fiscalYear}
          value={fiscalYear}
          onChange={(v) => setFilter({ fiscalYear: v })}
          options={years.map((y) => ({ value: String(y), label: toPersianDigits(y) }))}
          allLabel={messages.all}
          flex="1 1 110px"
        />
      </Paper>
      {list.isError && <ApiErrorAlert error={list.error} onReload={() => list.refetch()} />}
      <Paper>
        {list.isFetching && <LinearProgress aria-label={messages.listTitle} />}
        <TableContainer>
          <Table aria-label={messages.listTitle}>
            <TableHead>
              <TableRow>
                <TableCell>{messages.association}</TableCell>
                <TableCell>{messages.kind}</TableCell>
                <TableCell>{messages.phase}</TableCell>
                <TableCell>{messages.amountCol}</TableCell>
                <TableCell>{messages.status}</TableCell>
                <TableCell align="center">{messages.requestedAt}</TableCell>
                <TableCell>{messages.decidedBy}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {list.data?.items.map((g) => (
                <TableRow key={g.id} hover>
                  <TableCell component="th" scope="row">
                    <Link component={RouterLink} to={`/supports/${g.id}`}>
                      {g.associationNameFa ?? messages.open}
                    </Link>
                  </TableCell>
                  <TableCell>{g.kindNameFa ?? '—'}</TableCell>
                  <TableCell>{label('phase', g.phase)}</TableCell>
                  <TableCell>{grantAmount(g)}</TableCell>
                  <TableCell>
                    <StatusChip status={g.status} />
                  </TableCell>
                  <TableCell align="center">{formatJalaliDate(g.requestedAt)}</TableCell>
                  <TableCell>{g.decidedByName ?? '—'}</TableCell>
                </TableRow>
              ))}
              {list.data && list.data.items.length === 0 && (
                <TableRow>
                  <TableCell colSpan={7}>{messages.empty}</TableCell>
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
