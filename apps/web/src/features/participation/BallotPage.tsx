import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { formatJalaliDate, formatNumber } from '../../lib/format';
import { useBallotLink, useCastBallot } from './api';
import { messages } from './messages';
import { LinkProblem, Notice, PublicPage } from './PublicPage';

/** `/ballot/:token`: a member casts a secret ballot for the board once, choosing up to the seats. */
export default function BallotPage() {
  const { token = '' } = useParams();
  const ballot = useBallotLink(token);
  const cast = useCastBallot(token);
  const [chosen, setChosen] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  if (ballot.isPending)
    return (
      <PublicPage>
        <Loading />
      </PublicPage>
    );
  if (ballot.isError)
    return (
      <PublicPage>
        <LinkProblem error={ballot.error} onRetry={() => ballot.refetch()} />
      </PublicPage>
    );
  if (cast.isSuccess)
    return (
      <PublicPage>
        <Notice severity="success" title={messages.castThanks} detail={messages.castThanksDetail} />
      </PublicPage>
    );
  if (cast.error instanceof ApiError && (cast.error.status === 410 || cast.error.status === 404))
    return (
      <PublicPage>
        <LinkProblem error={cast.error} />
      </PublicPage>
    );

  const { seats, candidates } = ballot.data;
  const seatsFa = formatNumber(seats);
  const toggle = (id: string, on: boolean) => {
    if (on && chosen.length >= seats) {
      setProblem(messages.tooMany(seatsFa));
      return;
    }
    setProblem(null);
    setChosen((prev) => (on ? [...prev, id] : prev.filter((c) => c !== id)));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!chosen.length) {
      setProblem(messages.chooseOne);
      return;
    }
    cast.mutate(chosen);
  };

  return (
    <PublicPage>
      <Box component="form" onSubmit={submit} noValidate sx={{ display: 'grid', gap: 2 }}>
        <Box>
          <Typography variant="h5" component="h1" gutterBottom>
            {messages.ballotTitle(ballot.data.associationNameFa)}
          </Typography>
          <Typography>{messages.ballotIntro(seatsFa, formatJalaliDate(ballot.data.termStart))}</Typography>
        </Box>
        {cast.isError && <ApiErrorAlert error={cast.error} />}
        <Paper sx={{ p: 2 }}>
          <FormControl component="fieldset" error={!!problem} fullWidth>
            <FormLabel component="legend" sx={{ fontWeight: 500, color: 'text.primary', mb: 1 }}>
              {messages.candidates}
            </FormLabel>
            <FormGroup>
              {candidates.map((c) => (
                <FormControlLabel
                  key={c.id}
                  control={
                    <Checkbox
                      checked={chosen.includes(c.id)}
                      onChange={(e) => toggle(c.id, e.target.checked)}
                    />
                  }
                  label={c.firmName ? `${c.fullName} — ${c.firmName}` : c.fullName}
                />
              ))}
            </FormGroup>
            <FormHelperText role="status" aria-live="polite">
              {problem ?? messages.chosen(formatNumber(chosen.length), seatsFa)}
            </FormHelperText>
          </FormControl>
        </Paper>
        <Button type="submit" variant="contained" size="large" disabled={cast.isPending}>
          {cast.isPending ? messages.casting : messages.cast}
        </Button>
      </Box>
    </PublicPage>
  );
}
