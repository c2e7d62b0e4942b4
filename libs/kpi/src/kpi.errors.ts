import { BadInputError, ConflictError, RuleViolationError } from '@tashakkol/shared';
import { REPORT_STATUS_LABELS } from './kpi-labels';

export class UnknownIndicatorError extends BadInputError {
  constructor(field: string, code: string) {
    super('kpi.unknown_indicator', `${field}: unknown indicator ${code}`);
  }
}

export class InvalidFormulaError extends BadInputError {
  constructor(problem: string, reasonFa?: string) {
    super('kpi.invalid_formula', `formula: ${problem}`, reasonFa ? { reasonFa } : undefined);
  }
}

export class BadPeriodError extends BadInputError {
  constructor(problem: string) {
    super('kpi.bad_period', `period: ${problem}`);
  }
}

export class DuplicateIndicatorError extends ConflictError {
  constructor(code: string) {
    super('kpi.duplicate_indicator', `code: indicator ${code} already exists`);
  }
}

export class DuplicateReportError extends ConflictError {
  constructor(period: string) {
    super('kpi.duplicate_report', `period: this association already has a report for ${period}`);
  }
}

/** An action the report's current status does not allow (submit twice, accept a draft …). */
export class ReportStateError extends ConflictError {
  constructor(action: string, status: string) {
    super(
      'kpi.report_state',
      `status: ${/^[aeiou]/.test(status) ? 'an' : 'a'} ${status} report cannot be ${action}`,
      { status, statusFa: REPORT_STATUS_LABELS[status as keyof typeof REPORT_STATUS_LABELS]?.fa },
    );
  }
}

export class EmptyReportError extends RuleViolationError {
  constructor() {
    super('kpi.report_empty', 'values: a report needs at least one value before it is submitted');
  }
}

export class PublicTargetError extends RuleViolationError {
  constructor(field: string, code: string, common: string | null) {
    super(
      'kpi.public_policy_target',
      common === null
        ? `${field}: ${code} is a public-policy indicator and the chamber has not set its common target yet`
        : `${field}: ${code} is a public-policy indicator; its target is the common ${common} for every association`,
    );
  }
}

export class EvidenceRejectedError extends BadInputError {
  constructor(problem: string) {
    super('kpi.evidence_rejected', `file: ${problem}`);
  }
}

/** The board tried to report a fact the chamber already holds (chamber funding, training delivered, report dates). */
export class RecordedIndicatorError extends BadInputError {
  constructor(field: string, code: string, source: string) {
    super(
      'kpi.recorded_indicator',
      `${field}: ${code} is not reported by the board; the chamber records it (${source})`,
    );
  }
}

export class NotRecordableError extends BadInputError {
  constructor(code: string, recordable: readonly string[]) {
    super(
      'kpi.not_recordable',
      `kind: ${code} cannot be recorded by the chamber; only ${recordable.join(', ')} are`,
    );
  }
}
