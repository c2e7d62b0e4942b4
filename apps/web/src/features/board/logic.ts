// The board screen's own logic, tested in logic.test.ts.
import type { components } from '../../api/schema';

type BoardMember = components['schemas']['BoardMemberView'];
export type SeatChanges = Omit<components['schemas']['UpdateBoardMemberDto'], 'version' | 'endReason'>;
type Seat = Pick<BoardMember, 'fullName' | 'role' | 'firmName' | 'termStart' | 'termEnd' | 'electedBy'>;

/** Only what the staff member changed on a seat, so a PATCH never rewrites a field they did not touch. */
export function seatChanges(before: Seat, after: Seat): SeatChanges {
  const changes: Record<string, unknown> = {};
  for (const key of ['fullName', 'role', 'firmName', 'termStart', 'termEnd', 'electedBy'] as const) {
    if ((before[key] ?? null) !== (after[key] ?? null)) changes[key] = after[key];
  }
  return changes as SeatChanges;
}
