import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
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
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AssociationPicker } from '../../components/AssociationPicker';
import { errorMessage, fieldError, isNotFound } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { Section } from '../../components/Section';
import {
  formatJalaliDate,
  formatNumber,
  jalaliYearOf,
  toLatinDigits,
  toPersianDigits,
} from '../../lib/format';
import { useSession } from '../../lib/session';
import {
  useAssociationName,
  useCloseRun,
  useScheduleRun,
  useSurveyRuns,
  useSurveys,
  type SurveyRunCreated,
} from './api';
import { messages } from './messages';
import { OneTimeLinks } from './OneTimeLinks';

const PICKER_TEXTS = {
  association: messages.pickAssociation,
  noAssociation: messages.noOptions,
  loadingOptions: messages.pickAssociationHint,
};

/**
 * `/surveys` (the chamber picks an association) and `/associations/:id/surveys`: the runs sent to an
 * association with their results; staff send a questionnaire for a year and hand out the links.
 */
export default function SurveysPage() {
  const { id } = useParams();
  const session = useSession();
  const role = session?.user.role;
  const association = useAssociationName(id);
  const navigate = useNavigate();
  if (id && association.isError && isNotFound(association.error)) return <NotFound />;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
        {association.data ? messages.surveysOf(association.data.nameFa) : messages.surveysTitle}
      </Typography>
      {role !== 'board' && (
        <AssociationPicker
          value={association.data ?? null}
          onChange={(v) => v && navigate(`/associations/${v.id}/surveys`)}
          texts={PICKER_TEXTS}
          helperText={messages.pickAssociationHint}
          sx={{ maxWidth: 520 }}
        />
      )}
      {id && (
        <>
          {(role === 'staff' || role === 'admin') && <ScheduleRun associationId={id} />}
          <Runs associationId={id} canClose={role === 'staff' || role === 'admin'} />
          {role !== 'board' && (
            <Typography>
              <Link component={RouterLink} to={`/associations/${id}/members`}>
                {messages.membersTitle}
              </Link>
            </Typography>
          )}
        </>
      )}
    </Box>
  );
}

