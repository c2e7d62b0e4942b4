import Chip from '@mui/material/Chip';
import { useLabels } from '../../lib/useLabels';

// Dark text on a light tint: every pair passes WCAG AA contrast for small text.
const COLORS: Record<string, { bgcolor: string; color: string }> = {
  draft: { bgcolor: '#eceff1', color: '#263238' },
  submitted: { bgcolor: '#e3f2fd', color: '#0d47a1' },
  returned: { bgcolor: '#fff3e0', color: '#7a3e00' },
  accepted: { bgcolor: '#e8f5e9', color: '#1b5e20' },
};

/** A report's status in Persian, coloured by what it asks of the reader. */
export function StatusChip({ status }: { status: string }) {
  const label = useLabels();
  return (
    <Chip
      size="small"
      sx={{ fontWeight: 600, ...(COLORS[status] ?? COLORS.draft) }}
      label={label('reportStatus', status)}
    />
  );
}
