import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { visuallyHidden } from '@mui/utils';
import { BarChart } from '@mui/x-charts/BarChart';
import { Link as RouterLink } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { Section } from '../../components/Section';
import {
  formatDays,
  formatJalaliDate,
  formatJalaliDateTime,
  formatNumber,
  formatRials,
  persianText,
} from '../../lib/format';
import { useLabels } from '../../lib/useLabels';
import { useRoadmapOverview, type RoadmapOverview } from './api';
import { messages } from './messages';

const GRADES = ['A', 'B', 'C', 'D'] as const;

function Funnel({ data }: { data: RoadmapOverview }) {
  const label = useLabels();
  const names = data.phases.map((p) => p.nameFa || label('phase', p.phase));
  const counts = data.phases.map((p) => p.count);
  return (
    <Section id="funnel" title={messages.funnel} subtitle={messages.funnelCaption}>
      <Box component="figure" aria-label={messages.funnelCaption} sx={{ m: 0 }}>
        <BarChart
          layout="horizontal"
          height={300}
          yAxis={[{ scaleType: 'band', data: names, width: 150, position: 'right' }]}
          xAxis={[{ valueFormatter: (v: number) => formatNumber(v), tickMinStep: 1 }]}
          series={[
            {
              data: counts,
              label: messages.associationsCount,
              valueFormatter: (v) => formatNumber(v ?? 0),
              barLabel: (item) => formatNumber(item.value ?? 0),
              color: '#0b5d57',
            },
          ]}
          hideLegend
          margin={{ left: 16, right: 8 }}
        />
      </Box>
      <TableContainer>
        <Table size="small" aria-label={messages.timeInPhase}>
          <TableHead>
            <TableRow>
              <TableCell>{messages.phase}</TableCell>
              <TableCell align="center">{messages.count}</TableCell>
              <TableCell align="center">{messages.median}</TableCell>
              <TableCell align="center">{messages.p90}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.phases.map((p) => (
              <TableRow key={p.phase} data-phase={p.phase}>
                <TableCell component="th" scope="row">
                  <Link component={RouterLink} to={`/associations?phase=${p.phase}`}>
                    {p.nameFa || label('phase', p.phase)}
                  </Link>
                </TableCell>
                <TableCell align="center" data-testid={`funnel-count-${p.phase}`}>
                  {formatNumber(p.count)}
                </TableCell>
                <TableCell align="center">{formatDays(p.medianDays)}</TableCell>
                <TableCell align="center">{formatDays(p.p90Days)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Section>
  );
}

function Stalled({ data }: { data: RoadmapOverview }) {
  const label = useLabels();
  const { stalled } = data;
  return (
    <Section
      id="stalled"
      title={`${messages.stalled} (${formatNumber(stalled.count)})`}
      subtitle={messages.stalledCaption(formatDays(stalled.thresholdDays))}
    >
      {stalled.items.length === 0 ? (
        <Typography color="text.secondary">{messages.noStalled}</Typography>
      ) : (
        <TableContainer sx={{ maxHeight: 360 }}>
          <Table size="small" stickyHeader aria-labelledby="stalled">
            <TableHead>
              <TableRow>
                <TableCell>{messages.name}</TableCell>
                <TableCell>{messages.phase}</TableCell>
                <TableCell align="center">{messages.daysInPhase}</TableCell>
                <TableCell align="center">{messages.since}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {stalled.items.map((s) => (
                <TableRow key={s.id}>
                  <TableCell component="th" scope="row">
                    <Link component={RouterLink} to={`/associations/${s.id}`}>
                      {s.nameFa}
                    </Link>
                  </TableCell>
                  <TableCell>{label('phase', s.phase)}</TableCell>
                  <TableCell align="center">{formatNumber(s.daysInPhase)}</TableCell>
                  <TableCell align="center">{formatJalaliDate(s.phaseEnteredAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Section>
  );
}

function Supports({ data }: { data: RoadmapOverview }) {
  const label = useLabels();
  const cells = data.supports.byPhaseAndKind;
  return (
    <Section id="supports" title={messages.supports}>
      {cells.length === 0 ? (
        <Typography color="text.secondary">{messages.noSupports}</Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-labelledby="supports">
            <TableHead>
              <TableRow>
                <TableCell>{messages.phase}</TableCell>
                <TableCell>{messages.kind}</TableCell>
                <TableCell align="center">{messages.requests}</TableCell>
                <TableCell align="center">{messages.granted}</TableCell>
                <TableCell align="center">{messages.delivered}</TableCell>
                <TableCell>{messages.grantedRials}</TableCell>
                <TableCell align="center">{messages.grantedHours}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {cells.map((c) => (
                <TableRow key={`${c.phase}-${c.kindCode}`}>
                  <TableCell>{label('phase', c.phase)}</TableCell>
                  <TableCell>{c.kindNameFa ?? label('supportKind', c.kindCode)}</TableCell>
                  <TableCell align="center">{formatNumber(c.requests)}</TableCell>
                  <TableCell align="center">{formatNumber(c.granted)}</TableCell>
                  <TableCell align="center">{formatNumber(c.delivered)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatRials(c.grantedRials)}</TableCell>
                  <TableCell align="center">{formatNumber(c.grantedHours)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Section>
  );
}

function Scores({ data }: { data: RoadmapOverview }) {
  const { scores } = data;
  return (
    <Section id="scores" title={messages.scores} subtitle={messages.scored(formatNumber(scores.scored))}>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 1 }} role="list" aria-label={messages.grade}>
        {GRADES.map((g) => (
          <Chip
            key={g}
            role="listitem"
            label={`${messages.grade} ${g}\u200f: ${formatNumber(scores.grades[g] ?? 0)}`}
          />
        ))}
      </Box>
      <Box component="figure" aria-label={messages.scores} sx={{ m: 0 }}>
        <BarChart
          height={220}
          xAxis={[
            {
              scaleType: 'band',
              data: scores.bands.map((b) => `${formatNumber(b.from)}–${formatNumber(b.to)}`),
              label: messages.band,
              // Room for the tick labels under the axis title: MUI X shortens a label to nothing when
              // the axis is too short for Vazirmatn's tall line (it was, at the default height).
              height: 64,
              tickLabelStyle: { fontSize: 11 },
            },
          ]}
          yAxis={[{ valueFormatter: (v: number) => formatNumber(v), tickMinStep: 1 }]}
          series={[
            { data: scores.bands.map((b) => b.count), label: messages.associationsCount, color: '#8a4b08' },
          ]}
          hideLegend
        />
      </Box>
      <Typography variant="body2" sx={visuallyHidden}>
        {messages.chartSummary(
          scores.bands
            .map((b) => `${formatNumber(b.from)}–${formatNumber(b.to)}: ${formatNumber(b.count)}`)
            .join('، '),
        )}
      </Typography>
    </Section>
  );
}

function Alerts({ data }: { data: RoadmapOverview }) {
  const label = useLabels();
  const open = Object.entries(data.alerts.open);
  return (
    <Section id="alerts" title={messages.alerts}>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        {open.map(([kind, n]) => (
          <Chip
            key={kind}
            color="warning"
            variant="outlined"
            label={`${label('alertKind', kind)}: ${formatNumber(n)}`}
          />
        ))}
      </Box>
      {data.alerts.latest.length === 0 ? (
        <Typography color="text.secondary">{messages.noAlerts}</Typography>
      ) : (
        <List dense sx={{ maxHeight: 360, overflow: 'auto' }} aria-labelledby="alerts">
          {data.alerts.latest.map((a) => (
            <ListItem key={a.id} disableGutters>
              <ListItemText
                primary={
                  <Link component={RouterLink} to={`/associations/${a.associationId}`}>
                    {a.associationNameFa}
                  </Link>
                }
                secondary={`${label('alertKind', a.kind)} — ${persianText(a.messageFa)} — ${formatJalaliDate(a.createdAt)}`}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Section>
  );
}

export default function DashboardPage() {
  const overview = useRoadmapOverview();
  if (overview.isPending) return <Loading />;
  if (overview.isError) return <ApiErrorAlert error={overview.error} onReload={() => overview.refetch()} />;
  const data = overview.data;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box>
        <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
          {messages.dashboardTitle}
        </Typography>
        <Typography color="text.secondary">
          {messages.asOf} {formatJalaliDateTime(data.asOf ?? data.generatedAt)}
        </Typography>
      </Box>
      <Box
        data-testid="dashboard-figures"
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' } }}
      >
        <Funnel data={data} />
        <Scores data={data} />
        <Stalled data={data} />
        <Alerts data={data} />
      </Box>
      <Supports data={data} />
    </Box>
  );
}
