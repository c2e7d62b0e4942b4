import { BadInputError, ConflictError, RuleViolationError } from '@tashakkol/shared';

export class UnknownSupportKindError extends BadInputError {
  constructor(code: string) {
    super('supports.unknown_kind', `kindCode: unknown support kind ${code}`);
  }
}

export class IllegalGrantTransitionError extends ConflictError {
  constructor(from: string, action: string) {
    super('supports.illegal_transition', `status: a ${from} support grant cannot be ${pastTense(action)}`, {
      status: from,
      action,
    });
  }
}

export class KindNotSuitedError extends RuleViolationError {
  constructor(kind: string, phase: string) {
    super(
      'supports.kind_not_suited',
      `overrideReason: support kind ${kind} does not suit phase ${phase}; give an override reason to request it anyway`,
      { kindCode: kind, phase },
    );
  }
}

export class BudgetExceededError extends RuleViolationError {
  constructor(fiscalYear: number, kind: string, available: bigint, asked: bigint) {
    super(
      'supports.budget_exceeded',
      `budget: the ${fiscalYear} budget of ${kind} has ${available} left, this grant needs ${asked}`,
      { fiscalYear, kindCode: kind, available: available.toString(), asked: asked.toString() },
    );
  }
}

export class NoBudgetError extends RuleViolationError {
  constructor(fiscalYear: number, kind: string) {
    super('supports.no_budget', `budget: there is no ${fiscalYear} budget for support kind ${kind}`, {
      fiscalYear,
      kindCode: kind,
    });
  }
}

const LIMIT_CODES = {
  perGrantLimit: 'supports.over_per_grant_limit',
  yearlyLimit: 'supports.over_yearly_limit',
  noLimit: 'supports.over_no_limit',
} as const;

export class ApprovalLimitError extends RuleViolationError {
  constructor(
    limit: 'perGrantLimit' | 'yearlyLimit' | 'noLimit',
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(LIMIT_CODES[limit], message, { limit, ...details });
  }
}

export class DelegationError extends RuleViolationError {
  constructor(message: string) {
    super('supports.delegation_over_own_limit', message);
  }
}

export class PrecautionNotAcknowledgedError extends RuleViolationError {
  constructor(precautions: string[], detail: string) {
    super(
      'supports.precaution_not_acknowledged',
      `acknowledgePrecautions: precaution ${precautions.join(', ')} applies (${detail}); approve again with acknowledgePrecautions: true`,
      { precautions },
    );
  }
}

export class DuplicateBudgetError extends ConflictError {
  constructor(fiscalYear: number, kind: string) {
    super('supports.duplicate_budget', `kindCode: a ${fiscalYear} budget for ${kind} already exists`);
  }
}

export class DuplicateKindError extends ConflictError {
  constructor(code: string) {
    super('supports.duplicate_kind', `code: support kind ${code} already exists`);
  }
}

function pastTense(action: string): string {
  return (
    { approve: 'approved', reject: 'rejected', deliver: 'delivered', cancel: 'cancelled' }[action] ?? action
  );
}

export class KindRetiredError extends RuleViolationError {
  constructor(code: string) {
    super(
      'supports.kind_retired',
      `kindCode: support kind ${code} is retired and can no longer be requested`,
      {
        kindCode: code,
      },
    );
  }
}

export class KindInUseError extends ConflictError {
  constructor(code: string) {
    super(
      'supports.kind_in_use',
      `carries: support kind ${code} already has grants or budgets; what it carries cannot change`,
      { kindCode: code },
    );
  }
}
