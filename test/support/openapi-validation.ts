import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Checks real responses against the served OpenAPI document: every response an e2e suite receives
 * through `TestApi.request` must be a status the operation declares, with a body its schema accepts.
 * So the document (and the web client generated from it) cannot drift from the code.
 */
export class ResponseContract {
  private readonly ajv: Ajv;
  private readonly routes: { method: string; template: string; pattern: RegExp; literal: number }[];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(
    private readonly document: OpenApiDocument,
    private readonly prefix: string,
  ) {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema(toJsonSchema(structuredClone(document)) as object, 'openapi');
    this.routes = Object.entries(document.paths).flatMap(([template, ops]) =>
      Object.keys(ops)
        .filter((m) => METHODS.includes(m))
        .map((method) => ({
          method,
          template,
          pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
          literal: template.split('/').filter((s) => s && !s.startsWith('{')).length,
        })),
    );
    // `/associations/export` before `/associations/{id}`.
    this.routes.sort((a, b) => b.literal - a.literal);
  }

  /** Undefined when the response keeps the contract, else a message naming the operation, status and errors. */
  check(method: string, url: string, status: number, contentType: string, body: unknown): string | undefined {
    const path = `${this.prefix}${url.split('?')[0]}`;
    const route = this.routes.find((r) => r.method === method.toLowerCase() && r.pattern.test(path));
    if (!route) return undefined; // not an operation of the API (e.g. a test of the JSON 404 for unknown paths)
    const op = `${method.toUpperCase()} ${route.template}`;
    const responses = this.document.paths[route.template][route.method].responses ?? {};
    const declared = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
    if (!declared)
      return `${op} answered ${status}, which the OpenAPI document does not declare (declared: ${Object.keys(responses).join(', ')}); body: ${short(body)}`;
    const content = declared.content ?? {};
    const types = Object.keys(content);
    if (types.length === 0) return undefined;
    const mediaType = contentType.split(';')[0].trim().toLowerCase();
    const match = types.find(
      (t) => t === mediaType || (t === 'application/json' && mediaType.endsWith('json')),
    );
    if (!match)
      return `${op} answered ${status} with content type ${mediaType || 'none'}, declared: ${types.join(', ')}`;
    if (!content[match].schema || !match.endsWith('json')) return undefined;
    const validate = this.validator(
      route.template,
      route.method,
      String(status) in responses ? String(status) : declaredKey(responses, status),
      match,
    );
    if (validate(body)) return undefined;
    const errors = (validate.errors ?? []).map(
      (e) =>
        `${e.instancePath || '(body)'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`,
    );
    return `${op} answered ${status} with a body the OpenAPI document does not describe: ${errors.slice(0, 8).join('; ')}; body: ${short(body)}`;
  }

  private validator(template: string, method: string, status: string, mediaType: string): ValidateFunction {
    const ref = `openapi#/paths/${pointer(template)}/${method}/responses/${status}/content/${pointer(mediaType)}/schema`;
    let fn = this.compiled.get(ref);
    if (!fn) {
      fn = this.ajv.compile({ $ref: ref });
      this.compiled.set(ref, fn);
    }
    return fn;
  }
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>
  >;
}

function declaredKey(responses: Record<string, unknown>, status: number): string {
  return `${String(status)[0]}XX` in responses ? `${String(status)[0]}XX` : 'default';
}

const pointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

const short = (body: unknown) => {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return text && text.length > 400 ? `${text.slice(0, 400)}…` : text;
};

/** OpenAPI 3.0 `nullable: true` → JSON Schema's `anyOf [… , null]` (works beside `$ref`/`allOf` too); refs to this document. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `openapi${v}` : toJsonSchema(v);
  }
  if (out.nullable === true) {
    delete out.nullable;
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

let shared: Promise<ResponseContract> | undefined;

/** The contract of the served document, fetched once per test file. */
export function responseContract(baseUrl: string): Promise<ResponseContract> {
  const origin = new URL(baseUrl);
  shared ??= fetch(`${origin.origin}/api/docs-json`)
    .then((r) => r.json() as Promise<OpenApiDocument>)
    .then((doc: OpenApiDocument) => new ResponseContract(doc, origin.pathname.replace(/\/$/, '')));
  return shared;
}
