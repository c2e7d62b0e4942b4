import { fieldLabelFa, persianErrorText } from './messages-fa';

/** `nameFa` in "nameFa: must …", `values[2].value` in "values[2].value is required …". */
const FIELD_PREFIX = /^([A-Za-z_]\w*(?:\[\d+\]|\.\w+)*)(?::\s| is | must )/;

/** The field an English error message starts with, by the house convention "field: problem". */
export function fieldOfMessage(message: string): string | undefined {
  return FIELD_PREFIX.exec(message)?.[1];
}

/**
 * Errors of the domain. Each carries a stable `code`; one global filter maps them to the
 * contract's error body `{ statusCode, error, message, code, field? }`, in Persian under
 * `Accept-Language: fa` (texts keyed by code in `messages-fa.ts`, with parameters from `details`).
 * The field is `details.field`, else the one the message starts with ("kindCode: unknown …").
 */
export abstract class DomainError extends Error {
  abstract readonly status: 400 | 401 | 403 | 404 | 409 | 422 | 429 | 503;
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** The request field the error concerns, if it concerns one. */
  get field(): string | undefined {
    const given = this.details?.field;
    if (typeof given === 'string') return given;
    return fieldOfMessage(this.message);
  }

  /** The message in Persian, from the catalog of texts keyed by code. */
  get messageFa(): string {
    const field = this.field;
    return persianErrorText(this.code, this.status, {
      details: this.details ?? {},
      field,
      fieldFa: field ? fieldLabelFa(field) : undefined,
    });
  }
}

/** 400: the input is malformed; the message names the field. */
export class BadInputError extends DomainError {
  readonly status = 400;
}
/** 401: no or invalid credentials. */
export class UnauthenticatedError extends DomainError {
  readonly status = 401;
}
/** 403: the caller's role may not do this. */
export class ForbiddenError extends DomainError {
  readonly status = 403;
}
/** 404: not found, or another association's object the caller may not see. */
export class NotFoundError extends DomainError {
  readonly status = 404;
  constructor(entity: string, id?: string | number) {
    super(`${entity}.not_found`, id === undefined ? `${entity} not found` : `${entity} ${id} not found`);
  }
}
/** 409: a stale version, a duplicate, or an illegal state change. */
export class ConflictError extends DomainError {
  readonly status = 409;
}
/** 409 for optimistic concurrency: the caller's version is not the current one. */
export class StaleVersionError extends ConflictError {
  constructor(entity: string, expected: number, actual: number) {
    super(
      `${entity}.stale_version`,
      `version: ${entity} was changed by someone else (you sent version ${expected}, current is ${actual}); reload and retry`,
      { currentVersion: actual },
    );
  }
}
/** 422: a rule of the domain refused it (gate not met, budget exceeded, over a limit …). */
export class RuleViolationError extends DomainError {
  readonly status = 422;
}
/** 429: too many attempts; `Retry-After` tells when to try again. */
export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  constructor(code: string, message: string, retryAfterSeconds: number) {
    super(code, message, { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) });
  }
}
/** 503: a service this needs (Redis, the queue) does not answer now; `Retry-After` says when to retry. */
export class ServiceUnavailableError extends DomainError {
  readonly status = 503;
  constructor(code: string, message: string, retryAfterSeconds = 5) {
    super(code, message, { retryAfterSeconds });
  }
}
