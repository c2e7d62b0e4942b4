import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { Environment } from '@tashakkol/config';
import { AuthContext, PUBLIC_KEY, ROLES, UnauthenticatedError } from '@tashakkol/shared';
import { createSecretKey, KeyObject } from 'crypto';
import { LRUCache } from 'lru-cache';
import type { AccessTokenClaims } from '../auth.service';
import { TokenVersions } from '../token-versions.service';

/**
 * Global: every route needs a valid access token unless marked `@Public()`.
 * Verifies the bearer token with @nestjs/jwt directly (HS256 only, so `alg: none` and
 * key-confusion tokens are refused); Passport's per-request machinery is kept for login only,
 * where it earns its keep, because this guard runs on every request. A token already verified
 * is remembered until it expires (keyed by the whole token, signature included), so a client's
 * next requests skip the HMAC and the JSON parsing; its version is still checked every time.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  private readonly key: KeyObject;
  private readonly verified = new LRUCache<string, { auth: AuthContext; version: number; expMs: number }>({
    max: 10_000,
  });

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly versions: TokenVersions,
    env: Environment,
  ) {
    this.key = createSecretKey(Buffer.from(env.JWT_ACCESS_SECRET));
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]))
      return true;
    const req = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | undefined>; user?: AuthContext }>();
    const { auth, version } = this.authenticate(req.headers.authorization);
    // Logout, deactivation and a new role end a token at once, not when it expires.
    if ((await this.versions.current(auth.userId)) !== version) throw unauthenticated();
    req.user = auth;
    return true;
  }

  private authenticate(header: string | undefined): { auth: AuthContext; version: number } {
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    const known = token ? this.verified.get(token) : undefined;
    if (known) {
      if (known.expMs > Date.now()) return known;
      this.verified.delete(token as string);
    }
    if (token) {
      try {
        const claims = this.jwt.verify<AccessTokenClaims & { exp?: number }>(token, {
          secret: this.key as unknown as string,
          algorithms: ['HS256'],
        });
        if (
          claims.typ === 'access' &&
          ROLES.includes(claims.role) &&
          typeof claims.sub === 'string' &&
          typeof claims.tv === 'number'
        ) {
          const auth: AuthContext = Object.freeze({
            userId: claims.sub,
            role: claims.role,
            associationId: claims.aid ?? null,
          });
          const expMs = typeof claims.exp === 'number' ? claims.exp * 1000 : 0;
          if (expMs > 0) this.verified.set(token, { auth, version: claims.tv, expMs });
          return { auth, version: claims.tv };
        }
      } catch {
        // expired, tampered, wrong algorithm: all the same 401 below
      }
    }
    throw unauthenticated();
  }
}

function unauthenticated(): UnauthenticatedError {
  return new UnauthenticatedError('identity.unauthenticated', 'Missing, invalid or expired access token');
}
