import fastifyStatic from '@fastify/static';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync, statSync } from 'fs';
import { join, relative, resolve, sep } from 'path';

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
 * (`/associations/…`). A path under `/api`, or a missing file, is handed back to Nest's not-found
 * handler, so an unknown API path stays a JSON 404. Files are looked up per request (not globbed at
 * start), so a rebuild while the server runs is served at once.
 */
export async function serveWebApp(app: NestFastifyApplication, dist = WEB_DIST): Promise<boolean> {
  if (!existsSync(join(dist, 'index.html'))) return false;
  const root = resolve(dist);
  await app.register(fastifyStatic, { root, serve: false, cacheControl: false });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (req, reply) => {
    const path = req.url.split('?')[0];
    if (path === '/api' || path.startsWith('/api/')) return reply.callNotFound();
    reply.header('content-security-policy', WEB_CSP);
    const file = fileUnder(root, path);
    if (file) {
      // Names under assets/ carry a content hash: they never change.
      const immutable = file.startsWith(`assets${sep}`);
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      return reply.sendFile(file);
    }
    if (/\.[a-z0-9]+$/i.test(path)) return reply.callNotFound();
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
  return true;
}

/** The file a URL path names inside root (relative to it), or null when there is none. */
function fileUnder(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = resolve(root, `.${decoded}`);
  if (full === root || !full.startsWith(root + sep)) return null;
  try {
    return statSync(full).isFile() ? relative(root, full) : null;
  } catch {
    return null;
  }
}
