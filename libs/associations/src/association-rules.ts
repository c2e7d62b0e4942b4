import type { AssociationStatus, PhaseKey } from './association.entity';
import { BoardRole } from './board-member.entity';

/** Sub-branches of sub-branches exist, but a chamber's tree stays shallow. */
export const MAX_TREE_DEPTH = 5;

/** ISIC Rev.4: a section letter (A–U), or a division (2 digits), group (3) or class (4). */
export function isValidIsic(code: string): boolean {
  return /^(?:[A-U]|\d{2,4})$/.test(code) && !/^00/.test(code);
}

export type ParentVerdict = { ok: true; depth: number } | { ok: false; reason: 'cycle' | 'too_deep' };

/**
 * Whether `selfId` may hang under a parent whose chain of ancestors (parent first, up to the
 * root) is `parentChain`. `selfId` null means a new association (it cannot be in any chain).
 * `subtreeHeight` is how many levels of sub-branches `selfId` already carries.
 */
export function checkParent(
  selfId: string | null,
  parentChain: readonly string[],
  subtreeHeight = 0,
): ParentVerdict {
  if (selfId !== null && parentChain.includes(selfId)) return { ok: false, reason: 'cycle' };
  const depth = parentChain.length;
  if (depth + subtreeHeight > MAX_TREE_DEPTH) return { ok: false, reason: 'too_deep' };
  return { ok: true, depth };
}

/** The fields a board user may change on its own association. */
export const BOARD_EDITABLE_FIELDS: readonly string[] = ['contact', 'cultureProfile', 'version'];

export function fieldsForbiddenToBoard(changed: readonly string[]): string[] {
  return changed.filter((f) => !BOARD_EDITABLE_FIELDS.includes(f));
}

/** Officer seats are single: only `member` may be held by several people at once. */
export function seatIsTaken(
  role: BoardRole,
  serving: readonly { role: BoardRole; id: string }[],
  exceptId?: string,
): boolean {
  if (role === 'member') return false;
  return serving.some((s) => s.role === role && s.id !== exceptId);
}

/** A term serves on `today` if it has begun and not ended. Dates are ISO `YYYY-MM-DD`. */
export function isServing(term: { termStart: string; termEnd: string | null }, today: string): boolean {
  return term.termStart <= today && (term.termEnd === null || term.termEnd >= today);
}

/** `%` and `_` typed by a user are literal characters, not wildcards. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Statuses the chamber sets by hand; a phase move never overwrites them. */
export const MANUAL_STATUSES: readonly AssociationStatus[] = ['dormant', 'dissolved'];

/**
 * The register's status that follows from the phase (proposed → forming → active): before formation
 * a case is only proposed, in formation it is forming, from support & monitoring on it is active.
 * A move back follows the same rule; dormant and dissolved stay until the chamber changes them.
 */
export function statusForPhase(current: AssociationStatus, phase: PhaseKey): AssociationStatus {
  if (MANUAL_STATUSES.includes(current)) return current;
  if (phase === 'formation') return 'forming';
  if (phase === 'support_monitoring' || phase === 'development') return 'active';
  return 'proposed';
}

/** The day before an ISO date (YYYY-MM-DD): the last day of a term that an election ends. */
export function dayBefore(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Whether a serving seat is the same seat the new board gives again (same person, same role). */
export function sameSeat(
  a: { fullName: string; role: BoardRole },
  b: { fullName: string; role: BoardRole },
): boolean {
  return a.role === b.role && a.fullName.trim() === b.fullName.trim();
}
