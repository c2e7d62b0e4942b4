import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { isNotFound } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { Section } from '../../components/Section';
import { formatNumber, toPersianDigits } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useLabels } from '../../lib/useLabels';
import { useAssemblies, useAssociationName, type Assembly } from './api';
import { AssemblyDialog } from './AssemblyDialog';
import { assemblyMessages as m } from './messages';

const WRITERS = ['board', 'staff', 'admin'];

/** `/associations/:id/assemblies`: the general assemblies, whether each met on time and with its quorum. */
export default function AssembliesPage() {
  const { id = '' } = useParams();
  const role = useSession()?.user.role ?? '';
  const association = useAssociationName(id);
  const assemblies = useAssemblies(id);
  const [editing, setEditing] = useState<Assembly | 'new' | null>(null);
  if ((association.isError && isNotFound(association.error)) || isNotFound(assemblies.error))
    return <NotFound />;
  const canWrite = WRITERS.includes(role);
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
        {association.data ? m.title(association.data.nameFa) : m.titleShort}
      </Typography>
      <Typography color="text.secondary">{m.intro}</Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        {canWrite && (
          <Button variant="contained" onClick={() => setEditing('new')}>
            {m.add}
          </Button>
        )}
        <Link component={RouterLink} to={`/associations/${id}/elections`}>
          {m.elections}
        </Link>
      </Box>
      <Section id="assemblies" title={m.list}>
        {assemblies.isPending && <Loading />}
        {assemblies.isError && (
          <ApiErrorAlert error={assemblies.error} onReload={() => assemblies.refetch()} />
        )}
        {assemblies.data?.items.length === 0 && <Typography>{m.none}</Typography>}
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}>
          {assemblies.data?.items.map((a) => (
            <AssemblyCard key={a.id} assembly={a} onEdit={canWrite ? () => setEditing(a) : undefined} />
          ))}
        </Box>
      </Section>
      {editing && (
        <AssemblyDialog
          associationId={id}
          assembly={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Box>
  );
}

function AssemblyCard({ assembly: a, onEdit }: { assembly: Assembly; onEdit?: () => void }) {
  const label = useLabels();
  const heading = `${label('assemblyKind', a.kind)} — ${toPersianDigits(a.fiscalYear)}`;
  const headingId = `assembly-${a.id}`;
  const facts: [string, string][] = [
    [m.noticeDate, toPersianDigits(a.noticeDateJalali)],
    [m.scheduledOn, toPersianDigits(a.scheduledOnJalali)],
    [m.dueBy, a.dueByJalali ? toPersianDigits(a.dueByJalali) : '—'],
    [m.heldOn, a.heldOnJalali ? toPersianDigits(a.heldOnJalali) : m.notHeld],
    [m.quorumRule, label('quorumRule', a.quorumRule)],
  ];
  if (a.attended !== null && a.quorumNeeded !== null)
    facts.push([m.attendance, m.quorumOf(formatNumber(a.attended), formatNumber(a.quorumNeeded))]);
  return (
    <Paper component="li" variant="outlined" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center', mb: 1 }}>
        <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>
          {heading}
        </Typography>
        {a.heldOn ? (
          <>
            <Chip
              size="small"
              color={a.heldOnTime ? 'success' : 'warning'}
              label={a.heldOnTime ? m.onTime : m.late}
            />
            <Chip
              size="small"
              variant="outlined"
              color={a.quorumMet ? 'success' : 'error'}
              label={`${m.quorum}: ${a.quorumMet ? m.quorumMet : m.quorumNotMet}`}
            />
          </>
        ) : (
          <Chip size="small" variant="outlined" label={m.notHeld} />
        )}
        {onEdit && (
          <Button
            size="small"
            onClick={onEdit}
            sx={{ ml: 'auto' }}
            aria-label={`${a.heldOn ? m.edit : m.record}: ${heading}`}
          >
            {a.heldOn ? m.edit : m.record}
          </Button>
        )}
      </Box>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
          columnGap: 2,
          rowGap: 0.5,
          m: 0,
          '& dd': { m: 0 },
          '& dt': { color: 'text.secondary' },
        }}
      >
        {facts.map(([k, v]) => (
          <Box key={k} sx={{ display: 'contents' }}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </Box>
        ))}
      </Box>
      <Lines title={m.agenda} items={a.agenda} />
      {a.resolutions.length > 0 && <Lines title={m.resolutions} items={a.resolutions} />}
    </Paper>
  );
}

function Lines({ title, items }: { title: string; items: string[] }) {
  return (
    <Box sx={{ mt: 1 }}>
      <Typography variant="body2" color="text.secondary">
        {title}
      </Typography>
      <Box component="ol" sx={{ m: 0, pl: 3, listStyleType: 'persian' }}>
        {items.map((t, i) => (
          <li key={i}>{toPersianDigits(t)}</li>
        ))}
      </Box>
    </Box>
  );
}
