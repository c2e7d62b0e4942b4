import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Environment } from '@tashakkol/config';
import { TooManyRequestsError } from '@tashakkol/shared';
import { accountBlockMs, loginKeys, STRIKE_MEMORY_MS } from '../rate-limit/login-limits';
import { RateLimiter } from '../rate-limit/rate-limiter.service';

/**
 * Login attempts are limited per client address (all e-mails together) and per account (all
 * addresses together); an account that keeps being guessed is blocked for longer each time.
 * The address is the socket's unless a configured proxy forwarded the request (TRUSTED_PROXIES),
 * so a made-up `X-Forwarded-For` buys nothing.
 */
@Injectable()
export class LoginThrottlerGuard implements CanActivate {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly env: Environment,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<{ ip: string; body?: { email?: unknown } }>();
    const email = typeof req.body?.email === 'string' ? req.body.email.trim().toLowerCase() : '';
    const windowMs = this.env.LOGIN_THROTTLE_TTL_SECONDS * 1000;
    if (email) {
      const blocked = await this.limiter.blockedFor(loginKeys.block(email));
      if (blocked > 0) throw tooMany(blocked);
    }
    const byAddress = await this.limiter.hit(loginKeys.address(req.ip), windowMs);
    if (byAddress.count > this.env.LOGIN_ADDRESS_LIMIT) throw tooMany(byAddress.resetMs);
    if (!email) return true;
    const byAccount = await this.limiter.hit(loginKeys.account(email), windowMs);
    if (byAccount.count > this.env.LOGIN_THROTTLE_LIMIT) {
      const strikes = await this.limiter.hit(loginKeys.strikes(email), STRIKE_MEMORY_MS);
      const ms = accountBlockMs(strikes.count, windowMs, this.env.LOGIN_BACKOFF_MAX_SECONDS * 1000);
      await this.limiter.block(loginKeys.block(email), ms);
      await this.limiter.reset(loginKeys.account(email));
      throw tooMany(ms);
    }
    return true;
  }
}

function tooMany(ms: number): TooManyRequestsError {
  return new TooManyRequestsError(
    'identity.too_many_attempts',
    'Too many login attempts; wait and try again',
    ms / 1000,
  );
}
