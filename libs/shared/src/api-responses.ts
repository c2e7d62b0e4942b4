import { applyDecorators, Type } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  ApiResponseOptions,
  getSchemaPath,
} from '@nestjs/swagger';

/** The one error body of the API (the global filter writes it; the OpenAPI document names it `ErrorBody`). */
export class ErrorBody {
  @ApiProperty({ example: 422 })
  statusCode!: number;

  @ApiProperty({ example: 'Unprocessable Entity', description: 'The HTTP reason phrase' })
  error!: string;

  @ApiProperty({ description: 'What went wrong; for a 400 it names the offending field' })
  message!: string;

  @ApiPropertyOptional({ example: 'lifecycle.gate_not_met', description: 'Stable machine-readable code' })
  code?: string;

  @ApiPropertyOptional({ example: 'foundedAt', description: 'The offending field, when there is one' })
  field?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Facts about the refusal (e.g. `missing` outputs, `currentVersion`, import `problems`)',
  })
  details?: Record<string, unknown>;
}

/** The one paginated list shape: `{ items, total, page, pageSize }`. */
export class PageView {
  @ApiProperty({ type: 'array', items: {} })
  items!: unknown[];

  @ApiProperty({ example: 42, description: 'How many items match, over all pages' })
  total!: number;

  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 20 })
  pageSize!: number;
}

/** 200 with `PageView` whose `items` are `item`: `@ApiPaginatedResponse(AssociationView)`. */
export function ApiPaginatedResponse(item: Type<unknown>, options: { description?: string } = {}) {
  return applyDecorators(
    ApiExtraModels(PageView, item),
    ApiOkResponse({
      description: options.description,
      schema: {
        allOf: [
          { $ref: getSchemaPath(PageView) },
          { properties: { items: { type: 'array', items: { $ref: getSchemaPath(item) } } } },
        ],
      },
    }),
  );
}

export const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Bad input: the message and `field` name the offending field',
  401: 'No access token, or an invalid or expired one',
  403: 'The caller’s role may not do this',
  404: 'Not found, or another association’s object the caller may not see',
  409: 'A stale `version`, a duplicate, or an illegal state change',
  410: 'Gone: used up or expired',
  415: 'The body is not JSON',
  422: 'A rule of the domain refused it',
  429: 'Too many attempts; retry later',
  503: 'A service the operation needs is unavailable; retry later',
};

/** The error responses an operation can give besides the ones every operation documents. */
export function ApiErrorResponses(...statuses: (keyof typeof ERROR_DESCRIPTIONS | number)[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: ERROR_DESCRIPTIONS[status], type: ErrorBody } as ApiResponseOptions),
    ),
  );
}

/** 202: the work is queued; the worker does it. */
export class JobAcceptedView {
  @ApiProperty({ description: 'The queued job’s id (see `GET /jobs`)' })
  jobId!: string;
}

export const CSV = 'text/csv';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 200 with a file (an export or a download) in one of the given media types; errors stay JSON. */
export function ApiFileResponse(mediaTypes: string[], description = 'The file, as an attachment') {
  return ApiOkResponse({
    description,
    content: Object.fromEntries(mediaTypes.map((t) => [t, { schema: { type: 'string', format: 'binary' } }])),
  });
}
