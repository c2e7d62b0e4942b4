// The supports screens' own rules: which step a role may take on a grant, and how a grant weighs
// against the budget and the approver's limit before acting. Amounts stay BigInt: never a Number.
import type { Role } from '../../lib/session';

export type GrantStatus = 'requested' | 'approved' | 'delivered' | 'rejected' | 'cancelled';
export type GrantStep = 'approve' | 'reject' | 'deliver' | 'cancel';

const STEPS: Record<GrantStep, { from: readonly GrantStatus[]; roles: readonly Role[] }> = {
  approve: { from: ['requested'], roles: ['approver', 'president', 'admin'] },
  reject: { from: ['requested'], roles: ['approver', 'president', 'admin'] },
  deliver: { from: ['approved'], roles: ['staff', 'admin'] },
  // Any chamber role may withdraw a grant not yet delivered; an approved one gives its reservation back.
  cancel: { from: ['requested', 'approved'], roles: ['staff', 'approver', 'president', 'admin'] },
};

/** The steps this role may take on a grant in this status (as the API's state machine allows). */
export function stepsFor(role: Role, status: string): GrantStep[] {
  return (Object.keys(STEPS) as GrantStep[]).filter(
    (s) => STEPS[s].from.includes(status as GrantStatus) && STEPS[s].roles.includes(role),
  );
}

export interface ApprovalFigures {
  quantity: string;
  unlimited: boolean;
  budget: { available: string } | null;
  limit: { perGrant: string; yearlyLeft: string } | null;
}

export type ApprovalWarning = 'overPerGrant' | 'overYearlyLeft' | 'overBudget' | 'noLimit';

/** What the API would refuse if this approval were sent now; empty when it fits. */
export function approvalWarnings(f: ApprovalFigures): ApprovalWarning[] {
  const amount = BigInt(f.quantity);
  const out: ApprovalWarning[] = [];
  if (!f.unlimited) {
    if (!f.limit) out.push('noLimit');
    else {
      if (amount > BigInt(f.limit.perGrant)) out.push('overPerGrant');
      if (amount > BigInt(f.limit.yearlyLeft)) out.push('overYearlyLeft');
    }
  }
  if (f.budget && amount > BigInt(f.budget.available)) out.push('overBudget');
  return out;
}

export type KindCarries = 'rials' | 'hours' | 'in_kind';

export interface RequestInput {
  kindCode: string;
  carries: KindCarries | null;
  amount: string;
  hours: string;
  participants: string;
  justification: string;
  /** Sent only when the kind is outside what the association's phase offers. */
  overrideReason?: string;
}

/** A kind the lifecycle does not offer in the association's phase: the API then needs an override reason. */
export function outsidePhase(kindCode: string, offered: readonly { code: string }[]): boolean {
  return kindCode !== '' && !offered.some((k) => k.code === kindCode);
}

/** A request form's values as the API's body: Rials as a digit string, hours and participants for training only. */
export function requestBody(
  input: RequestInput,
  parse: { rials: (text: string) => string | null; integer: (text: string) => number | null },
) {
  const body: {
    kindCode: string;
    justification: string;
    amountRials?: string;
    hours?: number;
    participants?: number;
    overrideReason?: string;
  } = { kindCode: input.kindCode, justification: input.justification.trim() };
  if (input.overrideReason?.trim()) body.overrideReason = input.overrideReason.trim();
  if (input.carries === 'hours') {
    const hours = parse.integer(input.hours);
    const participants = parse.integer(input.participants);
    if (hours !== null) body.hours = hours;
    if (participants !== null) body.participants = participants;
  } else if (input.amount.trim() !== '') {
    // An amount that does not parse is sent as typed, so the API names the field in Persian.
    body.amountRials = parse.rials(input.amount) ?? input.amount.trim();
  }
  return body;
}
