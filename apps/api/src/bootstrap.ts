import multipart from '@fastify/multipart';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { IncomingMessage } from 'http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Environment, loadEnvironment, trustedProxies } from '@tashakkol/config';
import { preferredLanguage } from '@tashakkol/shared';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { refuseMultipartWithoutBoundary, useSafeJsonParser } from './hostile-input';
import { useRequestLogContext, useResponseHeaders } from './http-headers';
import { buildOpenApiDocument } from './openapi';
import { toErrorBody } from './http-error.filter';
import { buildValidationPipe } from './validation';
import { serveWebApp, WEB_DIST } from './web-app';

export const API_PREFIX = 'api/v1';
const BODY_LIMIT = 1024 * 1024;

export interface RegisteredRoute {
  method: string;
  url: string;
}
const ROUTES = new WeakMap<object, RegisteredRoute[]>();

/** Every route the HTTP server registered (so a test can check the OpenAPI document lists them all). */
export function registeredRoutes(app: object): RegisteredRoute[] {
  return ROUTES.get(app) ?? [];
}

/** Builds the API application (used by main.ts, the e2e tests and the benchmarks). */
export async function createApiApp(
  options: { logger?: boolean; preview?: boolean; webDist?: string } = {},
): Promise<NestFastifyApplication> {
  const env = loadEnvironment();
  const adapter = new FastifyAdapter({
    trustProxy: trustedProxies(env),
    bodyLimit: BODY_LIMIT,
    routerOptions: { maxParamLength: 200 },
    genReqId: requestId,
    // Fastify's own pino logs each request as JSON with its id (no Express-style middleware on the hot path).
    logger:
      options.logger === false
        ? false
        : { level: env.LOG_LEVEL, redact: ['req.headers.authorization', 'req.headers.cookie'] },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, {
    bufferLogs: true,
    logger: options.logger === false ? false : undefined,
    abortOnError: options.logger !== false,
    // Preview: modules and routes are scanned but no provider is built (no database or Redis), for the OpenAPI export.
    preview: options.preview ?? false,
  });
  if (options.logger !== false && !options.preview) app.useLogger(app.get(Logger));
  const fastify = app.getHttpAdapter().getInstance();

  // Every request runs in the logging context first (application logs carry its id).
  useRequestLogContext(fastify);
  // JSON in, JSON out: any other body (but file uploads) is refused before it is parsed.
  fastify.addHook('onRequest', (req, reply, done) => {
    const hasBody =
      Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (!hasBody) return done();
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json' && !type.endsWith('+json') && type !== 'multipart/form-data') {
      const lang = preferredLanguage(req.headers['accept-language']);
      const b = toErrorBody({ statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }, lang);
      reply.status(415).header('content-language', lang).send(b);
      return;
    }
    done();
  });
  fastify.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) registered.push({ method: String(method), url: route.url });
  });
  const registered: RegisteredRoute[] = [];
  ROUTES.set(app, registered);
  // The request id, helmet's headers and no-store on authenticated answers, in one hook.
  useResponseHeaders(fastify);
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1 } });
  useSafeJsonParser(app, BODY_LIMIT);
  refuseMultipartWithoutBoundary(app);
  // No CORS handler at all unless origins are configured: it would run on every request for nothing.
  if (env.CORS_ORIGINS.trim()) app.enableCors(corsOptions(env));
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(buildValidationPipe());
  setupOpenApi(app);
  await serveWebApp(app, options.webDist ?? WEB_DIST);
  return app;
}

/** Keeps a caller's well-formed `x-request-id`, or makes one; logs and the audit log carry it. */
function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
  (req as IncomingMessage & { id?: string }).id = id;
  return id;
}

function corsOptions(env: Environment) {
  const origins = env.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  return { origin: origins.includes('*') ? true : origins, credentials: false };
}

export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
}
