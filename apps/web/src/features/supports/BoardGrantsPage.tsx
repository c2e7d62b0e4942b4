import Box from '@mui/material/Box';
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
import { Link as RouterLink, useParams } from 'react-router';
import { Pager } from '../../components/Pager';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { isNotFound } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { formatJalaliDate } from '../../lib/format';
import { useLabels } from '../../lib/useLabels';
import { useAssociationSupports } from './api';
import { messages } from './messages';
import { grantAmount, StatusChip } from './parts';
import { useListParams } from '../../lib/useListParams';

/** Every grant of one association, with the decision and who made it (its board sees them all). */
export default function BoardGrantsPage() {
  const label = useLabels();
  const { id = '' } = useParams();
  const { page, pageSize, pager } = useListParams();
  const list = useAssociationSupports(id, page, pageSize);

  if (list.isPending) return <Loading />;
  if (list.isError)
    return isNotFound(list.error) ? (
      <NotFound />
    ) : (
      <ApiErrorAlert error={list.error} onReload={() => list.refetch()} />
    );
  const name = list.data.items[0]?.associationNameFa;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
        {name ? `${messages.boardTitle} — ${name}` : messages.boardTitle}
      </Typography>
      <Typography color="text.secondary">{messages.boardSubtitle}</Typography>
      <Paper>
        {list.isFetching && <LinearProgress aria-label={messages.boardTitle} />}
        <TableContainer>
          <Table aria-label={messages.boardTitle}>
            <TableHead>
              <TableRow>
                <TableCell>{messages.kind}</TableCell>
                <TableCell>{messages.phase}</TableCell>
                <TableCell>{messages.amountCol}</TableCell>
                <TableCell align="center">{messages.requestedAt}</TableCell>
                <TableCell>{messages.decision}</TableCell>
                <TableCell>{messages.decidedBy}</TableCell>
                <TableCell align="center">{messages.decidedAt}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {list.data.items.map((g) => (
                <TableRow key={g.id} hover>
                  <TableCell component="th" scope="row">
                    <Link component={RouterLink} to={`/supports/${g.id}`}>
                      {g.kindNameFa ?? messages.open}
                    </Link>
                  </TableCell>
                  <TableCell>{label('phase', g.phase)}</TableCell>
                  <TableCell>{grantAmount(g)}</TableCell>
                  <TableCell align="center">{formatJalaliDate(g.requestedAt)}</TableCell>
                  <TableCell>
                    <StatusChip status={g.status} />
                  </TableCell>
                  <TableCell>{g.decidedByName ?? '—'}</TableCell>
                  <TableCell align="center">{formatJalaliDate(g.decidedAt)}</TableCell>
                </TableRow>
              ))}
              {list.data.items.length === 0 && (
                <TableRow>
                  <TableCell colSpan={7}>{messages.empty}</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
        <Pager total={list.data.total} {...pager} />
      </Paper>
    </Box>
  );
}
