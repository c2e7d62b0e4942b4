import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'crypto';
import * as argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, t=3, p=4). */
export const hashPassword = (password: string): Promise<string> =>
  argon2.hash(password, { type: argon2.argon2id });

export const verifyPassword = (hash: string, password: string): Promise<boolean> =>
  argon2.verify(hash, password).catch(() => false);

/** A hash to verify against when the e-mail is unknown, so timing does not tell which part was wrong. */
export const DUMMY_PASSWORD_HASH = hashPassword('not-a-real-password-' + randomUUID());

export interface OpaqueToken {
  id: string;
  /** What the client holds: `<id>.<secret>`. */
  token: string;
  hash: string;
}

export function newRefreshToken(): OpaqueToken {
  const id = randomUUID();
  const secret = randomBytes(32).toString('base64url');
  return { id, token: `${id}.${secret}`, hash: sha256(secret) };
}

export function parseRefreshToken(token: string): { id: string; secret: string } | null {
  const m = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return m ? { id: m[1], secret: m[2] } : null;
}

export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(sha256(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
