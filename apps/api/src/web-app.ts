import fastifyStatic from '@fastify/static';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'fs';
import { join, resolve } from 'path';

/** Where `npm run build:web` writes the Persian web app. */
export const WEB_DIST = resolve(__dirname, '..', '..', 'web', 'dist');

/**
 * Only our own scripts, fonts and API. Styles allow 'unsafe-inline' because MUI's emotion writes
 * its styles into <style> tags at run time; a nonce would need the HTML rendered per request, and
 * an injected style cannot run code, so scripts stay strictly 'self'.
 */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the built app at `/` when it exists: its files, and `index.html` for any client path
 * (`/associations/…`). A path under `/api` is handed back to Nest's not-found handler, so an
 * unknown API path stays a JSON 404.
 */
export async function serveWebApp(app: NestFastifyApplication, dist = WEB_DIST): Promise<boolean> {
  if (!existsSync(join(dist, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: dist,
    wildcard: false,
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader('content-security-policy', WEB_CSP);
      // File names under assets/ carry a content hash: they never change.
      res.setHeader(
        'cache-control',
        path.includes(`${join('assets')}/`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (req, reply) => {
    if (req.url === '/api' || req.url.startsWith('/api/') || req.url.startsWith('/api?')) {
      return reply.callNotFound();
    }
    reply.header('content-security-policy', WEB_CSP).header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
  return true;
}
