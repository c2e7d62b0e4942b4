import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { REDIS } from '@tashakkol/database';
import type Redis from 'ioredis';
import { LRUCache } from 'lru-cache';

export interface Hit {
  count: number;
  /** How long until the window ends. */
  resetMs: number;
}

/**
 * Fixed-window counters and blocks, in Redis so the limits hold across API processes. When
 * Redis does not answer in time, counting falls back to this process (logins keep working,
 * each process then limits on its own) rather than failing the request.
 */
@Injectable()
export class RateLimiter {
  private readonly logger = new Logger(RateLimiter.name);
  private readonly local = new LRUCache<string, { count: number; until: number }>({ max: 50_000 });
  private warned = false;

  constructor(@Optional() @Inject(REDIS) private readonly redis?: Redis | null) {}

  async hit(key: string, windowMs: number): Promise<Hit> {
    const viaRedis = await this.tryRedis(async (r) => {
      const res = await r.multi().incr(key).pexpire(key, windowMs, 'NX').pttl(key).exec();
      const count = Number(res?.[0]?.[1]);
      const ttl = Number(res?.[2]?.[1]);
      return { count, resetMs: ttl > 0 ? ttl : windowMs };
    });
    if (viaRedis) return viaRedis;
    const now = Date.now();
    const entry = this.local.get(key);
    if (!entry || entry.until <= now) {
      this.local.set(key, { count: 1, until: now + windowMs });
      return { count: 1, resetMs: windowMs };
    }
    entry.count++;
    return { count: entry.count, resetMs: entry.until - now };
  }

  /** Milliseconds left on a block, 0 when there is none. */
  async blockedFor(key: string): Promise<number> {
    const viaRedis = await this.tryRedis(async (r) => Math.max(0, await r.pttl(key)));
    if (viaRedis !== undefined) return viaRedis;
    const entry = this.local.get(key);
    return entry ? Math.max(0, entry.until - Date.now()) : 0;
  }

  async block(key: string, ms: number): Promise<void> {
    const done = await this.tryRedis(async (r) => (await r.set(key, '1', 'PX', ms)) === 'OK');
    if (!done) this.local.set(key, { count: 1, until: Date.now() + ms });
  }

  async reset(key: string): Promise<void> {
    this.local.delete(key);
    await this.tryRedis((r) => r.del(key));
  }

  private async tryRedis<T>(call: (r: Redis) => Promise<T>): Promise<T | undefined> {
    if (!this.redis || this.redis.status !== 'ready') return this.fallback();
    try {
      const value = await call(this.redis);
      this.warned = false;
      return value;
    } catch {
      return this.fallback();
    }
  }

  private fallback(): undefined {
    if (this.redis && !this.warned) {
      this.warned = true;
      this.logger.warn('Redis does not answer: rate limits are counted in this process until it is back');
    }
    return undefined;
  }
}
