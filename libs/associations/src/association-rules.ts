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
