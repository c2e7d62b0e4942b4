// Small pieces the supports screens share: a grant's amount, its status.
import Chip from '@mui/material/Chip';
import { formatNumber, formatRials } from '../../lib/format';
import { useLabels } from '../../lib/useLabels';
import { type Grant } from './api';
import { messages } from './messages';

/** Rials for money, hours × participants for training, «غیرنقدی» for in-kind help without a value. */
export function grantAmount(g: Pick<Grant, 'carries' | 'amountRials' | 'hours' | 'participants'>): string {
  if (g.carries === 'hours' || (g.hours !== null && g.amountRials === null))
    return messages.hoursOf(formatNumber(g.hours), formatNumber(g.participants));
  if (g.amountRials !== null) return formatRials(g.amountRials);
  return messages.inKind;
}

const STATUS_COLOR = {
  requested: 'warning',
  approved: 'info',
  delivered: 'success',
  rejected: 'error',
  cancelled: 'default',
} as const;

export function StatusChip({ status }: { status: Grant['status'] }) {
  const label = useLabels();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={STATUS_COLOR[status] ?? 'default'}
      label={label('grantStatus', status)}
      // The border carries the colour; the text stays dark enough to read (WCAG AA).
      sx={{ color: 'text.primary', borderWidth: 2 }}
    />
  );
}
