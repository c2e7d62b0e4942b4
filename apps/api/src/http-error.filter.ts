import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError } from '@tashakkol/shared';
import { STATUS_CODES } from 'http';
import { QueryFailedError } from 'typeorm';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  code?: string;
  details?: Record<string, unknown>;
}

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message?: string;
}

const logger = new Logger('HttpError');

/** Turns anything thrown into the contract's error body; never leaks a stack trace. */
export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof DomainError) {
    return body(exception.status, exception.message, exception.code, exception.details);
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const res = exception.getResponse();
    const raw = typeof res === 'string' ? res : (res as { message?: unknown }).message;
    const message = Array.isArray(raw) ? raw.join('; ') : typeof raw === 'string' ? raw : exception.message;
    const health =
      typeof res === 'object' && res !== null && 'details' in res
        ? (res as { details: Record<string, unknown> }).details
        : undefined;
    return body(status, message, undefined, health);
  }
  if (exception instanceof QueryFailedError) {
    const code = (exception.driverError as { code?: string }).code;
    if (code === '23505') return body(409, 'A record with the same unique value already exists', 'duplicate');
    if (code === '22P02' || code === '22003' || code === '22001' || code === '22021')
      return body(400, 'A value has the wrong format or is out of range', 'bad_value');
    if (code === '40001' || code === '40P01')
      return body(409, 'Concurrent change; retry', 'concurrent_change');
  }
  const fe = exception as FastifyLikeError;
  if (fe && typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return body(415, 'Unsupported media type: send the body as application/json', fe.code);
    }
    if (exception instanceof SyntaxError || fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
      return body(400, 'Malformed JSON in the request body', 'malformed_json');
    }
    return body(fe.statusCode, fe.message ?? STATUS_CODES[fe.statusCode] ?? 'Bad request', fe.code);
  }
  logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
  return body(500, 'Internal server error');
}

function body(
  statusCode: number,
  message: string,
  code?: string,
  details?: Record<string, unknown>,
): ErrorBody {
  const error = STATUS_CODES[statusCode] ?? 'Error';
  return { statusCode, error, message, ...(code ? { code } : {}), ...(details ? { details } : {}) };
}

interface Reply {
  header(k: string, v: string): Reply;
  send(b: unknown): void;
}

@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<{
      status(code: number): Reply;
    }>();
    const b = toErrorBody(exception);
    const answer = reply
      .status(b.statusCode || HttpStatus.INTERNAL_SERVER_ERROR)
      .header('content-type', 'application/json; charset=utf-8');
    const retryAfter = b.details?.retryAfterSeconds;
    if (typeof retryAfter === 'number') answer.header('retry-after', String(retryAfter));
    answer.send(b);
  }
}
