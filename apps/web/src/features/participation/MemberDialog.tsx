import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { fieldError } from '../../components/errors';
import { toPersianDigits } from '../../lib/format';
import { useCreateMember, useUpdateMember, type CreateMember, type Member, type UpdateMember } from './api';
import { isoToJalali, jalaliToIso } from './dates';
import { DUES_FA, MEMBER_KIND_FA, messages } from './messages';

type Form = Record<
  'kind' | 'nameFa' | 'identifier' | 'trade' | 'phone' | 'email' | 'joinedOn' | 'leftOn' | 'duesStatus',
  string
>;

function initial(member: Member | null): Form {
  return {
    kind: member?.kind ?? 'firm',
    nameFa: member?.nameFa ?? '',
    identifier: member?.identifier ?? '',
    trade: member?.trade ?? '',
    phone: member?.phone ?? '',
    email: member?.email ?? '',
    joinedOn: toPersianDigits(isoToJalali(member?.joinedOn)),
    leftOn: toPersianDigits(isoToJalali(member?.leftOn)),
    duesStatus: member?.duesStatus ?? 'due',
  };
}

/** Adds a member (member = null) or changes one: name, contacts, the day they left, dues. */
export function MemberDialog({
  associationId,
  member,
  onClose,
}: {
  associationId: string;
  member: Member | null;
  onClose: (saved: boolean) => void;
}) {
  const create = useCreateMember(associationId);
  const update = useUpdateMember(associationId);
  const [form, setForm] = useState<Form>(() => initial(member));
  const [dateErrors, setDateErrors] = useState<Partial<Record<'joinedOn' | 'leftOn', string>>>({});
  const mutation = member ? update : create;
  const error = mutation.error;
  const set = (k: keyof Form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));
  const err = (k: keyof Form) =>
    (k === 'joinedOn' || k === 'leftOn' ? dateErrors[k] : undefined) ?? fieldError(error, k);
  const fieldNamed = error instanceof ApiError && !!error.field && error.field in form;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const joinedOn = member ? null : jalaliToIso(form.joinedOn);
    const leftOn = form.leftOn.trim() ? jalaliToIso(form.leftOn) : null;
    const bad: typeof dateErrors = {};
    if (!member && !joinedOn) bad.joinedOn = messages.badDate;
    if (form.leftOn.trim() && !leftOn) bad.leftOn = messages.badDate;
    setDateErrors(bad);
    if (Object.keys(bad).length) return;
    const optional = (v: string) => (v.trim() ? v.trim() : undefined);
    const done = { onSuccess: () => onClose(true) };
    if (member) {
      const body: UpdateMember = {
        version: member.version,
        nameFa: form.nameFa.trim(),
        trade: optional(form.trade),
        phone: optional(form.phone),
        email: optional(form.email),
        leftOn: leftOn as never,
        duesStatus: form.duesStatus as UpdateMember['duesStatus'],
      };
      update.mutate({ memberId: member.id, body }, done);
    } else {
      const body: CreateMember = {
        kind: form.kind as CreateMember['kind'],
        nameFa: form.nameFa.trim(),
        identifier: form.identifier.trim(),
        trade: optional(form.trade),
        phone: optional(form.phone),
        email: optional(form.email),
        joinedOn: joinedOn as string,
        ...(leftOn ? { leftOn: leftOn as never } : {}),
        duesStatus: form.duesStatus as CreateMember['duesStatus'],
      };
      create.mutate(body, done);
    }
  };

  const text = (
    k: keyof Form,
    label: string,
    extra: { helper?: string; ltr?: boolean; required?: boolean } = {},
  ) => (
    <TextField
      label={label}
      value={form[k]}
      onChange={set(k)}
      error={!!err(k)}
      helperText={err(k) ?? extra.helper}
      required={extra.required}
      fullWidth
      slotProps={extra.ltr ? { htmlInput: { dir: 'ltr' } } : undefined}
    />
  );

  return (
    <Dialog open onClose={() => onClose(false)} fullWidth maxWidth="sm" aria-labelledby="member-dialog-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="member-dialog-title">
          {member ? messages.editOf(member.nameFa) : messages.addMember}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {error && !fieldNamed && (
              <ApiErrorAlert error={error} onReload={member ? () => onClose(false) : undefined} />
            )}
            {!member && (
              <TextField select label={messages.kind} value={form.kind} onChange={set('kind')} fullWidth>
                {Object.entries(MEMBER_KIND_FA).map(([v, l]) => (
                  <MenuItem key={v} value={v}>
                    {l}
                  </MenuItem>
                ))}
              </TextField>
            )}
            {text('nameFa', messages.name, { required: true })}
            {!member && text('identifier', messages.identifier, { required: true, ltr: true })}
            {text('trade', messages.trade)}
            {text('phone', messages.phone, { ltr: true })}
            {text('email', messages.email, { ltr: true })}
            {!member && text('joinedOn', messages.joinedOn, { required: true, helper: messages.dateHint })}
            {text('leftOn', messages.leftOn, { helper: messages.leftOnHint })}
            <TextField
              select
              label={messages.duesStatus}
              value={form.duesStatus}
              onChange={set('duesStatus')}
              fullWidth
            >
              {Object.entries(DUES_FA).map(([v, l]) => (
                <MenuItem key={v} value={v}>
                  {l}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(false)}>{messages.cancel}</Button>
          <Button type="submit" variant="contained" disabled={mutation.isPending}>
            {mutation.isPending ? messages.saving : messages.save}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
