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
