import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { isNotFound } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { Section } from '../../components/Section';
import { formatJalaliDate, formatNumber, formatRials } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useLabels } from '../../lib/useLabels';
import { useAgreeTargets, useAssociationName, usePutTargets, useTargets, type TargetRow } from './api';
import {
  codeOfTargetField,
  figureForInput,
  targetChanges,
  type TargetDraft,
  type TargetProblem,
} from './logic';
import { messages, targetMessages as t, UNIT_LABELS } from './messages';

/** A stored figure as people read it: Rials grouped, others in Persian digits. */
function shownFigure(value: string | null, unit: string): string {
  if (value === null) return '—';
  const [int, frac] = value.split('.');
  if (unit === 'rials' && !frac?.replace(/0+$/, '')) return formatRials(int);
  return figureForInput(value);
}

function problemText({ field, problem: p }: TargetProblem): string {
  if (field === 'weight' && p !== 'nan') return t.weightRange;
  if (p === 'nan') return messages.notANumber;
  if (p === 'negative') return messages.negative;
  if (p === 'percent') return messages.percentRange;
  return t.required;
}

function AgreementState({ row }: { row: TargetRow }) {
  if (row.source === 'public_policy') return <Chip size="small" variant="outlined" label={t.publicTarget} />;
  if (row.source === 'none') return <Chip size="small" variant="outlined" label={t.noTarget} />;
  if (row.agreedAt)
    return <Chip size="small" color="success" label={t.agreedOn(formatJalaliDate(row.agreedAt))} />;
  return <Chip size="small" color="secondary" label={t.waiting} />;
}

