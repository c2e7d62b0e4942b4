import { BadInputError, ConflictError, ForbiddenError, RuleViolationError } from '@tashakkol/shared';
import type { GateVerdict } from './gate-rules';
import { isPhaseKey, phaseOf } from './phase-table';

/** 422: moving forward needs every output of the current phase's gate. */
export class GateNotMetError extends RuleViolationError {
  constructor(phase: string, gate: GateVerdict) {
    const detail = gate.items
      .filter((i) => !i.met)
      .map((i) => `${i.key} (${i.missing.join('; ')})`)
      .join(', ');
    super('lifecycle.gate_not_met', `The gate of ${phase} is not met; missing outputs: ${detail}`, {
      phase,
      phaseFa: isPhaseKey(phase) ? phaseOf(phase).nameFa : phase,
      missing: gate.missing,
      items: gate.items.filter((i) => !i.met),
    });
  }
}

/** 409: a move the lifecycle never allows (same phase, skipping ahead, a second pending proposal). */
export class IllegalTransitionError extends ConflictError {
  constructor(message: string, code = 'lifecycle.illegal_transition') {
    super(code, message);
  }
}

export class ReasonRequiredError extends BadInputError {
  constructor() {
    super(
      'lifecycle.reason_required',
      'reason: a reason is required to move an association back to an earlier phase',
    );
  }
}

export class UnknownPhaseError extends BadInputError {
  constructor(phase: string) {
    super('lifecycle.unknown_phase', `phase: unknown phase ${phase}`);
  }
}

export class UnknownOutputError extends BadInputError {
  constructor(phase: string, key: string) {
    super('lifecycle.unknown_output', `key: phase ${phase} has no output ${key}`);
  }
}

export class ApprovalNotAllowedError extends ForbiddenError {
  constructor() {
    super('lifecycle.approval_not_allowed', 'role: only an approver or the admin approves a transition');
  }
}
