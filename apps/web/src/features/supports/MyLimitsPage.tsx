import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
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
import { useState, type FormEvent } from 'react';
import { AmountField, formatAmount } from '../../components/AmountField';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { fieldError } from '../../components/errors';
import { JalaliDateField } from '../../components/JalaliDateField';
import { Loading } from '../../components/Loading';
import { Section } from '../../components/Section';
import { formatJalaliDate, parseRialsInput, toPersianDigits } from '../../lib/format';
import { useLabels } from '../../lib/useLabels';
import { useDelegateLimit, useMyLimits, type OwnLimits } from './api';
import { messages } from './messages';

const t = messages.limits;
const FIELDS = ['userId', 'kindCode', 'perGrant', 'yearly', 'validUntil'];

function unitOf(carries: string | undefined): 'rials' | 'hours' {
  return carries === 'hours' ? 'hours' : 'rials';
}

/**
 * Delegation (تفویض اختیار) within the approver's own limit. The API's refusal of an amount or a
 * period beyond theirs (`supports.delegation_over_own_limit`) names the field, so it shows beside it.
 */
function DelegateForm({ view }: { view: OwnLimits }) {
  const label = useLabels();
  const delegate = useDelegateLimit();
  const [userId, setUserId] = useState('');
  const [kindCode, setKindCode] = useState(view.limits[0]?.kindCode ?? '');
  const own = view.limits.find((l) => l.kindCode === kindCode);
  const [perGrant, setPerGrant] = useState('');
  const [yearly, setYearly] = useState('');
  const [validUntil, setValidUntil] = useState<string | null>(own?.validUntilJalali ?? null);
  const [saved, setSaved] = useState<string | null>(null);
  const err = delegate.error;
  const unit = unitOf(own?.carries);
  const unitText = unit === 'hours' ? t.unitHours : t.unitRials;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const to = view.delegates.find((d) => d.id === userId)?.fullName ?? '';
    delegate.mutate(
      {
        userId,
        kindCode,
        // An unreadable figure goes as typed, so the API names the field in Persian.
        perGrant: parseRialsInput(perGrant) ?? perGrant,
        yearly: parseRialsInput(yearly) ?? yearly,
        validUntil: validUntil ?? '',
      },
      {
        onSuccess: () => {
          setSaved(t.saved(to));
          setPerGrant('');
          setYearly('');
        },
      },
    );
  };
  const general = err && !FIELDS.some((f) => fieldError(err, f));
  return (
    <Paper
      component="form"
      noValidate
      onSubmit={submit}
      aria-labelledby="delegate-title"
      sx={{ p: 2.5, display: 'grid', gap: 2 }}
    >
      <Typography variant="h6" component="h2" id="delegate-title">
        {t.delegateTitle}
      </Typography>
      <Typography color="text.secondary">{t.delegateHint}</Typography>
      {view.delegates.length === 0 && <Alert severity="info">{t.noDelegates}</Alert>}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        <TextField
          select
          required
          label={t.to}
          value={userId}
          onChange={(e) => setUserId(e.target.value)}
          error={!!fieldError(err, 'userId')}
          helperText={fieldError(err, 'userId')}
        >
          {view.delegates.map((d) => (
            <MenuItem key={d.id} value={d.id}>
              {d.fullName}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          required
          label={messages.kind}
          value={kindCode}
          onChange={(e) => {
            setKindCode(e.target.value);
            setValidUntil(view.limits.find((l) => l.kindCode === e.target.value)?.validUntilJalali ?? null);
          }}
          error={!!fieldError(err, 'kindCode')}
          helperText={fieldError(err, 'kindCode')}
        >
          {view.limits.map((l) => (
            <MenuItem key={l.kindCode} value={l.kindCode}>
              {label('supportKind', l.kindCode)}
            </MenuItem>
          ))}
        </TextField>
        <AmountField
          label={`${messages.perGrant} (${unitText})`}
          value={perGrant}
          onChange={setPerGrant}
          unit={unit}
          error={fieldError(err, 'perGrant')}
        />
        <AmountField
          label={`${messages.yearly} (${unitText})`}
          value={yearly}
          onChange={setYearly}
          unit={unit}
          error={fieldError(err, 'yearly')}
        />
      </Box>
      <JalaliDateField
        label={messages.validUntil}
        name="validUntil"
        value={validUntil}
        onChange={setValidUntil}
        required
        error={fieldError(err, 'validUntil')}
      />
      {general && <ApiErrorAlert error={err} />}
      {saved && (
        <Alert severity="success" role="status">
          {saved}
        </Alert>
      )}
      <Box>
        <Button type="submit" variant="contained" disabled={delegate.isPending}>
          {delegate.isPending ? t.saving : t.submit}
        </Button>
      </Box>
    </Paper>
  );
}

/** The approver's own limits with this year's use, a delegation form, and the delegations made. */
export default function MyLimitsPage() {
  const label = useLabels();
  const mine = useMyLimits();
  if (mine.isPending) return <Loading />;
  if (mine.isError) return <ApiErrorAlert error={mine.error} onReload={() => mine.refetch()} />;
  const view = mine.data;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
        {t.title}
      </Typography>
      <Typography>{t.intro}</Typography>
      <Section id="own-limits" title={t.own(toPersianDigits(view.fiscalYear))}>
        {view.limits.length === 0 ? (
          <Alert severity="info">{t.none}</Alert>
        ) : (
          <TableContainer>
            <Table size="small" aria-labelledby="own-limits">
              <TableHead>
                <TableRow>
                  <TableCell>{messages.kind}</TableCell>
                  <TableCell>{messages.perGrant}</TableCell>
                  <TableCell>{messages.yearly}</TableCell>
                  <TableCell>{messages.yearlyUsed}</TableCell>
                  <TableCell>{messages.yearlyLeft}</TableCell>
                  <TableCell>{messages.validUntil}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {view.limits.map((l) => {
                  const unit = unitOf(l.carries);
                  return (
                    <TableRow key={l.id} data-kind={l.kindCode}>
                      <TableCell component="th" scope="row">
                        {label('supportKind', l.kindCode)}
                      </TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatAmount(l.perGrant, unit)}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatAmount(l.yearly, unit)}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        {formatAmount(l.usedThisYear, unit)}
                      </TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatAmount(l.yearlyLeft, unit)}</TableCell>
                      <TableCell>{formatJalaliDate(l.validUntil)}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Section>
      {view.limits.length > 0 && <DelegateForm view={view} />}
      <Section id="delegated-limits" title={t.delegatedTitle}>
        {view.delegated.length === 0 ? (
          <Typography color="text.secondary">{t.noneDelegated}</Typography>
        ) : (
          <TableContainer>
            <Table size="small" aria-labelledby="delegated-limits">
              <TableHead>
                <TableRow>
                  <TableCell>{t.to}</TableCell>
                  <TableCell>{messages.kind}</TableCell>
                  <TableCell>{messages.perGrant}</TableCell>
                  <TableCell>{messages.yearly}</TableCell>
                  <TableCell>{t.validFrom}</TableCell>
                  <TableCell>{messages.validUntil}</TableCell>
                  <TableCell>{t.state}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {view.delegated.map((l) => {
                  const unit = unitOf(l.carries);
                  return (
                    <TableRow key={l.id}>
                      <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                        {l.userName}
                      </TableCell>
                      <TableCell>{label('supportKind', l.kindCode)}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatAmount(l.perGrant, unit)}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatAmount(l.yearly, unit)}</TableCell>
                      <TableCell>{formatJalaliDate(l.validFrom)}</TableCell>
                      <TableCell>{formatJalaliDate(l.validUntil)}</TableCell>
                      <TableCell>{l.active ? t.inForce : t.notInForce}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Section>
    </Box>
  );
}