function ScheduleRun({ associationId }: { associationId: string }) {
  const surveys = useSurveys(true);
  const schedule = useScheduleRun(associationId);
  const [surveyCode, setSurveyCode] = useState('');
  const [year, setYear] = useState(() => toPersianDigits(jalaliYearOf()));
  const [days, setDays] = useState(() => toPersianDigits(30));
  const [sent, setSent] = useState<SurveyRunCreated | null>(null);
  const code = surveyCode || surveys.data?.items[0]?.code || '';
  const err = schedule.error;
  const fieldNamed =
    err instanceof ApiError && ['surveyCode', 'fiscalYear', 'expiresInDays'].includes(err.field ?? '');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSent(null);
    schedule.mutate(
      {
        surveyCode: code,
        fiscalYear: Number(toLatinDigits(year)),
        expiresInDays: Number(toLatinDigits(days)),
      },
      { onSuccess: (data) => setSent(data) },
    );
  };

  return (
    <Section id="schedule" title={messages.schedule}>
      {surveys.isError && <ApiErrorAlert error={surveys.error} onReload={() => surveys.refetch()} />}
      <Box component="form" onSubmit={submit} noValidate sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <TextField
          select
          label={messages.questionnaire}
          value={code}
          onChange={(e) => setSurveyCode(e.target.value)}
          error={!!fieldError(err, 'surveyCode')}
          helperText={fieldError(err, 'surveyCode')}
          sx={{ flex: '2 1 260px' }}
        >
          {(surveys.data?.items ?? []).map((s) => (
            <MenuItem key={s.code} value={s.code}>
              {s.titleFa}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={messages.fiscalYear}
          value={year}
          onChange={(e) => setYear(e.target.value)}
          error={!!fieldError(err, 'fiscalYear')}
          helperText={fieldError(err, 'fiscalYear')}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          sx={{ flex: '1 1 120px' }}
        />
        <TextField
          label={messages.expiresInDays}
          value={days}
          onChange={(e) => setDays(e.target.value)}
          error={!!fieldError(err, 'expiresInDays')}
          helperText={fieldError(err, 'expiresInDays')}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          sx={{ flex: '1 1 120px' }}
        />
        <Button
          type="submit"
          variant="contained"
          disabled={!code || schedule.isPending}
          sx={{ alignSelf: 'center' }}
        >
          {schedule.isPending ? messages.sending : messages.send}
        </Button>
      </Box>
      <Typography variant="body2" sx={{ mt: 1 }}>
        <Link component={RouterLink} to="/questionnaires">
          {messages.defineQuestionnaire}
        </Link>
      </Typography>
      {err && !fieldNamed && (
        // A 409 here is a run already sent for that year, not someone else's edit: say what the API says.
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {errorMessage(err)}
        </Alert>
      )}
      {sent && <OneTimeLinks title={messages.linksTitle} links={sent.links} fileName={messages.linksFile} />}
    </Section>
  );
}

type Run = NonNullable<ReturnType<typeof useSurveyRuns>['data']>['items'][number];

function Runs({ associationId, canClose }: { associationId: string; canClose: boolean }) {
  const runs = useSurveyRuns(associationId);
  const close = useCloseRun(associationId);
  const [closing, setClosing] = useState<Run | null>(null);
  const [closed, setClosed] = useState<string | null>(null);
  const confirm = (run: Run) => {
    setClosing(null);
    setClosed(null);
    close
      .mutateAsync({ runId: run.id, version: run.version })
      .then(() => setClosed(messages.closed(run.surveyTitleFa)))
      .catch(() => undefined); // shown above the table from close.error
  };
  return (
    <Section id="runs" title={messages.runs}>
      {closed && (
        <Alert severity="success" role="status" sx={{ mb: 1 }} onClose={() => setClosed(null)}>
          {closed}
        </Alert>
      )}
      {close.isError && (
        <Box sx={{ mb: 1 }}>
          <ApiErrorAlert error={close.error} onReload={() => runs.refetch()} />
        </Box>
      )}
      {runs.isPending && <Loading />}
      {runs.isError && <ApiErrorAlert error={runs.error} onReload={() => runs.refetch()} />}
      {runs.data && runs.data.items.length === 0 && <Typography>{messages.noRuns}</Typography>}
      {runs.data && runs.data.items.length > 0 && (
        <TableContainer>
          <Table size="small" aria-label={messages.runs}>
            <TableHead>
              <TableRow>
                <TableCell>{messages.questionnaire}</TableCell>
                <TableCell align="center">{messages.year}</TableCell>
                <TableCell align="center">{messages.invited}</TableCell>
                <TableCell>{messages.status}</TableCell>
                <TableCell align="center">{messages.sentAt}</TableCell>
                <TableCell align="center">{messages.expiresAt}</TableCell>
                <TableCell>{messages.results}</TableCell>
                {canClose && <TableCell>{messages.actions}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {runs.data.items.map((r) => (
                <TableRow key={r.id}>
                  <TableCell component="th" scope="row">
                    {r.surveyTitleFa}
                  </TableCell>
                  <TableCell align="center">{toPersianDigits(r.fiscalYear)}</TableCell>
                  <TableCell align="center">{formatNumber(r.invited)}</TableCell>
                  <TableCell>{messages.runStatus[r.status]}</TableCell>
                  <TableCell align="center">{formatJalaliDate(r.createdAt)}</TableCell>
                  <TableCell align="center">{formatJalaliDate(r.expiresAt)}</TableCell>
                  <TableCell>
                    <Link
                      component={RouterLink}
                      to={`/survey-runs/${r.id}`}
                      aria-label={messages.seeResults(r.surveyTitleFa, toPersianDigits(r.fiscalYear))}
                    >
                      {messages.results}
                    </Link>
                  </TableCell>
                  {canClose && (
                    <TableCell>
                      {r.status === 'open' ? (
                        <Button
                          size="small"
                          color="error"
                          variant="outlined"
                          disabled={close.isPending}
                          aria-label={messages.closeRunOf(r.surveyTitleFa, toPersianDigits(r.fiscalYear))}
                          onClick={() => setClosing(r)}
                        >
                          {messages.closeRun}
                        </Button>
                      ) : (
                        '—'
                      )}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <Dialog
        open={!!closing}
        onClose={() => setClosing(null)}
        aria-labelledby="close-run-title"
        aria-describedby="close-run-body"
      >
        <DialogTitle id="close-run-title">{messages.closeTitle}</DialogTitle>
        <DialogContent>
          <DialogContentText id="close-run-body">
            {closing &&
              messages.closeBody(
                closing.surveyTitleFa,
                toPersianDigits(closing.fiscalYear),
                formatNumber(closing.invited),
              )}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setClosing(null)}>{messages.keepOpen}</Button>
          <Button color="error" variant="contained" onClick={() => closing && confirm(closing)}>
            {messages.confirmClose}
          </Button>
        </DialogActions>
      </Dialog>
    </Section>
  );
}
