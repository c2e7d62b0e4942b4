import Fastify from 'fastify';
import { storage } from 'nestjs-pino/storage';
import { securityHeaders, useRequestLogContext, useResponseHeaders } from './http-headers';

function server() {
  const app = Fastify({ logger: { level: 'silent' }, genReqId: () => 'req-42' });
  useRequestLogContext(app);
  useResponseHeaders(app);
  return app;
}

describe('the headers every answer carries', () => {
  it('are helmet’s defaults without CSP, computed once', () => {
    const names = securityHeaders().map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining([
        'strict-transport-security',
        'x-content-type-options',
        'x-frame-options',
        'referrer-policy',
        'cross-origin-opener-policy',
      ]),
    );
    expect(names).not.toContain('content-security-policy');
  });

  it('adds the request id, helmet’s headers and no-store for an authenticated request', async () => {
    const app = server();
    app.get('/x', async () => ({ ok: true }));
    const anonymous = await app.inject({ method: 'GET', url: '/x' });
    expect(anonymous.headers['x-request-id']).toBe('req-42');
    expect(anonymous.headers['x-content-type-options']).toBe('nosniff');
    expect(anonymous.headers['cache-control']).toBeUndefined();
    const authenticated = await app.inject({
      method: 'GET',
      url: '/x',
      headers: { authorization: 'Bearer t' },
    });
    expect(authenticated.headers['cache-control']).toBe('no-store');
    await app.close();
  });

  it('keeps a header the route set itself', async () => {
    const app = server();
    app.get('/page', async (_req, reply) =>
      reply.header('x-frame-options', 'DENY').header('cache-control', 'private').send('<p>'),
    );
    const res = await app.inject({ method: 'GET', url: '/page', headers: { authorization: 'Bearer t' } });
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cache-control']).toBe('private');
    await app.close();
  });
});

describe('the request’s logging context', () => {
  it('holds the request logger in the handler, after awaits and after the body was parsed', async () => {
    const app = server();
    const seen: unknown[] = [];
    app.post('/y', async (req) => {
      await new Promise((r) => setTimeout(r, 1));
      seen.push(storage.getStore()?.logger === req.log);
      return {};
    });
    await app.inject({ method: 'POST', url: '/y', payload: { a: 1 } });
    expect(seen).toEqual([true]);
    await app.close();
  });
});
