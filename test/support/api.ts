import 'reflect-metadata';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { resetEnvironmentCache } from '@tashakkol/config';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { responseContract } from './openapi-validation';
import { scopedEnv } from './private-database';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  /** Sent as is, with the given content type (for non-JSON bodies). */
  raw?: { contentType: string; data: string | Buffer | FormData };
  headers?: Record<string, string>;
  /** Skips the check of the response against the OpenAPI document (only for requests the document cannot describe). */
  unchecked?: boolean;
}

/**
 * A client for the API under test, over real HTTP on a loopback port. Every response is checked
 * against the served OpenAPI document (status declared, body matching its schema); a mismatch
 * fails the request, and so the test that made it.
 */
export class TestApi {
  private tokens = new Map<string, string>();

  constructor(
    readonly app: NestFastifyApplication,
    readonly baseUrl: string,
  ) {}

  async request<T = any>(method: string, path: string, opts: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: RequestInit['body'];
    if (opts.raw) {
      if (!(opts.raw.data instanceof FormData)) headers['content-type'] = opts.raw.contentType;
      body = opts.raw.data as RequestInit['body'];
    } else if (opts.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(opts.body);
    }
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    if (!opts.unchecked) {
      const contract = await responseContract(this.baseUrl);
      const broken = contract.check(method, path, res.status, res.headers.get('content-type') ?? '', parsed);
      if (broken) throw new Error(`Response does not keep the OpenAPI contract: ${broken}`);
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = any>(path: string, token?: string) {
    return this.request<T>('GET', path, { token });
  }
  post<T = any>(path: string, body: unknown, token?: string) {
    return this.request<T>('POST', path, { token, body });
  }
  put<T = any>(path: string, body: unknown, token?: string) {
    return this.request<T>('PUT', path, { token, body });
  }
  patch<T = any>(path: string, body: unknown, token?: string) {
    return this.request<T>('PATCH', path, { token, body });
  }
  delete<T = any>(path: string, token?: string) {
    return this.request<T>('DELETE', path, { token });
  }

  /** Logs in once per e-mail and reuses the access token (login is throttled per e-mail). */
  async tokenFor(email: string, password: string): Promise<string> {
    const cached = this.tokens.get(email);
    if (cached) return cached;
    const res = await this.post('/auth/login', { email, password });
    if (res.status !== 200)
      throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.tokens.set(email, res.body.accessToken);
    return res.body.accessToken;
  }

  adminToken(): Promise<string> {
    return this.tokenFor(process.env.ADMIN_EMAIL as string, process.env.ADMIN_PASSWORD as string);
  }

  /** Creates a user of the given role (as admin) and returns its id and access token. */
  async userWithRole(
    role: 'admin' | 'staff' | 'approver' | 'president' | 'board',
    associationId?: string,
  ): Promise<{ id: string; email: string; token: string }> {
    const email = `${role}-${Math.random().toString(36).slice(2, 10)}@test.local`;
    const password = 'password-for-tests';
    const res = await this.post(
      '/users',
      { email, password, fullName: `Test ${role}`, role, associationId },
      await this.adminToken(),
    );
    if (res.status !== 201)
      throw new Error(`create ${role} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.id, email, token: await this.tokenFor(email, password) };
  }

  async close(): Promise<void> {
    await this.app.close();
  }
}

/** Starts the real API (Fastify, real PostgreSQL and Redis of this test run) on a free port. */
export async function startApi(
  env: Record<string, string> = {},
  options: { webDist?: string } = {},
): Promise<TestApi> {
  const saved = { ...process.env };
  Object.assign(process.env, scopedEnv(env));
  resetEnvironmentCache();
  try {
    const app = await createApiApp({ logger: false, webDist: options.webDist });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address() as { port: number };
    return new TestApi(app, `http://127.0.0.1:${address.port}/api/v1`);
  } finally {
    process.env = saved;
    resetEnvironmentCache();
  }
}
