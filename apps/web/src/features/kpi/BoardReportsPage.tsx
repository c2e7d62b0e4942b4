import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { fieldError } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { Section } from '../../components/Section';
import { formatJalaliDate, formatPeriod, toPersianDigits } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useAssociationReports, useCreateReport } from './api';
import { openPeriods } from './logic';
import { messages } from './messages';
import { StatusChip } from './StatusChip';

function NewReport({ associationId, existing }: { associationId: string; existing: string[] }) {
  const periods = useMemo(() => openPeriods(new Date(), existing), [existing]);
  const [period, setPeriod] = useState('');
  const create = useCreateReport(associationId);
  const navigate = useNavigate();
  const chosen = period || periods[0] || '';
  const periodError = fieldError(create.error, 'period');
  return (
    <Section id="new-report" title={messages.newReport}>
      {periods.length === 0 ? (
        <Typography color="text.secondary">{messages.noOpenPeriod}</Typography>
      ) : (
        <Box
          component="form"
          sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate(chosen, { onSuccess: (r) => navigate(`/my/reports/${r.id}`) });
          }}
        >
          <TextField
            select
            id="new-report-period"
            label={messages.newReportPeriod}
            value={chosen}
            onChange={(e) => setPeriod(e.target.value)}
            helperText={periodError ?? messages.newReportHint}
            error={!!periodError}
            sx={{ minWidth: 220 }}
          >
            {periods.map((p) => (
              <MenuItem key={p} value={p}>
                {formatPeriod(p)}
              </MenuItem>
            ))}
          </TextField>
          <Button type="submit" variant="contained" disabled={create.isPending} sx={{ mt: 1 }}>
            {create.isPending ? messages.creating : messages.createDraft}
          </Button>
        </Box>
      )}
      {create.isError && !periodError && <ApiErrorAlert error={create.error} />}
    </Section>
  );
}

export default function BoardReportsPage() {
  const session = useSession();
  const associationId = session?.user.associationId ?? '';
  const reports = useAssociationReports(associationId);
  if (!associationId) return <NotFound />;
  if (reports.isPending) return <Loading />;
  if (reports.isError) return <ApiErrorAlert error={reports.error} onReload={() => reports.refetch()} />;
  const items = reports.data.items;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box>
        <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
          {messages.reportsTitle}
        </Typography>
        <Typography color="text.secondary">{messages.reportsIntro}</Typography>
      </Box>
      <NewReport associationId={associationId} existing={items.map((r) => r.period)} />
      <Section id="reports" title={messages.reportsTitle}>
        {items.length === 0 ? (
          <Typography color="text.secondary">{messages.noReports}</Typography>
        ) : (
          <TableContainer>
            <Table size="small" aria-labelledby="reports">
              <TableHead>
                <TableRow>
                  <TableCell>{messages.period}</TableCell>
                  <TableCell>{messages.status}</TableCell>
                  <TableCell>{messages.dueDate}</TableCell>
                  <TableCell>{messages.submittedAt}</TableCell>
                  <TableCell>{messages.revision}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {items.map((r) => (
                  <TableRow key={r.id} hover data-testid={`report-row-${r.period}`}>
                    <TableCell component="th" scope="row">
                      <Link component={RouterLink} to={`/my/reports/${r.id}`}>
                        {formatPeriod(r.period)}
                      </Link>
                    </TableCell>
                    <TableCell>
                      <StatusChip status={r.status} />
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatJalaliDate(r.dueDate)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatJalaliDate(r.submittedAt)}</TableCell>
                    <TableCell>
                      {r.revision > 1 ? (
                        <Chip size="small" variant="outlined" label={toPersianDigits(r.revision)} />
                      ) : (
                        toPersianDigits(r.revision)
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Section>
    </Box>
  );
}
