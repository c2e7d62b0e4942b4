import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { components } from '../../api/schema';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { FieldForm } from '../../components/FieldForm';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { formatJalaliDate, formatNumber, formatRials, jalaliYearOf } from '../../lib/format';
import { useLabels } from '../../lib/useLabels';
import {
  useApprovalLimits,
  useCreateApprovalLimit,
  useSupportKinds,
  useUsers,
  type SupportKind,
} from './api';
import { messages } from './messages';
import { limitFields } from './forms';

type Schemas = components['schemas'];

function unitOf(kind: Pick<SupportKind, 'carries'> | undefined): 'rials' | 'hours' {
  return kind?.carries === 'hours' ? 'hours' : 'rials';
}

function amountOf(value: string, unit: 'rials' | 'hours'): string {
  return unit === 'hours' ? messages.hoursOf(formatNumber(Number(value))) : formatRials(value);
}

function NewLimitForm() {
  const approvers = useUsers({ role: 'approver', page: 1, pageSize: 100 });
  const kinds = useSupportKinds();
  const create = useCreateApprovalLimit();
  const noApprovers = approvers.data && approvers.data.items.length === 0;
  const fields = limitFields(
    (approvers.data?.items ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.fullName })),
    (kinds.data ?? []).filter((k) => k.active).map((k) => ({ value: k.code, label: k.nameFa })),
    (code) => unitOf(kinds.data?.find((k) => k.code === code)),
  );
  return (
    <FieldForm
      title={messages.newLimit}
      intro={noApprovers && <Alert severity="info">{messages.noApprovers}</Alert>}
      fields={fields}
      // Until the end of this fiscal year (Farvardin 1st of the next).
      initial={{ validUntil: `${jalaliYearOf() + 1}/01/01` }}
      clearOnSave
      saving={create.isPending}
      error={create.error}
      submitLabel={messages.grantLimit}
      savedMessage={messages.limitSaved}
      onSubmit={(body, done) => create.mutate(body as Schemas['CreateApprovalLimitDto'], { onSuccess: done })}
    />
  );
}

export default function ApprovalLimitsPage() {
  const label = useLabels();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const limits = useApprovalLimits({ page, pageSize });
  const users = useUsers({ role: 'approver', page: 1, pageSize: 100 });
  const kinds = useSupportKinds();
  const nameOf = (id: string) => users.data?.items.find((u) => u.id === id)?.fullName ?? '…';
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
        {messages.limitsTitle}
      </Typography>
      <Typography>{messages.limitsIntro}</Typography>
      <NewLimitForm />
      {/* The unit of each limit (Rials or hours) is its kind's: wait for the kinds too. */}
      {limits.isPending || kinds.isPending ? (
        <Loading />
      ) : limits.isError ? (
        <ApiErrorAlert error={limits.error} onReload={() => limits.refetch()} />
      ) : (
        <Paper>
          <TableContainer>
            <Table size="small" aria-label={messages.limitsTitle}>
              <TableHead>
                <TableRow>
                  <TableCell>{messages.approver}</TableCell>
                  <TableCell>{messages.kind}</TableCell>
                  <TableCell>{messages.perGrant}</TableCell>
                  <TableCell>{messages.yearly}</TableCell>
                  <TableCell>{messages.validFrom}</TableCell>
                  <TableCell>{messages.validUntil}</TableCell>
                  <TableCell>{messages.status}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {limits.data.items.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={7}>{messages.noLimits}</TableCell>
                  </TableRow>
                )}
                {limits.data.items.map((l) => {
                  const unit = unitOf(kinds.data?.find((k) => k.code === l.kindCode));
                  return (
                    <TableRow key={l.id}>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{nameOf(l.userId)}</TableCell>
                      <TableCell>{label('supportKind', l.kindCode)}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{amountOf(l.perGrant, unit)}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{amountOf(l.yearly, unit)}</TableCell>
                      <TableCell>{formatJalaliDate(l.validFrom)}</TableCell>
                      <TableCell>{formatJalaliDate(l.validUntil)}</TableCell>
                      <TableCell>{l.active ? messages.inForce : messages.notInForce}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableContainer>
          <Pager
            total={limits.data.total}
            page={page}
            pageSize={pageSize}
            onPage={setPage}
            onPageSize={(s) => {
              setPageSize(s);
              setPage(1);
            }}
          />
        </Paper>
      )}
    </Box>
  );
}
