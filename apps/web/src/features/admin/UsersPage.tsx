import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
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
import { FieldForm } from '../../components/FieldForm';
import type { Draft } from '../../lib/fields';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AssociationPicker } from '../../components/AssociationPicker';
import { fieldError } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { formatJalaliDate, formatNumber } from '../../lib/format';
import { useLabels } from '../../lib/useLabels';
import { useListParams } from '../../lib/useListParams';
import { ROLES, USER_FIELDS, newUserFields } from './forms';
import {
  useAssociationName,
  useCreateUser,
  useUpdateUser,
  useUsers,
  type AssociationOption,
  type Role,
  type User,
} from './api';
import { messages } from './messages';
import { RowActions } from './RowActions';

type Schemas = components['schemas'];

/** What the password typed so far lacks, by the API's rules (the API also refuses common passwords). */
function passwordHint(password: string): string {
  if (!password) return messages.passwordRules;
  if (password.length < 10) return messages.passwordTooShort(formatNumber(password.length));
  if (new Set([...password.trim()]).size < 5) return messages.passwordTooPlain;
  return messages.passwordLooksFine;
}

/** The association of a board user, asked only while the role chosen is «هیئت مدیره تشکل». */
function BoardAssociation({
  draft,
  value,
  onChange,
  missing,
  error,
}: {
  draft: Draft;
  value: AssociationOption | null;
  onChange: (v: AssociationOption | null) => void;
  missing: boolean;
  error: unknown;
}) {
  if (draft.role !== 'board') return null;
  return (
    <AssociationPicker
      value={value}
      onChange={onChange}
      error={fieldError(error, 'associationId') ?? (missing ? messages.pickAssociation : undefined)}
      required
      helperText={messages.associationHint}
      texts={messages}
    />
  );
}

function NewUserForm({ onDone }: { onDone: (user: User) => void }) {
  const [association, setAssociation] = useState<AssociationOption | null>(null);
  const [missingAssociation, setMissingAssociation] = useState(false);
  const create = useCreateUser();
  return (
    <FieldForm
      title={messages.newUser}
      fields={newUserFields(passwordHint)}
      initial={{ role: 'staff' }}
      saving={create.isPending}
      error={create.error}
      submitLabel={messages.create}
      savingLabel={messages.creating}
      check={(draft) => {
        setMissingAssociation(draft.role === 'board' && !association);
        return !(draft.role === 'board' && !association);
      }}
      onSubmit={(body) =>
        create.mutate(
          {
            ...(body as Schemas['CreateUserDto']),
            associationId: body.role === 'board' ? association?.id : undefined,
          },
          { onSuccess: onDone },
        )
      }
    >
      {(draft) => (
        <BoardAssociation
          draft={draft}
          value={association}
          onChange={(v) => {
            setAssociation(v);
            setMissingAssociation(false);
          }}
          missing={missingAssociation}
          error={create.error}
        />
      )}
    </FieldForm>
  );
}

function AssociationCell({ id }: { id: string | null }) {
  const name = useAssociationName(id);
  if (!id) return <>{messages.notBoard}</>;
  return <>{name.data?.nameFa ?? '…'}</>;
}

function EditUserDialog({ user, onClose }: { user: User; onClose: (done?: string) => void }) {
  const current = useAssociationName(user.associationId);
  const [association, setAssociation] = useState<AssociationOption | null>(null);
  const [missingAssociation, setMissingAssociation] = useState(false);
  const update = useUpdateUser();
  const picked = association ?? (user.associationId && current.data ? current.data : null);
  return (
    <FieldForm
      title={messages.editUser(user.fullName)}
      fields={USER_FIELDS}
      data={user}
      saving={update.isPending}
      error={update.error}
      onClose={() => onClose()}
      onReload={() => onClose()}
      check={(draft) => {
        setMissingAssociation(draft.role === 'board' && !picked);
        return !(draft.role === 'board' && !picked);
      }}
      onSubmit={(body) =>
        update.mutate(
          {
            id: user.id,
            body: {
              ...(body as Schemas['UpdateUserDto']),
              // A user who leaves the board role loses the association on the server's side.
              associationId:
                (body.role ?? user.role) === 'board' && picked?.id !== user.associationId
                  ? picked?.id
                  : undefined,
            },
          },
          { onSuccess: () => onClose(messages.saved) },
        )
      }
    >
      {(draft) => (
        <BoardAssociation
          draft={draft}
          value={picked}
          onChange={(v) => {
            setAssociation(v);
            setMissingAssociation(false);
          }}
          missing={missingAssociation}
          error={update.error}
        />
      )}
    </FieldForm>
  );
}

