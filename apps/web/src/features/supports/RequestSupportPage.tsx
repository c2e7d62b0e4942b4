import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import ListSubheader from '@mui/material/ListSubheader';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AssociationPicker, type AssociationOption } from '../../components/AssociationPicker';
import { fieldError } from '../../components/errors';
import { formatRials, parseRialsInput, toLatinDigits } from '../../lib/format';
import { useLabels } from '../../lib/useLabels';
import { usePhaseOffers, useRequestSupport, useSupportKinds } from './api';
import { outsidePhase, requestBody, type KindCarries } from './logic';
import { messages } from './messages';

const FORM_FIELDS = [
  'associationId',
  'kindCode',
  'amountRials',
  'hours',
  'participants',
  'justification',
  'overrideReason',
];

function integerOf(text: string): number | null {
  const latin = toLatinDigits(text).trim();
  return /^\d+$/.test(latin) ? Number(latin) : null;
}

export default function RequestSupportPage() {
  const label = useLabels();
  const navigate = useNavigate();
  const [association, setAssociation] = useState<AssociationOption | null>(null);
  const [kindCode, setKindCode] = useState('');
  const [amount, setAmount] = useState('');
  const [hours, setHours] = useState('');
  const [participants, setParticipants] = useState('');
  const [justification, setJustification] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [missingOverride, setMissingOverride] = useState(false);
  const [missingAssociation, setMissingAssociation] = useState(false);
  const lifecycle = usePhaseOffers(association?.id ?? null);
  const offers = lifecycle.data?.supports ?? [];
  const kinds = useSupportKinds();
  // Kinds the phase does not offer stay requestable with a reason (the API asks for overrideReason).
  const others = (kinds.data ?? []).filter((k) => outsidePhase(k.code, offers));
  const outside = !!lifecycle.data && outsidePhase(kindCode, offers);
  const carries = ([...offers, ...others].find((k) => k.code === kindCode)?.carries ??
    null) as KindCarries | null;
  const request = useRequestSupport();
  const err = request.error;
  // Also when the API says so (the phase moved since the offers were read).
  const askOverride = outside || !!fieldError(err, 'overrideReason');
  const shownAmount = parseRialsInput(amount);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!association) {
      setMissingAssociation(true);
      return;
    }
    if (askOverride && overrideReason.trim().length < 5) {
      setMissingOverride(true);
      return;
    }
    setMissingOverride(false);
    const body = requestBody(
      {
        kindCode,
        carries,
        amount,
        hours,
        participants,
        justification,
        overrideReason: askOverride ? overrideReason : undefined,
      },
      { rials: parseRialsInput, integer: integerOf },
    );
    request.mutate(
      { associationId: association.id, body },
      { onSuccess: (grant) => navigate(`/supports/${grant.id}`) },
    );
  };
  const generalError =
    err && !(err instanceof ApiError && err.field && FORM_FIELDS.some((f) => fieldError(err, f)));

  return (
    <Box sx={{ display: 'grid', gap: 2, maxWidth: 720, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
        {messages.newTitle}
      </Typography>
      <Paper component="form" noValidate onSubmit={submit} sx={{ p: 2.5, display: 'grid', gap: 2 }}>
        <AssociationPicker
          value={association}
          required
          onChange={(v) => {
            setAssociation(v);
            setKindCode('');
            setMissingAssociation(false);
          }}
          error={missingAssociation ? messages.kindPickAssociation : undefined}
          helperText={messages.associationHint}
          texts={messages}
          sx={{ flex: '2 1 260px' }}
        />
        <TextField
          select
          required
          label={messages.kind}
          value={kindCode}
          onChange={(e) => setKindCode(e.target.value)}
          disabled={!association || lifecycle.isPending}
          error={!!fieldError(err, 'kindCode')}
          helperText={
            fieldError(err, 'kindCode') ??
            (lifecycle.data
              ? messages.kindHint(label('phase', lifecycle.data.phase))
              : messages.kindPickAssociation)
          }
        >
          {offers.map((k) => (
            <MenuItem key={k.code} value={k.code}>
              {k.nameFa}
            </MenuItem>
          ))}
          {others.length > 0 && <ListSubheader>{messages.outsidePhaseGroup}</ListSubheader>}
          {others.map((k) => (
            <MenuItem key={k.code} value={k.code}>
              {k.nameFa}
            </MenuItem>
          ))}
        </TextField>
        {askOverride && lifecycle.data && (
          <>
            <Alert severity="warning" role="status">
              {messages.outsidePhase(label('phase', lifecycle.data.phase))}
            </Alert>
            <TextField
              required
              multiline
              minRows={2}
              label={messages.overrideReasonField}
              value={overrideReason}
              onChange={(e) => setOverrideReason(e.target.value)}
              error={missingOverride || !!fieldError(err, 'overrideReason')}
              helperText={
                fieldError(err, 'overrideReason') ??
                (missingOverride ? messages.overrideNeeded : messages.overrideReasonHint)
              }
            />
          </>
        )}
        {lifecycle.isError && <ApiErrorAlert error={lifecycle.error} onReload={() => lifecycle.refetch()} />}
        {carries === 'hours' ? (
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <TextField
              required
              label={messages.hours}
              value={hours}
              onChange={(e) => setHours(e.target.value)}
              inputMode="numeric"
              error={!!fieldError(err, 'hours')}
              helperText={fieldError(err, 'hours')}
              sx={{ flex: '1 1 160px' }}
            />
            <TextField
              required
              label={messages.participants}
              value={participants}
              onChange={(e) => setParticipants(e.target.value)}
              inputMode="numeric"
              error={!!fieldError(err, 'participants')}
              helperText={fieldError(err, 'participants')}
              sx={{ flex: '1 1 160px' }}
            />
          </Box>
        ) : (
          <TextField
            required={carries === 'rials'}
            label={messages.amount}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            inputMode="numeric"
            error={!!fieldError(err, 'amountRials')}
            helperText={
              fieldError(err, 'amountRials') ??
              (shownAmount ? messages.amountShown(formatRials(shownAmount)) : messages.amountHint)
            }
          />
        )}
        <TextField
          required
          multiline
          minRows={3}
          label={messages.justification}
          value={justification}
          onChange={(e) => setJustification(e.target.value)}
          error={!!fieldError(err, 'justification')}
          helperText={fieldError(err, 'justification')}
        />
        {generalError && <ApiErrorAlert error={err} />}
        {request.isPending && <Alert severity="info">{messages.submitting}</Alert>}
        <Box>
          <Button
            type="submit"
            variant="contained"
            disabled={request.isPending}
            startIcon={request.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
          >
            {request.isPending ? messages.submitting : messages.submit}
          </Button>
        </Box>
      </Paper>
    </Box>
  );
}