/** Baselines and targets per indicator: staff set them, the board agrees; the agreement gate shown. */
export default function TargetsPage() {
  const label = useLabels();
  const { id = '' } = useParams();
  const role = useSession()?.user.role;
  const canEdit = role === 'staff' || role === 'admin';
  const canAgree = role === 'board';
  const targets = useTargets(id);
  const name = useAssociationName(id);
  const put = usePutTargets(id);
  const agree = useAgreeTargets(id);
  const [drafts, setDrafts] = useState<Record<string, TargetDraft>>({});
  const [checked, setChecked] = useState(false);
  const [sent, setSent] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  if (targets.isPending) return <Loading />;
  if (targets.isError)
    return isNotFound(targets.error) ? (
      <NotFound />
    ) : (
      <ApiErrorAlert error={targets.error} onReload={() => targets.refetch()} />
    );
  const view = targets.data;
  const rows = view.items;
  const { inputs, problems } = targetChanges(rows, drafts);
  const refusedCode = put.error instanceof ApiError ? codeOfTargetField(put.error.field, sent) : null;
  const refusedField = put.error instanceof ApiError ? (put.error.field ?? '') : '';
  const pending = rows.filter((r) => r.source === 'association' && r.agreedAt === null).length;

  const stored = (row: TargetRow, field: keyof TargetDraft) =>
    figureForInput(field === 'weight' ? row.weightOverride : row[field]);
  const shown = (row: TargetRow, field: keyof TargetDraft) =>
    drafts[row.indicatorCode]?.[field] ?? stored(row, field);
  const edit = (row: TargetRow, field: keyof TargetDraft, value: string) => {
    setNotice(null);
    setDrafts((d) => ({
      ...d,
      [row.indicatorCode]: {
        ...(d[row.indicatorCode] ?? {
          baseline: shown(row, 'baseline'),
          target: shown(row, 'target'),
          weight: shown(row, 'weight'),
        }),
        [field]: value,
      },
    }));
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    setNotice(null);
    if (Object.keys(problems).length > 0) return;
    if (inputs.length === 0) {
      setNotice(t.nothingChanged);
      return;
    }
    setSent(inputs.map((i) => i.indicatorCode));
    put.mutate(inputs as never, {
      onSuccess: () => {
        setDrafts({});
        setChecked(false);
        setNotice(t.saved);
      },
    });
  };
  const reload = () => {
    setDrafts({});
    setChecked(false);
    put.reset();
    void targets.refetch();
  };
  const fieldProblem = (row: TargetRow, field: keyof TargetDraft): string | undefined => {
    const p = checked ? problems[row.indicatorCode] : undefined;
    if (p?.field === field) return problemText(p);
    if (refusedCode === row.indicatorCode && refusedField.endsWith(`.${field}`)) return put.error?.message;
    return undefined;
  };
  const apiErrorBesideField = refusedCode !== null && /\.(baseline|target|weight)$/.test(refusedField);

  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Box>
        <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
          {name.data ? t.titleOf(name.data) : t.title}
        </Typography>
        <Link component={RouterLink} to={`/associations/${id}`}>
          {t.roadmapLink}
        </Link>
      </Box>
      <Typography color="text.secondary">{t.intro}</Typography>
      <Section id="targets-agreement" title={t.agreementTitle}>
        <Alert severity={view.agreement.met ? 'success' : 'warning'} data-testid="agreement-state">
          {view.agreement.met
            ? t.agreementMet
            : t.agreementMissing(formatNumber(view.agreement.missing.length))}
        </Alert>
        {!view.agreement.met && view.agreement.missing.length > 0 && (
          <Box sx={{ mt: 1 }}>
            <Typography variant="subtitle2" component="h3">
              {t.missingList}
            </Typography>
            <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', mt: 0.5 }}>
              {view.agreement.missing.map((c) => (
                <Chip key={c} size="small" variant="outlined" label={label('indicator', c)} />
              ))}
            </Box>
          </Box>
        )}
        {pending > 0 && <Typography sx={{ mt: 1 }}>{t.pendingCount(formatNumber(pending))}</Typography>}
        {canAgree && (
          <Box sx={{ mt: 1, display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Button
              variant="contained"
              disabled={pending === 0 || agree.isPending}
              onClick={() => agree.mutate(undefined, { onSuccess: () => setNotice(t.agreed) })}
            >
              {agree.isPending ? t.agreeing : t.agree}
            </Button>
            {pending === 0 && <Typography color="text.secondary">{t.nothingToAgree}</Typography>}
          </Box>
        )}
        <ApiErrorAlert error={agree.error} onReload={() => targets.refetch()} />
      </Section>
      {notice && (
        <Alert severity={notice === t.nothingChanged ? 'info' : 'success'} role="status">
          {notice}
        </Alert>
      )}
      <Section id="targets-table" title={t.title} subtitle={canEdit ? t.editHint : undefined}>
        <Box component="form" onSubmit={save} noValidate aria-labelledby="targets-table">
          <TableContainer>
            <Table size="small" aria-labelledby="targets-table">
              <TableHead>
                <TableRow>
                  <TableCell>{t.indicator}</TableCell>
                  <TableCell>{t.unit}</TableCell>
                  <TableCell>{t.baseline}</TableCell>
                  <TableCell>{t.target}</TableCell>
                  <TableCell>{t.weight}</TableCell>
                  <TableCell>{t.state}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.indicatorCode} data-indicator={row.indicatorCode}>
                    <TableCell component="th" scope="row">
                      {row.nameFa}
                    </TableCell>
                    <TableCell>{UNIT_LABELS[row.unit] ?? '—'}</TableCell>
                    <TableCell>
                      {canEdit ? (
                        <TextField
                          size="small"
                          value={shown(row, 'baseline')}
                          onChange={(e) => edit(row, 'baseline', e.target.value)}
                          slotProps={{
                            htmlInput: { 'aria-label': t.baselineOf(row.nameFa), inputMode: 'decimal' },
                          }}
                          error={!!fieldProblem(row, 'baseline')}
                          helperText={fieldProblem(row, 'baseline')}
                          sx={{ minWidth: 110 }}
                        />
                      ) : (
                        shownFigure(row.baseline, row.unit)
                      )}
                    </TableCell>
                    <TableCell>
                      {canEdit && !row.publicPolicy ? (
                        <TextField
                          size="small"
                          value={shown(row, 'target')}
                          onChange={(e) => edit(row, 'target', e.target.value)}
                          slotProps={{
                            htmlInput: { 'aria-label': t.targetOf(row.nameFa), inputMode: 'decimal' },
                          }}
                          error={!!fieldProblem(row, 'target')}
                          helperText={fieldProblem(row, 'target')}
                          sx={{ minWidth: 110 }}
                        />
                      ) : (
                        shownFigure(row.target, row.unit)
                      )}
                    </TableCell>
                    <TableCell>
                      {canEdit ? (
                        <TextField
                          size="small"
                          value={shown(row, 'weight')}
                          placeholder={figureForInput(row.weight)}
                          onChange={(e) => edit(row, 'weight', e.target.value)}
                          slotProps={{
                            htmlInput: { 'aria-label': t.weightOf(row.nameFa), inputMode: 'decimal' },
                          }}
                          error={!!fieldProblem(row, 'weight')}
                          helperText={
                            fieldProblem(row, 'weight') ??
                            (row.weightOverride === null
                              ? t.weightDefault(figureForInput(row.weight))
                              : undefined)
                          }
                          sx={{ minWidth: 90 }}
                        />
                      ) : (
                        figureForInput(row.weight)
                      )}
                    </TableCell>
                    <TableCell>
                      <AgreementState row={row} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          {canEdit && (
            <Box sx={{ mt: 2, display: 'grid', gap: 1 }}>
              {checked && Object.keys(problems).length > 0 && <Alert severity="error">{t.fixFirst}</Alert>}
              {!apiErrorBesideField && <ApiErrorAlert error={put.error} onReload={reload} />}
              <Box>
                <Button type="submit" variant="contained" disabled={put.isPending}>
                  {put.isPending ? t.saving : t.save}
                </Button>
              </Box>
            </Box>
          )}
        </Box>
      </Section>
    </Box>
  );
}
