/**
 * Errors of the domain. Each carries a stable `code`; one global filter maps them to the
 * contract's error body `{ statusCode, error, message, code }`.
 */
export abstract class DomainError extends Error {
  abstract readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 422 | 429;
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
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
/** 410: it existed and is spent or expired (a used or expired one-time link). */
export class GoneError extends DomainError {
  readonly status = 410;
}
/** 422: a rule of the domain refused it (gate not met, budget exceeded, over a limit …). */
export class RuleViolationError extends DomainError {
  readonly status = 422;
}
/** 429: too many attempts. */
export class TooManyRequestsError extends DomainError {
  readonly status = 429;
}
