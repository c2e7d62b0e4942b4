import { ForbiddenError, Role } from '@tashakkol/shared';
import { ReportStateError } from '../kpi.errors';
import { ReportStatus } from './report.entity';

export const REPORT_ACTIONS = ['edit', 'attach_evidence', 'submit', 'accept', 'return', 'reopen'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

interface Move {
  from: readonly ReportStatus[];
  /** The status after the action; null keeps the current one (edits). */
  to: ReportStatus | null;
  roles: readonly Role[];
  /** How the refusal reads: "a submitted report cannot be <done>". */
  done: string;
}

/**
 * The report's status machine in one place. Only the board writes its self-declaration (principle
 * of independence); the chamber verifies it by accepting or returning it, never by editing it.
 */
const MOVES: Record<ReportAction, Move> = {
  edit: { from: ['draft', 'returned'], to: null, roles: ['board'], done: 'edited' },
  attach_evidence: { from: ['draft', 'returned'], to: null, roles: ['board'], done: 'given evidence' },
  submit: { from: ['draft', 'returned'], to: 'submitted', roles: ['board'], done: 'submitted' },
  accept: { from: ['submitted'], to: 'accepted', roles: ['staff', 'approver'], done: 'accepted' },
  return: { from: ['submitted'], to: 'returned', roles: ['staff', 'approver'], done: 'returned' },
  reopen: { from: ['accepted'], to: 'draft', roles: ['board'], done: 'reopened' },
};

/** The roles that may take an action on a report (for the controllers' `@Roles`). */
export function reportActionRoles(action: ReportAction): Role[] {
  return [...MOVES[action].roles];
}

/**
 * The status a report has after `action` by `role`: 403 for a role that may not take it, 409 for a
 * report in a status the action does not start from.
 */
export function reportTransition(from: ReportStatus, action: ReportAction, role: Role): ReportStatus {
  const move = MOVES[action];
  if (!move.roles.includes(role))
    throw new ForbiddenError(
      'kpi.report_role',
      `role: a ${role} user cannot ${action.replace('_', ' ')} a report`,
    );
  if (!move.from.includes(from)) throw new ReportStateError(move.done, from);
  return move.to ?? from;
}
