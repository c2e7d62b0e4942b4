import { IllegalGrantTransitionError } from './supports.errors';

export const GRANT_STATUSES = ['requested', 'approved', 'delivered', 'rejected', 'cancelled'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

export const GRANT_ACTIONS = ['approve', 'reject', 'deliver', 'cancel'] as const;
export type GrantAction = (typeof GRANT_ACTIONS)[number];

const MOVES: Record<GrantStatus, Partial<Record<GrantAction, GrantStatus>>> = {
  requested: { approve: 'approved', reject: 'rejected', cancel: 'cancelled' },
  approved: { deliver: 'delivered', cancel: 'cancelled' },
  delivered: {},
  rejected: {},
  cancelled: {},
};

/** How a move touches the budget: approval reserves, delivery turns the reservation into spending, a cancel of an approved grant releases. */
export type BudgetEffect = 'reserve' | 'consume' | 'release' | 'none';

export interface GrantMove {
  to: GrantStatus;
  budget: BudgetEffect;
}

/** The next status of a grant, or a 409 for an illegal move (deliver a rejected grant …). */
export function nextGrantStatus(from: GrantStatus, action: GrantAction): GrantMove {
  const to = MOVES[from][action];
  if (!to) throw new IllegalGrantTransitionError(from, action);
  const budget: BudgetEffect =
    action === 'approve'
      ? 'reserve'
      : action === 'deliver'
        ? 'consume'
        : from === 'approved'
          ? 'release'
          : 'none';
  return { to, budget };
}

/** Statuses that count against a budget, an approver's yearly limit and the chamber funding share. */
export const COMMITTED_STATUSES: readonly GrantStatus[] = ['approved', 'delivered'];

/** COMMITTED_STATUSES as a SQL list (`'approved', 'delivered'`), for `status IN (…)`: SQL never spells them itself. */
export const COMMITTED_STATUSES_SQL = COMMITTED_STATUSES.map((s) => `'${s}'`).join(', ');
