// The one API client of the app: typed from the server's OpenAPI document (schema.d.ts, generated).
// It speaks Persian (Accept-Language: fa), carries the bearer token, and when the access token has
// expired it refreshes the session once and repeats the request; if that fails the user is logged out.
import createClient from 'openapi-fetch';
import { getSession, replaceTokens, setSession } from '../lib/session';
import type { paths } from './schema';

export interface ApiErrorBody {
  statusCode: number;
  error?: string;
  message: string | string[];
  code?: string;
  field?: string;
  /** More about the refusal (`problems`: each with its field and Persian message). */
  details?: Record<string, unknown>;
}

/** An API refusal, with the server's Persian message and the field it concerns. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(Array.isArray(body.message) ? body.message.join('، ') : body.message);
  }
  get code(): string | undefined {
    return this.body.code;
  }
  get field(): string | undefined {
    return this.body.field;
  }
}

let refreshing: Promise<boolean> | null = null;

async function refreshSession(): Promise<boolean> {
  const session = getSession();
  if (!session) return false;
  try {
    const res = await fetch('/api/v1/auth/refresh', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'fa' },
      body: JSON.stringify({ refreshToken: session.refreshToken }),
    });
    if (!res.ok) return false;
    const body = (await res.json()) as { accessToken: string; refreshToken: string };
    replaceTokens(body.accessToken, body.refreshToken);
    return true;
  } catch {
    return false;
  }
}

/** Concurrent 401s share one refresh: a refresh token works only once. */
function refreshOnce(): Promise<boolean> {
  refreshing ??= refreshSession().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

function withAuth(request: Request): Request {
  const r = new Request(request);
  r.headers.set('accept-language', 'fa');
  const token = getSession()?.accessToken;
  if (token) r.headers.set('authorization', `Bearer ${token}`);
  return r;
}

async function sessionFetch(input: Request): Promise<Response> {
  const retry = input.clone();
  const first = await fetch(withAuth(input));
  if (first.status !== 401 || !getSession() || input.url.includes('/auth/')) return first;
  if (await refreshOnce()) return fetch(withAuth(retry));
  setSession(null);
  return first;
}

export const api = createClient<paths>({ baseUrl: '', fetch: sessionFetch });

type Result = Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** Awaits a client call: its body, or an ApiError carrying the server's error body. */
export async function call<T>(request: Result): Promise<T> {
  const { data, error, response } = await request;
  if (!response.ok) {
    const body =
      error && typeof error === 'object' && 'message' in error
        ? (error as ApiErrorBody)
        : { statusCode: response.status, message: response.statusText };
    throw new ApiError(response.status, body);
  }
  return data as T;
}
