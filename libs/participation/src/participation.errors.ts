import {
  BadInputError,
  ConflictError,
  GoneError,
  NotFoundError,
  RuleViolationError,
} from '@tashakkol/shared';
import type { AnswerProblem } from './survey-rules';

/** An unknown or forged link: the same answer whatever the token looked like. */
export class LinkNotFoundError extends NotFoundError {
  constructor() {
    super('link');
  }
}

const LINK_SPENT_CODES = {
  used: 'participation.link_used',
  expired: 'participation.link_expired',
  closed: 'participation.link_closed',
  replaced: 'participation.link_replaced',
} as const;

/** A link already used, expired, or of a closed run: 410, nothing recorded. */
export class LinkSpentError extends GoneError {
  constructor(reason: keyof typeof LINK_SPENT_CODES) {
    super(
      LINK_SPENT_CODES[reason],
      `This link has been ${reason}; a link can be used only once, before it expires`,
      {
        reason,
      },
    );
  }
}

export class InvalidAnswersError extends BadInputError {
  constructor(problems: AnswerProblem[]) {
    super('participation.invalid_answers', problems.map((p) => p.message).join('; '), {
      field: problems[0]?.field,
      problems,
    });
  }
}

export class NoMembersError extends RuleViolationError {
  constructor() {
    super(
      'participation.no_members',
      'The association has no current members in its registry to send links to',
    );
  }
}

export class DuplicateRunError extends ConflictError {
  constructor() {
    super(
      'participation.duplicate_run',
      'This questionnaire was already sent to this association for that year',
    );
  }
}

export class DuplicateMemberError extends ConflictError {
  constructor(identifier: string) {
    super(
      'participation.duplicate_member',
      `identifier: a member with identifier ${identifier} is already registered`,
      {
        field: 'identifier',
      },
    );
  }
}

export class ElectionTieError extends RuleViolationError {
  constructor(seat: number, tied: string[]) {
    super(
      'participation.election_tie',
      `The count is tied for seat ${seat} (${tied.length} candidates); the assembly decides by lot or a second round, then records the paper votes`,
      { seat, tied },
    );
  }
}

export class ElectionCountedError extends ConflictError {
  constructor() {
    super('participation.election_counted', 'The election has been counted; its votes can no longer change');
  }
}

export class BallotsExpiredError extends ConflictError {
  constructor() {
    super(
      'participation.ballots_expired',
      'The ballot links of this election have expired; none can be re-issued',
    );
  }
}
