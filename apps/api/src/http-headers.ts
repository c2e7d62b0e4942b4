import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'http';
import { Store, storage } from 'nestjs-pino/storage';

/**
 * helmet's headers (its defaults, CSP off: the web app sets its own), computed once at start-up by
 * running helmet against a recording response instead of on every request.
 */
export function securityHeaders(): ReadonlyArray<readonly [string, string]> {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) =>
      headers.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  } as unknown as ServerResponse;
  let done = false;
  helmet({ contentSecurityPolicy: false })({} as IncomingMessage, recorder, (err?: unknown) => {
    if (err) throw err instanceof Error ? err : new Error(String(err));
    done = true;
  });
  if (!done || headers.size === 0) throw new Error('helmet did not set its headers synchronously');
  return [...headers];
}

/**
 * What every answer carries, set in one `onSend` hook: the request id, helmet's headers (unless the
 * route set one of them itself, as the web app does its CSP) and `Cache-Control: no-store` on
 * answers to authenticated requests (ASVS 8.2.1) unless the route chose a policy of its own.
 */
export function useResponseHeaders(fastify: FastifyInstance): void {
  const fixed = securityHeaders();
  fastify.addHook(
    'onSend',
    (req: FastifyRequest, reply: FastifyReply, payload: unknown, done: (err: null, p: unknown) => void) => {
      reply.header('x-request-id', req.id);
      for (const [name, value] of fixed) if (!reply.hasHeader(name)) reply.header(name, value);
      if (req.headers.authorization && !reply.hasHeader('cache-control'))
        reply.header('cache-control', 'no-store');
      done(null, payload);
    },
  );
}

/**
 * Application logs carry the request's id: each request runs in nestjs-pino's async context holding
 * Fastify's request logger (a child with `reqId`), entered in Fastify's first `onRequest` hook rather
 * than through an Express-style middleware (`@fastify/middie`) on every request.
 */
export function useRequestLogContext(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (req: FastifyRequest, _reply: FastifyReply, done: () => void) => {
    storage.run(new Store(req.log as never), done);
  });
}
