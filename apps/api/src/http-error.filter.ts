import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import {
  DomainError,
  ErrorLanguage,
  fieldLabelFa,
  fieldOfMessage,
  persianErrorText,
  preferredLanguage,
  ValidationFailedError,
} from '@tashakkol/shared';
import { isDatabaseUnreachable } from '@tashakkol/database';
import { STATUS_CODES } from 'http';
import { QueryFailedError } from 'typeorm';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  code?: string;
  /** The request field the error concerns (`nameFa`, `values[2].value`), when there is one. */
  field?: string;
  details?: Record<string, unknown>;
}

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message?: string;
}

/** The error an exception becomes, before it is said in the caller's language. */
interface Described {
  status: number;
  message: string;
  code?: string;
  field?: string;
  details?: Record<string, unknown>;
  messageFa?: string;
}

const logger = new Logger('HttpError');

const MALFORMED = new Set(['FST_ERR_CTP_INVALID_JSON_BODY', 'FST_ERR_CTP_EMPTY_JSON_BODY']);
const MALFORMED_MESSAGE = /^Body (is not valid JSON|cannot be empty) /;

/** The code of an HTTP exception Nest or a library threw, by its status. */
const HTTP_CODES: Record<number, string> = {
  400: 'request.invalid',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  429: 'throttled',
};

function describe(exception: unknown): Described {
  if (exception instanceof ValidationFailedError) {
    return {
      status: 400,
      message: exception.message,
      code: exception.code,
      field: exception.field,
      messageFa: exception.messageFa,
      details:
        exception.problems.length > 1
          ? { problems: exception.problems.map(({ field, constraint }) => ({ field, constraint })) }
          : undefined,
    };
  }
  if (exception instanceof DomainError) {
    return {
      status: exception.status,
      message: exception.message,
      code: exception.code,
      field: exception.field,
      details: exception.details,
      messageFa: exception.messageFa,
    };
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
    const cause = (exception.cause ?? {}) as FastifyLikeError;
    // Nest hands Fastify's body-parser errors over as HttpExceptions with Fastify's message.
    if (status === 400 && (MALFORMED.has(cause.code ?? '') || MALFORMED_MESSAGE.test(message)))
      return { status, message: 'Malformed JSON in the request body', code: 'malformed_json' };
    const code = status === 404 && /^Cannot [A-Z]+ /.test(message) ? 'route_not_found' : HTTP_CODES[status];
    return {
      status,
      message,
      code,
      field: status === 400 ? fieldOfMessage(message) : undefined,
      details: health,
    };
  }
  if (exception instanceof QueryFailedError) {
    const code = (exception.driverError as { code?: string }).code;
    if (code === '23505')
      return {
        status: 409,
        message: 'A record with the same unique value already exists',
        code: 'duplicate',
      };
    if (code === '22P02' || code === '22003' || code === '22001' || code === '22021')
      return { status: 400, message: 'A value has the wrong format or is out of range', code: 'bad_value' };
    if (code === '40001' || code === '40P01')
      return { status: 409, message: 'Concurrent change; retry', code: 'concurrent_change' };
  }
  const fe = exception as FastifyLikeError;
  if (fe && typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return {
        status: 415,
        message: 'Unsupported media type: send the body as application/json',
        code: fe.code,
      };
    }
    if (exception instanceof SyntaxError || MALFORMED.has(fe.code ?? '')) {
      return {
        status: 400,
        message: 'Malformed JSON in the request body',
        code: 'malformed_json',
      };
    }
    return {
      status: fe.statusCode,
      message: fe.message ?? STATUS_CODES[fe.statusCode] ?? 'Bad request',
      code: fe.code ?? HTTP_CODES[fe.statusCode],
    };
  }
  if (isDatabaseUnreachable(exception))
    return {
      status: 503,
      message: 'The database does not answer; try again shortly',
      code: 'database.unavailable',
      details: { retryAfterSeconds: 5 },
    };
  logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
  return { status: 500, message: 'Internal server error', code: 'internal_error' };
}

/**
 * Turns anything thrown into the contract's error body, in Persian when `lang` is `fa`;
 * never leaks a stack trace.
 */
export function toErrorBody(exception: unknown, lang: ErrorLanguage = 'en'): ErrorBody {
  const d = describe(exception);
  const message =
    lang === 'fa'
      ? (d.messageFa ??
        persianErrorText(d.code, d.status, {
          details: d.details ?? {},
          field: d.field,
          fieldFa: d.field ? fieldLabelFa(d.field) : undefined,
        }))
      : d.message;
  const { field: _field, ...details } = d.details ?? {};
  return {
    statusCode: d.status,
    error: STATUS_CODES[d.status] ?? 'Error',
    message,
    ...(d.code ? { code: d.code } : {}),
    ...(d.field ? { field: d.field } : {}),
    ...(Object.keys(details).length ? { details } : {}),
  };
}

interface Reply {
  header(k: string, v: string): Reply;
  send(b: unknown): void;
}

@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<{ status(code: number): Reply }>();
    const request = http.getRequest<{ headers?: Record<string, string | string[] | undefined> }>();
    const lang = preferredLanguage(request?.headers?.['accept-language']);
    const b = toErrorBody(exception, lang);
    const answer = reply
      .status(b.statusCode || HttpStatus.INTERNAL_SERVER_ERROR)
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-language', lang);
    const retryAfter = b.details?.retryAfterSeconds;
    if (typeof retryAfter === 'number') answer.header('retry-after', String(retryAfter));
    answer.send(b);
  }
}
