import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Environment } from '@tashakkol/config';
import { AuthContext, TooManyRequestsError } from '@tashakkol/shared';
import { randomUUID } from 'crypto';
import { DataSource, IsNull, Repository } from 'typeorm';
import { InvalidCredentialsError, InvalidRefreshTokenError } from './identity.errors';
import { loginKeys } from './rate-limit/login-limits';
import { RateLimiter } from './rate-limit/rate-limiter.service';
import { TokenVersions } from './token-versions.service';
import { RefreshToken } from './refresh-token.entity';
import {
  DUMMY_PASSWORD_HASH,
  newRefreshToken,
  parseRefreshToken,
  secretMatches,
  verifyPassword,
} from './tokens';
import { User } from './user.entity';
import { toUserView, UserView } from './users.views';

export interface AccessTokenClaims {
  sub: string;
  role: AuthContext['role'];
  aid: string | null;
  /** The user's token version when the token was issued (see TokenVersions). */
  tv: number;
  typ: 'access';
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(RefreshToken) private readonly refreshTokens: Repository<RefreshToken>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly env: Environment,
    private readonly limiter: RateLimiter,
    private readonly versions: TokenVersions,
  ) {}

  /** Checks e-mail and password; the error never says which of the two was wrong. */
  async validateCredentials(email: string, password: string): Promise<User> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: email.trim().toLowerCase() })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash ?? (await DUMMY_PASSWORD_HASH), password);
    if (!user || !ok || !user.active) throw new InvalidCredentialsError();
    return user;
  }

  async login(user: User): Promise<TokenPair & { user: UserView }> {
    await this.limiter.reset(loginKeys.account(user.email));
    const pair = await this.issue(user, randomUUID());
    return { ...pair, user: toUserView(user) };
  }

  /** Rotates a refresh token. Presenting one that was already rotated revokes its whole family. */
  async refresh(presented: string): Promise<TokenPair> {
    const parsed = parseRefreshToken(presented);
    if (!parsed) throw new InvalidRefreshTokenError();
    const outcome = await this.db.transaction(async (em) => {
      const row = await em.findOne(RefreshToken, {
        where: { id: parsed.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row || !secretMatches(parsed.secret, row.tokenHash)) return { kind: 'invalid' as const };
      // Per login session, not per address: an office behind one NAT refreshes freely.
      const burst = await this.limiter.hit(loginKeys.family(row.familyId), 60_000);
      if (burst.count > this.env.REFRESH_FAMILY_LIMIT)
        throw new TooManyRequestsError(
          'identity.too_many_refreshes',
          'Too many refreshes of this session; wait and try again',
          burst.resetMs / 1000,
        );
      if (row.revokedAt) {
        await em.update(
          RefreshToken,
          { familyId: row.familyId, revokedAt: IsNull() },
          { revokedAt: new Date() },
        );
        return { kind: 'reused' as const };
      }
      if (row.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' as const };
      const user = await em.findOne(User, { where: { id: row.userId } });
      if (!user || !user.active) return { kind: 'invalid' as const };
      const next = newRefreshToken();
      await em.insert(RefreshToken, this.tokenRow(next, user.id, row.familyId));
      await em.update(RefreshToken, { id: row.id }, { revokedAt: new Date(), replacedBy: next.id });
      return { kind: 'ok' as const, user, refreshToken: next.token };
    });
    if (outcome.kind !== 'ok') throw new InvalidRefreshTokenError();
    return { ...(await this.accessToken(outcome.user)), refreshToken: outcome.refreshToken };
  }

  /** Ends every session of the caller: refresh tokens revoked, access tokens refused from now on. */
  async logout(auth: AuthContext): Promise<void> {
    await this.db.transaction(async (em) => {
      await em.update(RefreshToken, { userId: auth.userId, revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.versions.raise(em, auth.userId);
    });
  }

  private async issue(user: User, familyId: string): Promise<TokenPair> {
    const refresh = newRefreshToken();
    await this.refreshTokens.insert(this.tokenRow(refresh, user.id, familyId));
    return { ...(await this.accessToken(user)), refreshToken: refresh.token };
  }

  private async accessToken(user: User): Promise<{ accessToken: string; expiresIn: number }> {
    const claims: AccessTokenClaims = {
      sub: user.id,
      role: user.role,
      aid: user.associationId,
      tv: (await this.versions.current(user.id)) ?? 0,
      typ: 'access',
    };
    return { accessToken: this.jwt.sign(claims), expiresIn: this.env.JWT_ACCESS_TTL_SECONDS };
  }

  private tokenRow(t: { id: string; hash: string }, userId: string, familyId: string): Partial<RefreshToken> {
    return {
      id: t.id,
      userId,
      familyId,
      tokenHash: t.hash,
      expiresAt: new Date(Date.now() + this.env.JWT_REFRESH_TTL_SECONDS * 1000),
    };
  }
}

export function stripSecret(user: User): User {
  const { passwordHash: _hidden, tokenVersion: _version, ...rest } = user;
  return rest as User;
}
