import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { LineChart } from '@mui/x-charts/LineChart';
import Link from '@mui/material/Link';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { isNotFound } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { Section } from '../../components/Section';
import {
  formatDays,
  formatJalaliDate,
  formatNumber,
  formatPeriod,
  formatRials,
  formatScore,
  persianText,
  toPersianDigits,
} from '../../lib/format';
import { useLabels } from '../../lib/useLabels';
import { useSession } from '../../lib/session';
import { useAssociationRoadmap, type RoadmapAssociation } from './api';
import { messages } from './messages';

const AXES = ['chamber', 'association', 'members'] as const;

function Timeline({ data }: { data: RoadmapAssociation }) {
  const label = useLabels();
  const wide = useMediaQuery('(min-width:900px)');
  const active = data.phases.findIndex((p) => p.current);
  return (
    <Section id="timeline" title={messages.timeline}>
      <Stepper
        activeStep={active}
        orientation={wide ? 'horizontal' : 'vertical'}
        alternativeLabel={wide}
        aria-labelledby="timeline"
      >
        {data.phases.map((p, i) => (
          <Step
            key={p.phase}
            completed={i < active}
            component="li"
            aria-current={p.current ? 'step' : undefined}
          >
            <StepLabel
              icon={toPersianDigits(i + 1)}
              optional={
                <Typography variant="caption" component="span" sx={{ display: 'block' }}>
                  {i < active ? messages.done : p.current ? messages.current : messages.ahead}
                  {p.supports && p.supports.granted > 0
                    ? ` — ${messages.granted}: ${formatNumber(p.supports.granted)} (${formatRials(p.supports.grantedRials)})`
                    : ''}
                </Typography>
              }
            >
              {p.nameFa || label('phase', p.phase)}
            </StepLabel>
          </Step>
        ))}
      </Stepper>
    </Section>
  );
}

function History({ data }: { data: RoadmapAssociation }) {
  const label = useLabels();
  return (
    <Section id="history" title={messages.history}>
      {data.history.length === 0 ? (
        <Typography color="text.secondary">{messages.noHistory}</Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-labelledby="history">
            <TableHead>
              <TableRow>
                <TableCell>{messages.when}</TableCell>
                <TableCell>{messages.from}</TableCell>
                <TableCell>{messages.to}</TableCell>
                <TableCell>{messages.direction}</TableCell>
                <TableCell>{messages.reason}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.history.map((h, i) => (
                <TableRow key={`${h.at}-${i}`}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatJalaliDate(h.at)}</TableCell>
                  <TableCell>{label('phase', h.from)}</TableCell>
                  <TableCell>{label('phase', h.to)}</TableCell>
                  <TableCell>{label('direction', h.direction)}</TableCell>
                  <TableCell>{h.reason ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Section>
  );
}

function Score({ data }: { data: RoadmapAssociation }) {
  const label = useLabels();
  const s = data.latestScore;
  const trend = data.trend;
  return (
    <Section id="score" title={messages.latestScore}>
      {!s ? (
        <Typography color="text.secondary">{messages.noScore}</Typography>
      ) : (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Chip label={`${messages.period}: ${formatPeriod(s.period)}`} />
          <Chip color="primary" label={`${messages.composite}: ${formatScore(s.composite)}`} />
          <Chip label={`${messages.grade}: ${s.grade ?? '—'}`} />
        </Box>
      )}
      {trend.length > 1 && (
        <>
          <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
            {messages.kpiTrend}
          </Typography>
          <Box component="figure" aria-label={messages.kpiTrend} sx={{ m: 0 }}>
            <LineChart
              height={260}
              xAxis={[{ scaleType: 'point', data: trend.map((t) => formatPeriod(t.period)) }]}
              yAxis={[{ min: 0, max: 100, valueFormatter: (v: number) => formatNumber(v) }]}
              series={AXES.map((axis) => ({
                label: label('axis', axis),
                data: trend.map((t) => t.axes?.[axis] ?? null),
                valueFormatter: (v: number | null) => formatScore(v),
                connectNulls: true,
              }))}
            />
          </Box>
        </>
      )}
    </Section>
  );
}

function Alerts({ data }: { data: RoadmapAssociation }) {
  const label = useLabels();
  if (data.alerts.length === 0) return null;
  return (
    <Section id="association-alerts" title={messages.alerts}>
      <List dense aria-labelledby="association-alerts">
        {data.alerts.map((a, i) => (
          <ListItem key={`${a.kind}-${i}`} disableGutters>
            <ListItemText
              primary={persianText(a.messageFa)}
              secondary={`${label('alertKind', a.kind)} — ${formatJalaliDate(a.createdAt)}`}
            />
          </ListItem>
        ))}
      </List>
    </Section>
  );
}

function Milestones({ data }: { data: RoadmapAssociation }) {
  if (data.milestones.length === 0) return null;
  return (
    <Section id="milestones" title={messages.milestones}>
      <List dense aria-labelledby="milestones">
        {data.milestones.map((m) => (
          <ListItem key={`${m.kind}-${m.plannedAt}`} disableGutters>
            <ListItemText
              primary={m.nameFa}
              secondary={
                m.reached
                  ? `${messages.reached} ${formatJalaliDate(m.doneAt)}`
                  : `${m.overdue ? messages.overdue : messages.planned} ${formatJalaliDate(m.plannedAt)}`
              }
            />
          </ListItem>
        ))}
      </List>
    </Section>
  );
}

export default function AssociationRoadmapPage() {
  const label = useLabels();
  const { id = '' } = useParams();
  const road = useAssociationRoadmap(id);
  const chamber = useSession()?.user.role !== 'board';
  if (road.isPending) return <Loading />;
  if (road.isError)
    return isNotFound(road.error) ? (
      <NotFound />
    ) : (
      <ApiErrorAlert error={road.error} onReload={() => road.refetch()} />
    );
  const data = road.data;
  const a = data.association;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box>
        <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
          {messages.roadmapTitle(a.nameFa)}
        </Typography>
        {chamber && (
          <Link component={RouterLink} to={`/associations/${id}/lifecycle`}>
            {messages.lifecycleLink}
          </Link>
        )}
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1 }}>
          <Chip color="primary" label={`${messages.currentPhase}: ${label('phase', a.phase)}`} />
          <Chip label={`${messages.status}: ${label('associationStatus', a.status)}`} />
          <Chip
            variant="outlined"
            label={`${messages.enteredAt}: ${formatJalaliDate(a.phaseEnteredAt)} (${formatDays(a.daysInPhase)})`}
          />
          <Button component={RouterLink} to={`/associations/${a.id}/audit`} size="small">
            {messages.auditTrail}
          </Button>
          <Button component={RouterLink} to={`/associations/${a.id}/assemblies`} size="small">
            {messages.assemblies}
          </Button>
          <Button component={RouterLink} to={`/associations/${a.id}/elections`} size="small">
            {messages.elections}
          </Button>
          <Button component={RouterLink} to={`/associations/${a.id}/board`} size="small">
            {messages.boardLink}
          </Button>
          <Button component={RouterLink} to={`/associations/${a.id}/targets`} size="small">
            {messages.targetsLink}
          </Button>
          {chamber && (
            <Button component={RouterLink} to={`/associations/${a.id}/assessment`} size="small">
              {messages.assessmentLink}
            </Button>
          )}
        </Box>
      </Box>
      <Timeline data={data} />
      <Box
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' } }}
      >
        <Score data={data} />
        <History data={data} />
        <Milestones data={data} />
        <Alerts data={data} />
      </Box>
    </Box>
  );
}
