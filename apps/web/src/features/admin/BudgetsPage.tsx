import Box from '@mui/material/Box';
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
import { useState } from 'react';
import type { components } from '../../api/schema';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { FieldForm } from '../../components/FieldForm';
import { Loading } from '../../components/Loading';
import { formatNumber, formatRials, jalaliYearOf, toPersianDigits } from '../../lib/format';
import { useLabels } from '../../lib/useLabels';
import { useBudgets, useCreateBudget, useSupportKinds, type Budget } from './api';
import { messages } from './messages';
import { budgetFields } from './forms';

type Schemas = components['schemas'];

function inUnit(value: string, unit: Budget['unit']): string {
  return unit === 'hours' ? messages.hoursOf(formatNumber(Number(value))) : formatRials(value);
}

function NewBudgetForm({ fiscalYear }: { fiscalYear: number }) {
  const kinds = useSupportKinds();
  const create = useCreateBudget();
  const fields = budgetFields(
    (kinds.data ?? []).filter((k) => k.active).map((k) => ({ value: k.code, label: k.nameFa })),
    (code) => kinds.data?.find((k) => k.code === code)?.carries === 'hours',
  );
  return (
    <FieldForm
      title={`${messages.newBudget} — ${messages.fiscalYear} ${toPersianDigits(fiscalYear)}`}
      fields={fields}
      clearOnSave
      saving={create.isPending}
      error={create.error}
      submitLabel={messages.setBudget}
      savedMessage={messages.budgetSaved}
      onSubmit={(body, done) =>
        create.mutate({ ...body, fiscalYear } as Schemas['CreateBudgetDto'], { onSuccess: done })
      }
    />
  );
}

export default function BudgetsPage() {
  const label = useLabels();
  const thisYear = jalaliYearOf();
  const [fiscalYear, setFiscalYear] = useState(thisYear);
  const budgets = useBudgets(fiscalYear);
  const years = [thisYear - 2, thisYear - 1, thisYear, thisYear + 1];
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
        {messages.budgetsTitle}
      </Typography>
      <Typography>{messages.budgetsIntro}</Typography>
      <TextField
        select
        label={messages.fiscalYear}
        value={fiscalYear}
        onChange={(e) => setFiscalYear(Number(e.target.value))}
        sx={{ maxWidth: 200 }}
      >
        {years.map((y) => (
          <MenuItem key={y} value={y}>
            {toPersianDigits(y)}
          </MenuItem>
        ))}
      </TextField>
      {/* Another year's figures must not show under this year's label while this year's load. */}
      {budgets.isPending || budgets.isPlaceholderData ? (
        <Loading />
      ) : budgets.isError ? (
        <ApiErrorAlert error={budgets.error} onReload={() => budgets.refetch()} />
      ) : (
        <Paper>
          <TableContainer>
            <Table size="small" aria-label={`${messages.budgetsTitle} ${toPersianDigits(fiscalYear)}`}>
              <TableHead>
                <TableRow>
                  <TableCell>{messages.kind}</TableCell>
                  <TableCell>{messages.total}</TableCell>
                  <TableCell>{messages.reserved}</TableCell>
                  <TableCell>{messages.spent}</TableCell>
                  <TableCell>{messages.available}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {budgets.data.items.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={5}>{messages.noBudgets(toPersianDigits(fiscalYear))}</TableCell>
                  </TableRow>
                )}
                {budgets.data.items.map((b) => (
                  <TableRow key={b.id}>
                    <TableCell>{b.kindNameFa ?? label('supportKind', b.kindCode)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{inUnit(b.total, b.unit)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{inUnit(b.reserved, b.unit)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{inUnit(b.spent, b.unit)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{inUnit(b.available, b.unit)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </Paper>
      )}
      <NewBudgetForm key={fiscalYear} fiscalYear={fiscalYear} />
    </Box>
  );
}
