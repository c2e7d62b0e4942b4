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
import { formatJalaliDateTime } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useLabels } from '../../lib/useLabels';
import { useAuditedAssociation, useAuditTrail, type AuditEntry } from './api';
import { ACTION_LABELS, ENTITY_LABELS, messages } from './messages';
import { useListParams } from '../../lib/useListParams';

/** One association's audit trail: who did what and when, newest first, paginated (state in the URL). */
export default function AuditPage() {
  const { id = '' } = useParams();
  const { page, pageSize, pager } = useListParams();
  const association = useAuditedAssociation(id);
  const trail = useAuditTrail(id, page, pageSize);
  const label = useLabels();
  const me = useSession()?.user.id;

  if (association.isPending) return <Loading />;
  if (association.isError || trail.isError) {
    const error = association.error ?? trail.error;
    return isNotFound(error) ? (
      <NotFound />
    ) : (
      <ApiErrorAlert error={error} onReload={() => (association.refetch(), trail.refetch())} />
    );
  }
  const who = (e: AuditEntry) => {
    if (!e.actorId) return messages.system;
    const role = label('role', e.actorRole);
    if (e.actorId === me) return `${messages.you} (${role})`;
    return e.actorName ? `${e.actorName} (${role})` : role;
  };
  const what = (e: AuditEntry) =>
    ACTION_LABELS[e.action] ?? `${messages.otherAction} ${ENTITY_LABELS[e.entity] ?? ''}`.trim();

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box>
        <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
          {messages.title(association.data.nameFa)}
        </Typography>
        <Typography color="text.secondary">{messages.intro}</Typography>
      </Box>
      <Paper>
        {trail.isFetching && <LinearProgress aria-label={messages.title(association.data.nameFa)} />}
        <TableContainer>
          <Table aria-label={messages.title(association.data.nameFa)}>
            <TableHead>
              <TableRow>
                <TableCell>{messages.when}</TableCell>
                <TableCell>{messages.who}</TableCell>
                <TableCell>{messages.what}</TableCell>
                <TableCell>{messages.subject}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {trail.data?.items.map((e) => (
                <TableRow key={e.id} data-testid="audit-entry">
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <time dateTime={e.occurredAt}>{formatJalaliDateTime(e.occurredAt)}</time>
                  </TableCell>
                  <TableCell>{who(e)}</TableCell>
                  <TableCell component="th" scope="row">
                    {what(e)}
                  </TableCell>
                  <TableCell>{ENTITY_LABELS[e.entity] ?? messages.otherAction}</TableCell>
                </TableRow>
              ))}
              {trail.data && trail.data.items.length === 0 && (
                <TableRow>
                  <TableCell colSpan={4}>{messages.empty}</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
        <Pager total={trail.data?.total ?? 0} {...pager} />
      </Paper>
      <Link component={RouterLink} to={`/associations/${id}`}>
        {messages.backToRoadmap}
      </Link>
    </Box>
  );
}
