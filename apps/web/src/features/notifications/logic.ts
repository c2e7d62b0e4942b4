// Where a notification leads: the screen on which its reader can act on what it tells.
import type { Role } from '../../lib/session';

export function notificationTarget(
  n: { kind: string; associationId: string | null },
  role: Role,
): string | null {
  const id = n.associationId;
  if (role === 'board') {
    if (n.kind === 'report_returned' || n.kind === 'report_due' || n.kind === 'report_missing')
      return '/my/reports';
    if (n.kind === 'score_declining') return '/my/scores';
    return id ? `/associations/${id}` : null;
  }
  if (!id) return null;
  if (n.kind === 'grant_over_limit') return `/associations/${id}/supports`;
  if (n.kind === 'transition_pending' || n.kind === 'phase_stalled')
    return role === 'president' ? `/associations/${id}` : `/associations/${id}/lifecycle`;
  return `/associations/${id}`;
}
