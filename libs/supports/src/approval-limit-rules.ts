import { ApprovalLimitError, DelegationError } from './supports.errors';

/** An approver's delegated authority (تفویض اختیار) for one kind, in the kind's unit. */
export interface LimitTerms {
  perGrant: bigint;
  yearly: bigint;
  validFrom: Date;
  validUntil: Date;
}

export function isLimitValidAt(limit: Pick<LimitTerms, 'validFrom' | 'validUntil'>, at: Date): boolean {
  return limit.validFrom.getTime() <= at.getTime() && at.getTime() < limit.validUntil.getTime();
}

/**
 * Checks one approval by an approver: the grant within the per-grant limit, and what they already
 * approved this fiscal year plus this grant within the yearly limit. The president is never checked.
 */
export function checkApprovalWithinLimit(
  limit: LimitTerms | null,
  usedThisYear: bigint,
  amount: bigint,
  ctx: { kindCode: string; fiscalYear: number; at: Date },
): void {
  if (!limit || !isLimitValidAt(limit, ctx.at)) {
    throw new ApprovalLimitError(
      'noLimit',
      `approvalLimit: you have no valid approval limit for support kind ${ctx.kindCode}`,
      {
        kindCode: ctx.kindCode,
      },
    );
  }
  if (amount > limit.perGrant) {
    throw new ApprovalLimitError(
      'perGrantLimit',
      `perGrantLimit: this grant (${amount}) is over your per-grant limit of ${limit.perGrant} for ${ctx.kindCode}`,
      { kindCode: ctx.kindCode, perGrant: limit.perGrant.toString(), amount: amount.toString() },
    );
  }
  if (usedThisYear + amount > limit.yearly) {
    throw new ApprovalLimitError(
      'yearlyLimit',
      `yearlyLimit: with this grant you would approve ${usedThisYear + amount} of ${ctx.kindCode} in ${ctx.fiscalYear}, over your yearly limit of ${limit.yearly}`,
      {
        kindCode: ctx.kindCode,
        yearly: limit.yearly.toString(),
        used: usedThisYear.toString(),
        amount: amount.toString(),
      },
    );
  }
}

/** A higher approver may delegate only within their own limit: amounts no larger, validity inside theirs. */
export function checkDelegationWithinOwnLimit(
  own: LimitTerms | null,
  asked: LimitTerms,
  kindCode: string,
  at: Date,
): void {
  if (!own || !isLimitValidAt(own, at)) {
    throw new DelegationError(
      `approvalLimit: you have no valid approval limit for ${kindCode} to delegate from`,
    );
  }
  if (asked.perGrant > own.perGrant) {
    throw new DelegationError(
      `perGrant: ${asked.perGrant} is over your own per-grant limit of ${own.perGrant} for ${kindCode}`,
    );
  }
  if (asked.yearly > own.yearly) {
    throw new DelegationError(
      `yearly: ${asked.yearly} is over your own yearly limit of ${own.yearly} for ${kindCode}`,
    );
  }
  if (asked.validFrom < own.validFrom || asked.validUntil > own.validUntil) {
    throw new DelegationError(
      `validUntil: the delegated period must lie within yours (${own.validFrom.toISOString()} – ${own.validUntil.toISOString()})`,
    );
  }
}
