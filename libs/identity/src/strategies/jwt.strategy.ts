import { Injectable } from '@nestjs/common';
import { createSecretKey } from 'crypto';
import { PassportStrategy } from '@nestjs/passport';
import { Environment } from '@tashakkol/config';
import { AuthContext, ROLES } from '@tashakkol/shared';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AccessTokenClaims } from '../auth.service';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(env: Environment) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, not the string: jsonwebtoken would otherwise re-parse the key on every request.
      secretOrKey: createSecretKey(Buffer.from(env.JWT_ACCESS_SECRET)) as unknown as string,
      // Only the algorithm we sign with: `alg: none` and key-confusion tokens are refused.
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessTokenClaims): AuthContext | false {
    if (claims.typ !== 'access' || !ROLES.includes(claims.role)) return false;
    return { userId: claims.sub, role: claims.role, associationId: claims.aid ?? null };
  }
}
