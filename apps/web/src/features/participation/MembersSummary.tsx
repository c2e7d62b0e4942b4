import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { Section } from '../../components/Section';
import { formatNumber, formatScore } from '../../lib/format';
import { useMembersSummary } from './api';
import { messages } from './messages';

/** The registry's counts: what every role may see, contacts never. */
export function MembersSummary({ associationId }: { associationId: string }) {
  const summary = useMembersSummary(associationId);
  const s = summary.data;
  const figures: [string, string, string][] = s
    ? [
        ['current', messages.current, formatNumber(s.current)],
        ['firms', messages.firms, formatNumber(s.firms)],
        ['persons', messages.persons, formatNumber(s.persons)],
        ['left', messages.left, formatNumber(s.left)],
        ['duesPaid', messages.duesPaid, formatNumber(s.duesPaid)],
        ['duesDue', messages.duesDue, formatNumber(s.duesDue)],
        ['duesExempt', messages.duesExempt, formatNumber(s.duesExempt)],
        [
          'duesPaidRate',
          messages.duesPaidRate,
          s.duesPaidRate === null ? '—' : `${formatScore(s.duesPaidRate)}٪`,
        ],
      ]
    : [];
  return (
    <Section id="members-summary" title={messages.summary}>
      {summary.isPending && <Loading />}
      {summary.isError && <ApiErrorAlert error={summary.error} onReload={() => summary.refetch()} />}
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))', gap: 1.5, m: 0 }}
      >
        {figures.map(([key, name, value]) => (
          <Box key={key} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {name}
            </Typography>
            <Typography component="dd" variant="h6" sx={{ m: 0 }} data-testid={`summary-${key}`}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
    </Section>
  );
}
