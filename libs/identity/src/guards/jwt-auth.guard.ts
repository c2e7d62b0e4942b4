import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { Environment } from '@tashakkol/config';
import { AuthContext, PUBLIC_KEY, ROLES, UnauthenticatedError } from '@tashakkol/shared';
import { createSecretKey, KeyObject } from 'crypto';
import type { AccessTokenClaims } from '../auth.service';

/**
 * Global: every route needs a valid access token unless marked `@Public()`.
 * Verifies the bearer token with @nestjs/jwt directly (HS256 only, so `alg: none` and
 * key-confusion tokens are refused); Passport's per-request machinery is kept for login only,
 * where it earns its keep, because this guard runs on every request.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  private readonly key: KeyObject;

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    env: Environment,
  ) {
    this.key = createSecretKey(Buffer.from(env.JWT_ACCESS_SECRET));
  }

  canActivate(context: ExecutionContext): boolean {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]))
      return true;
    const req = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | undefined>; user?: AuthContext }>();
    req.user = this.authenticate(req.headers.authorization);
    return true;
  }

  private authenticate(header: string | undefined): AuthContext {
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (token) {
      try {
        const claims = this.jwt.verify<AccessTokenClaims>(token, {
          secret: this.key as unknown as string,
          algorithms: ['HS256'],
        });
        if (claims.typ === 'access' && ROLES.includes(claims.role) && typeof claims.sub === 'string') {
          return { userId: claims.sub, role: claims.role, associationId: claims.aid ?? null };
        }
      } catch {
        // expired, tampered, wrong algorithm: all the same 401 below
      }
    }
    throw new UnauthenticatedError('identity.unauthenticated', 'Missing, invalid or expired access token');
  }
}
