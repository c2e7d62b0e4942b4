import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import sjson from 'secure-json-parse';
import { toErrorBody } from './http-error.filter';

/** Deep enough for every body of the contract (the deepest is about 4); stack overflows start near 1,000. */
export const MAX_JSON_DEPTH = 32;

class BadBodyError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** How deep `{`/`[` nest in a JSON text, counted without parsing it (brackets inside strings do not count). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) max = Math.max(max, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string (or key) that PostgreSQL or the validators cannot take: a NUL or a lone UTF-16 surrogate. */
export function findBadText(
  value: unknown,
  path = '',
): { path: string; constraint: 'nulCharacter' | 'loneSurrogate'; problem: string } | undefined {
  if (typeof value === 'string') {
    if (value.includes('\u0000'))
      return {
        path: path || 'body',
        constraint: 'nulCharacter',
        problem: 'must not contain a NUL character',
      };
    if (LONE_SURROGATE.test(value))
      return {
        path: path || 'body',
        constraint: 'loneSurrogate',
        problem: 'must be valid Unicode text (a lone UTF-16 surrogate)',
      };
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    const found = findBadText(key, here) ?? findBadText(inner, here);
    if (found) return found;
  }
  return undefined;
}

/**
 * JSON bodies are checked before and after parsing: nesting is bounded before `JSON.parse`
 * runs (a 3 KB body nested 1,500 deep overflowed the stack on every endpoint, login included),
 * prototype poisoning is refused as Fastify's own parser does, and text that is not valid
 * Unicode is a 400 naming the field before any guard or validator sees it.
 */
export function useSafeJsonParser(app: NestFastifyApplication, bodyLimit: number): void {
  app.useBodyParser('application/json', { bodyLimit }, (_req, body, done) => {
    const text = Buffer.isBuffer(body) ? body.toString('utf8') : String(body);
    if (text.trim() === '')
      return done(new BadBodyError(400, 'FST_ERR_CTP_EMPTY_JSON_BODY', 'body: is empty'));
    if (jsonDepth(text) > MAX_JSON_DEPTH)
      return done(
        new BadBodyError(400, 'too_deep', `body: JSON nested deeper than ${MAX_JSON_DEPTH} levels`),
      );
    let parsed: unknown;
    try {
      parsed = sjson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
    } catch {
      return done(
        new BadBodyError(400, 'FST_ERR_CTP_INVALID_JSON_BODY', 'Malformed JSON in the request body'),
      );
    }
    const bad = findBadText(parsed);
    if (bad) return done(new BadBodyError(400, 'validation', `${bad.path}: ${bad.problem}`));
    done(null, parsed);
  });
}

/** A multipart body needs its boundary; without one busboy throws a bare error (was a 500). */
export function refuseMultipartWithoutBoundary(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (req, reply, done) => {
      const type = req.headers['content-type'];
      if (type && /^\s*multipart\//i.test(type) && !/;\s*boundary=("[^"]+"|[^\s;]+)/i.test(type)) {
        const error = new BadBodyError(400, 'malformed_multipart', 'file: a multipart body needs a boundary');
        reply.status(400).send(toErrorBody(error));
        return;
      }
      done();
    });
}
