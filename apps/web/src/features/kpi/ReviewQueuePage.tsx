import Alert from '@mui/material/Alert';
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
import { Link as RouterLink, useLocation } from 'react-router';
import { Pager } from '../../components/Pager';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatJalaliDate, formatPeriod, toPersianDigits } from '../../lib/format';
import { useReviewQueue } from './api';
import { messages } from './messages';
import { useListParams } from '../../lib/useListParams';

export default function ReviewQueuePage() {
  const { page, pageSize, pager } = useListParams();
  const location = useLocation();
  const done = (location.state as { done?: string } | null)?.done;
  const queue = useReviewQueue(page, pageSize);
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box>
        <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
          {messages.queueTitle}
        </Typography>
        <Typography color="text.secondary">{messages.queueIntro}</Typography>
      </Box>
      {done && (
        <Alert severity="success" role="status">
          {done}
        </Alert>
      )}
      {queue.isError && <ApiErrorAlert error={queue.error} onReload={() => queue.refetch()} />}
      <Paper>
        {queue.isFetching && <LinearProgress aria-label={messages.queueTitle} />}
        <TableContainer>
          <Table aria-label={messages.queueTitle}>
            <TableHead>
              <TableRow>
                <TableCell>{messages.association}</TableCell>
                <TableCell>{messages.period}</TableCell>
                <TableCell>{messages.submittedAt}</TableCell>
                <TableCell>{messages.dueDate}</TableCell>
                <TableCell>{messages.revision}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {queue.data?.items.map((r) => (
                <TableRow key={r.id} hover>
                  <TableCell component="th" scope="row">
                    <Link
                      component={RouterLink}
                      to={`/kpi/review/${r.id}`}
                      aria-label={`${messages.review} ${r.associationNameFa} — ${formatPeriod(r.period)}`}
                    >
                      {r.associationNameFa}
                    </Link>
                  </TableCell>
                  <TableCell>{formatPeriod(r.period)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatJalaliDate(r.submittedAt)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatJalaliDate(r.dueDate)}</TableCell>
                  <TableCell>{toPersianDigits(r.revision)}</TableCell>
                </TableRow>
              ))}
              {queue.data && queue.data.items.length === 0 && (
                <TableRow>
                  <TableCell colSpan={5}>{messages.emptyQueue}</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
        <Pager total={queue.data?.total ?? 0} {...pager} />
      </Paper>
    </Box>
  );
}
