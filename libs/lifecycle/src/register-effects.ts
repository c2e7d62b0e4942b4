import type { BoardRole, ElectedBoard } from '@tashakkol/associations';
import { normalizePersian } from '@tashakkol/shared';
import type { BoardElectionOutput } from './phase-outputs';

/** Outputs whose recording also writes the register (they lock the association for update). */
export const REGISTER_OUTPUTS: readonly string[] = ['registration', 'board_election', 'formation_method'];

/** The chamber's model charter gives a board two years when the election does not say otherwise. */
export const DEFAULT_BOARD_TERM_YEARS = 2;

const POSITIONS: readonly [string, BoardRole][] = [
  ['نایب رییس', 'deputy'],
  ['رییس', 'chair'],
  ['خزانه دار', 'treasurer'],
  ['دبیر', 'secretary'],
];

/** The register's seat for a position written in Persian (نایب رییس → deputy …), else member. */
export function boardRoleOf(position: string, role?: BoardRole): BoardRole {
  if (role) return role;
  const text = compact(position);
  return POSITIONS.find(([word]) => text.includes(compact(word)))?.[1] ?? 'member';
}

/** Letter forms, ZWNJ and spaces aside: «خزانه‌دار», «خزانه دار» and «رئیس» read as written. */
function compact(text: string): string {
  return normalizePersian(text).replace(/ئ/g, 'ی').replace(/\s/g, '');
}

/** The last day of a term that begins on `day` and lasts `years`. */
export function termEndAfter(day: string, years: number): string {
  const d = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The board the formation's `board_election` output puts into the register. */
export function electedBoardOf(o: BoardElectionOutput): ElectedBoard {
  const electedAt = o.electedAt.slice(0, 10);
  return {
    electedAt,
    termEnd: o.termEnd ? o.termEnd.slice(0, 10) : termEndAfter(electedAt, DEFAULT_BOARD_TERM_YEARS),
    electedBy: o.electedByMembers ? 'founding_assembly' : 'appointed',
    seats: o.members.map((m) => ({
      fullName: m.name,
      role: boardRoleOf(m.position, m.role),
      firmName: m.firmName ?? null,
    })),
  };
}