export default function UsersPage() {
  const label = useLabels();
  const { get, page, pageSize, setFilter, pager } = useListParams();
  const role = (ROLES as readonly string[]).includes(get('role')) ? (get('role') as Role) : undefined;
  const users = useUsers({ role, page, pageSize });
  const activation = useUpdateUser();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const toggle = (u: User) => {
    setNotice(null);
    activation.mutate(
      { id: u.id, body: { version: u.version, active: !u.active } },
      {
        onSuccess: (after) =>
          setNotice(
            after.active ? messages.reactivated(after.fullName) : messages.deactivated(after.fullName),
          ),
      },
    );
  };

  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
        {messages.usersTitle}
      </Typography>
      <Typography>{messages.usersIntro}</Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField
          select
          label={messages.roleFilter}
          value={role ?? ''}
          onChange={(e) => setFilter({ role: e.target.value })}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">{messages.allRoles}</MenuItem>
          {ROLES.map((r) => (
            <MenuItem key={r} value={r}>
              {label('role', r)}
            </MenuItem>
          ))}
        </TextField>
        {!adding && (
          <Button variant="contained" onClick={() => setAdding(true)}>
            {messages.newUser}
          </Button>
        )}
      </Box>
      {adding && (
        <NewUserForm
          onDone={(u) => {
            setAdding(false);
            setNotice(messages.created(u.fullName));
          }}
        />
      )}
      {notice && (
        <Alert severity="success" role="status">
          {notice}
        </Alert>
      )}
      <ApiErrorAlert error={activation.error} onReload={() => activation.reset()} />
      {users.isPending ? (
        <Loading />
      ) : users.isError ? (
        <ApiErrorAlert error={users.error} onReload={() => users.refetch()} />
      ) : (
        <Paper>
          {/* The rows of the previous filter or page stay while the next arrive: say so. */}
          {users.isFetching && <LinearProgress aria-label={messages.usersTitle} />}
          <TableContainer>
            <Table size="small" aria-label={messages.usersTitle} aria-busy={users.isPlaceholderData}>
              <TableHead>
                <TableRow>
                  <TableCell>{messages.fullName}</TableCell>
                  <TableCell>{messages.email}</TableCell>
                  <TableCell>{messages.role}</TableCell>
                  <TableCell>{messages.association}</TableCell>
                  <TableCell>{messages.status}</TableCell>
                  <TableCell>{messages.createdAt}</TableCell>
                  <TableCell>{messages.actions}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {users.data.items.length === 0 && !users.isPlaceholderData && (
                  <TableRow>
                    <TableCell colSpan={7}>{messages.noUsers}</TableCell>
                  </TableRow>
                )}
                {users.data.items.map((u) => (
                  <TableRow key={u.id}>
                    <TableCell>{u.fullName}</TableCell>
                    <TableCell dir="ltr" sx={{ textAlign: 'end' }}>
                      {u.email}
                    </TableCell>
                    <TableCell>{label('role', u.role)}</TableCell>
                    <TableCell>
                      <AssociationCell id={u.associationId} />
                    </TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        variant="outlined"
                        color={u.active ? 'success' : 'default'}
                        label={u.active ? messages.active : messages.inactive}
                        sx={{ color: 'text.primary', borderWidth: 2 }}
                      />
                    </TableCell>
                    <TableCell>{formatJalaliDate(u.createdAt)}</TableCell>
                    <RowActions
                      name={u.fullName}
                      active={u.active}
                      onEdit={() => setEditing(u)}
                      onToggle={() => toggle(u)}
                      busy={activation.isPending}
                    />
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <Pager total={users.data.total} {...pager} />
        </Paper>
      )}
      {editing && (
        <EditUserDialog
          user={editing}
          onClose={(done) => {
            setEditing(null);
            if (done) setNotice(done);
            else void users.refetch();
          }}
        />
      )}
    </Box>
  );
}
