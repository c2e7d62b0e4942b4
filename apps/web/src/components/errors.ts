import { ApiError } from '../api/client';
import { messages } from './messages';

/** The Persian message of a refusal for the form field it names, if it names this one. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError) || !error.field) return undefined;
  return error.field === field || error.field.startsWith(`${field}.`) ? error.message : undefined;
}

/** What to tell the user about an error that does not belong to one field. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 409 && error.code?.includes('version')) return messages.conflict;
    if (error.status === 403) return messages.forbidden;
    return error.message || messages.unexpected;
  }
  if (error instanceof TypeError) return messages.network;
  return messages.unexpected;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}
