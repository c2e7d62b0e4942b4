import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, getSchemaPath, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ERROR_DESCRIPTIONS, ErrorBody } from '@tashakkol/shared';

/** The API's OpenAPI document, keys sorted so the committed `openapi.json` diffs only on real changes. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Tashakkol API — سامانه ایجاد و هدایت تشکل ها')
    .setDescription(
      'The HTTP API of the chamber of commerce platform that creates and guides trade associations. ' +
        'Errors are `ErrorBody` (`{ statusCode, error, message, code, field?, details? }`), the message in Persian ' +
        'under `Accept-Language: fa`; money is integer Rials as strings; dates are ISO-8601 UTC, with a `…Jalali` ' +
        'rendering (Tehran calendar day) beside them, and date inputs also accept a Jalali date (`1405/09/10`).',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ErrorBody] });
  addCommonErrorResponses(document);
  return sortKeys(document);
}

/** A body that carries the `version` last read can be stale (409). */
function carriesVersion(document: OpenAPIObject, op: Operation): boolean {
  const body =
    op.requestBody && 'content' in op.requestBody ? op.requestBody.content['application/json'] : undefined;
  const ref = body?.schema && '$ref' in body.schema ? body.schema.$ref : undefined;
  const schema = ref ? document.components?.schemas?.[ref.split('/').pop() as string] : undefined;
  return !!schema && 'properties' in schema && !!schema.properties && 'version' in schema.properties;
}

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;

/**
 * The errors that global machinery gives, declared where it applies: the token guard (401), the
 * validation pipes (400 on any parameter or body), the JSON-only hook (415), path ids that lead
 * nowhere (404). The rest (403 via `@Roles`, 409, 422 …) each operation declares itself.
 */
function addCommonErrorResponses(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const op: Operation | undefined = item[method];
      if (!op) continue;
      const statuses: number[] = [];
      if (op.security?.length) statuses.push(401);
      if (op.parameters?.length || op.requestBody) statuses.push(400);
      if (op.requestBody) statuses.push(415);
      if (path.includes('{')) statuses.push(404);
      if (carriesVersion(document, op)) statuses.push(409);
      for (const status of statuses) op.responses[status] ??= { description: ERROR_DESCRIPTIONS[status] };
      // Every error, whatever the operation produces on success, is the filter's JSON body.
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) >= 400 && response && 'description' in response)
          response.content = { 'application/json': { schema: { $ref: getSchemaPath(ErrorBody) } } };
      }
    }
  }
}

/** Object keys in order, recursively (arrays keep their order: it can carry meaning, e.g. enums, phases). */
export function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => sortKeys(v)) as T;
  if (value && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(source)
        .sort()
        .map((k) => [k, sortKeys(source[k])]),
    ) as T;
  }
  return value;
}
