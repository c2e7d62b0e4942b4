import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { isNotFound } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { Section } from '../../components/Section';
import { formatNumber, formatScore, toPersianDigits } from '../../lib/format';
import { useSurveyResults, useSurveyRuns, type SurveyResults } from './api';
import { messages } from './messages';

// From «very little» (warm) to «very much» (the app's green).
const LIKERT_COLOURS = ['#b3261e', '#e8833a', '#9e9e9e', '#5fa59b', '#0b5d57'];

function valuesOf(results: SurveyResults): number[] {
  const all = new Set<number>();
  for (const i of results.items) for (const d of i.distribution ?? []) all.add(d.value);
  return [...all].sort((a, b) => a - b);
}

function choiceLabel(value: number): string {
  const word = messages.likert[value];
  return word ? `${formatNumber(value)} — ${word}` : formatNumber(value);
}

function Distribution({ results }: { results: SurveyResults }) {
  const likert = results.items.filter((i) => i.kind === 'likert');
  const values = valuesOf(results);
  const countOf = (key: string, v: number) =>
    likert.find((i) => i.key === key)?.distribution?.find((d) => d.value === v)?.count ?? 0;
  return (
    <Section id="distribution" title={messages.chartCaption}>
      <Box component="figure" aria-label={messages.chartCaption} sx={{ m: 0 }}>
        <BarChart
          layout="horizontal"
          height={80 + likert.length * 48}
          yAxis={[
            {
              scaleType: 'band',
              data: likert.map((_, n) => messages.itemShort(toPersianDigits(n + 1))),
              width: 70,
              position: 'right',
            },
          ]}
          xAxis={[{ valueFormatter: (v: number) => formatNumber(v), tickMinStep: 1, reverse: true }]}
          series={values.map((v, n) => ({
            data: likert.map((i) => countOf(i.key, v)),
            label: choiceLabel(v),
            stack: 'likert',
            color:
              LIKERT_COLOURS[Math.round((n * (LIKERT_COLOURS.length - 1)) / Math.max(values.length - 1, 1))],
            valueFormatter: (x: number | null) => formatNumber(x ?? 0),
          }))}
          margin={{ left: 16, right: 8 }}
        />
      </Box>
      <TableContainer>
        <Table size="small" aria-label={messages.resultsHeading}>
          <TableHead>
            <TableRow>
              <TableCell>{messages.item}</TableCell>
              <TableCell align="center">{messages.answered}</TableCell>
              <TableCell align="center">{messages.mean}</TableCell>
              {values.map((v) => (
                <TableCell key={v} align="center">
                  {choiceLabel(v)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {likert.map((i, n) => (
              <TableRow key={i.key} data-item={i.key}>
                <TableCell component="th" scope="row">
                  {`${toPersianDigits(n + 1)}. ${i.textFa}`}
                </TableCell>
                <TableCell align="center">{formatNumber(i.answered)}</TableCell>
                <TableCell align="center" data-testid={`mean-${i.key}`}>
                  {formatScore(i.mean)}
                </TableCell>
                {values.map((v) => (
                  <TableCell key={v} align="center">
                    {formatNumber(countOf(i.key, v))}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Section>
  );
}

/** `/survey-runs/:runId`: aggregates only; nothing at all under the minimum of answers. */
export default function SurveyResultsPage() {
  const { runId = '' } = useParams();
  const results = useSurveyResults(runId);
  const runs = useSurveyRuns(results.data?.associationId);
  const run = runs.data?.items.find((r) => r.id === runId);

  if (results.isPending) return <Loading />;
  if (results.isError)
    return isNotFound(results.error) ? (
      <NotFound />
    ) : (
      <ApiErrorAlert error={results.error} onReload={() => results.refetch()} />
    );
  const r = results.data;
  const title = messages.resultsTitle(
    run?.surveyTitleFa ?? messages.resultsHeading,
    toPersianDigits(r.fiscalYear),
  );
  const open = r.openAnswers.flatMap((o) => o.texts);

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
        {title}
      </Typography>
      <Typography>
        <Link component={RouterLink} to={`/associations/${r.associationId}/surveys`}>
          {messages.runs}
        </Link>
      </Typography>
      {!r.shown ? (
        <Alert severity="info" role="status">
          <AlertTitle>{messages.hiddenTitle}</AlertTitle>
          {messages.hidden(formatNumber(r.minAnswers))}
        </Alert>
      ) : (
        <>
          <Section id="overview" title={messages.resultsHeading} subtitle={messages.anonymous}>
            <Box
              component="dl"
              sx={{
                display: 'grid',
                gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))',
                gap: 1.5,
                m: 0,
              }}
            >
              {(
                [
                  [
                    'responses',
                    messages.responses,
                    `${formatNumber(r.responses)} از ${formatNumber(r.invited)}`,
                  ],
                  ['responseRate', messages.responseRate, `${formatScore(r.responseRate)}٪`],
                  ['satisfaction', messages.satisfaction, formatScore(r.satisfaction)],
                ] as const
              ).map(([key, name, value]) => (
                <Box key={key} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
                  <Typography component="dt" variant="body2" color="text.secondary">
                    {name}
                  </Typography>
                  <Typography component="dd" variant="h6" sx={{ m: 0 }} data-testid={`results-${key}`}>
                    {value}
                  </Typography>
                </Box>
              ))}
            </Box>
          </Section>
          <Distribution results={r} />
          <Section id="open-answers" title={messages.openAnswers}>
            {open.length === 0 ? (
              <Typography>{messages.noOpenAnswers}</Typography>
            ) : (
              <List dense>
                {open.map((t, n) => (
                  <ListItem key={n} sx={{ display: 'list-item', listStyle: 'disc inside' }}>
                    {t}
                  </ListItem>
                ))}
              </List>
            )}
          </Section>
        </>
      )}
    </Box>
  );
}
