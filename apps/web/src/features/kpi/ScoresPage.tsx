import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { LineChart } from '@mui/x-charts/LineChart';
import { useState } from 'react';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { isNotFound } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { Section } from '../../components/Section';
import { formatJalaliDate, formatNumber, formatPeriod, formatScore, toPersianDigits } from '../../lib/format';
import { useLabels } from '../../lib/useLabels';
import { useSession } from '../../lib/session';
import { useRating, useScore, useScoreTrend, type RoadScore, type Score } from './api';
import { AXES, trendSeries } from './logic';
import { messages, TREND_LABELS } from './messages';

const CRITERIA = ['governance', 'membership', 'services', 'policy_influence', 'regulation'] as const;

function ScoreSummary({ score }: { score: Score }) {
  const label = useLabels();
  return (
    <Section id="score" title={`${messages.scorePeriod} ${formatPeriod(score.period)}`}>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Chip
          color="primary"
          data-testid="score-composite"
          label={`${messages.composite}: ${formatScore(score.composite)}`}
        />
        <Chip label={`${messages.grade}: ${score.grade ?? '—'}`} data-testid="score-grade" />
        <Chip
          variant="outlined"
          label={`${messages.trendDirection}: ${TREND_LABELS[score.trend.direction] ?? '—'}${
            score.trend.delta !== null ? ` (${formatScore(score.trend.delta)})` : ''
          }`}
        />
        {score.position.rank !== null && (
          <Chip
            variant="outlined"
            label={messages.peers(formatNumber(score.position.rank), formatNumber(score.position.peers))}
          />
        )}
        <Chip variant="outlined" label={`${messages.computedAt}: ${formatJalaliDate(score.computedAt)}`} />
      </Box>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, mt: 2 }}>
        <TableContainer>
          <Table size="small" aria-label={messages.axes}>
            <TableHead>
              <TableRow>
                <TableCell>{messages.axis}</TableCell>
                <TableCell>{messages.score}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {AXES.map((a) => (
                <TableRow key={a}>
                  <TableCell component="th" scope="row">
                    {label('axis', a)}
                  </TableCell>
                  <TableCell>{formatScore(score.axes[a])}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        <TableContainer>
          <Table size="small" aria-label={messages.criteria}>
            <TableHead>
              <TableRow>
                <TableCell>{messages.criterion}</TableCell>
                <TableCell>{messages.score}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {CRITERIA.map((c) => (
                <TableRow key={c}>
                  <TableCell component="th" scope="row">
                    {label('criterion', c)}
                  </TableCell>
                  <TableCell>{formatScore(score.criteria[c])}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      </Box>
    </Section>
  );
}

function Trend({ points }: { points: RoadScore[] }) {
  const label = useLabels();
  const series = trendSeries(points);
  if (series.labels.length === 0) return null;
  const lines = [
    { key: 'composite', label: messages.composite, data: series.composite },
    ...AXES.map((a) => ({ key: a, label: label('axis', a), data: series.axes[a] })),
  ];
  return (
    <Section id="trend" title={messages.trendChart}>
      {series.labels.length > 1 && (
        <Box component="figure" aria-label={messages.trendChart} sx={{ m: 0 }} data-testid="trend-chart">
          <LineChart
            height={280}
            // Room for the first and last period's label, which MUI X would otherwise cut short.
            margin={{ left: 40, right: 40 }}
            // Oldest on the right (RTL); 40 px tall, as Vazirmatn's line is taller than the default axis.
            xAxis={[{ scaleType: 'point', data: series.labels, reverse: true, height: 40 }]}
            yAxis={[{ min: 0, max: 100, position: 'right', valueFormatter: (v: number) => formatNumber(v) }]}
            series={lines.map((l) => ({
              id: l.key,
              label: l.label,
              data: l.data,
              connectNulls: true,
              valueFormatter: (v: number | null) => formatScore(v),
            }))}
          />
        </Box>
      )}
      <TableContainer>
        <Table size="small" aria-label={messages.trendTable}>
          <caption style={{ captionSide: 'top', textAlign: 'start' }}>{messages.trendTable}</caption>
          <TableHead>
            <TableRow>
              <TableCell>{messages.period}</TableCell>
              {lines.map((l) => (
                <TableCell key={l.key}>{l.label}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {series.labels.map((p, i) => (
              <TableRow key={p}>
                <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                  {p}
                </TableCell>
                {lines.map((l) => (
                  <TableCell key={l.key}>{formatScore(l.data[i])}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Section>
  );
}

function YearlyRating({ associationId }: { associationId: string }) {
  const rating = useRating(associationId);
  if (rating.isPending) return null;
  return (
    <Section
      id="rating"
      title={rating.data ? messages.ratingOf(toPersianDigits(rating.data.year)) : messages.rating}
    >
      {rating.isError ? (
        isNotFound(rating.error) ? (
          <Typography color="text.secondary">{messages.noRating}</Typography>
        ) : (
          <ApiErrorAlert error={rating.error} onReload={() => rating.refetch()} />
        )
      ) : (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Chip color="primary" label={`${messages.grade}: ${rating.data.grade ?? '—'}`} />
          <Chip label={`${messages.composite}: ${formatScore(rating.data.composite)}`} />
          <Chip
            variant="outlined"
            label={messages.ratingCoverage(formatNumber(rating.data.coverage.quarters))}
          />
        </Box>
      )}
    </Section>
  );
}

export default function ScoresPage() {
  const session = useSession();
  const associationId = session?.user.associationId ?? '';
  const [period, setPeriod] = useState('');
  const trend = useScoreTrend(associationId);
  const score = useScore(associationId, period || undefined);
  if (!associationId) return <NotFound />;
  const periods = [...(trend.data ?? [])].map((t) => t.period).reverse();
  // The score may be newer than the trend read a moment earlier: keep it choosable.
  if (score.data && !periods.includes(score.data.period)) periods.unshift(score.data.period);
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box>
        <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
          {messages.scoresTitle}
        </Typography>
        <Typography color="text.secondary">{messages.scoresIntro}</Typography>
      </Box>
      {periods.length > 0 && (
        <TextField
          select
          id="score-period"
          label={messages.choosePeriod}
          value={period || score.data?.period || periods[0]}
          onChange={(e) => setPeriod(e.target.value)}
          sx={{ maxWidth: 260 }}
        >
          {periods.map((p) => (
            <MenuItem key={p} value={p}>
              {formatPeriod(p)}
            </MenuItem>
          ))}
        </TextField>
      )}
      {score.isPending ? (
        <Loading />
      ) : score.isError ? (
        isNotFound(score.error) ? (
          <Alert severity="info">{messages.noScores}</Alert>
        ) : (
          <ApiErrorAlert error={score.error} onReload={() => score.refetch()} />
        )
      ) : (
        <ScoreSummary score={score.data} />
      )}
      {trend.isError ? (
        <ApiErrorAlert error={trend.error} onReload={() => trend.refetch()} />
      ) : (
        trend.data && <Trend points={trend.data} />
      )}
      <YearlyRating associationId={associationId} />
    </Box>
  );
}
