import { QueryFailedError } from 'typeorm';

interface PgDriverError {
  code?: string;
  constraint?: string;
  detail?: string;
}

/** The PostgreSQL error behind a TypeORM failure, if there is one. */
export function pgError(err: unknown): PgDriverError | undefined {
  if (err instanceof QueryFailedError) return err.driverError as PgDriverError;
  return undefined;
}

export const isUniqueViolation = (err: unknown, constraint?: string): boolean => {
  const e = pgError(err);
  return e?.code === '23505' && (constraint === undefined || e.constraint === constraint);
};

export const isForeignKeyViolation = (err: unknown): boolean => pgError(err)?.code === '23503';

/** Node's network errors and PostgreSQL's "shutting down / starting up / connection" classes (57P0x, 08xxx). */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
]);
const UNREACHABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|terminating connection due to administrator command|the database system is (starting up|shutting down)/;

/**
 * Whether an error says the database cannot be reached (stopped, restarting, network gone), as
 * opposed to a query it refused: such a request is answered 503 with Retry-After, not 500.
 */
export function isDatabaseUnreachable(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown; driverError?: { code?: unknown } } | null;
  if (!e || typeof e !== 'object') return false;
  const code = String((e.driverError?.code ?? e.code) || '');
  if (UNREACHABLE.has(code) || /^08/.test(code)) return true;
  return typeof e.message === 'string' && UNREACHABLE_MESSAGE.test(e.message);
}
