import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Environment } from '@tashakkol/config';
import { LRUCache } from 'lru-cache';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The token version of each active user, as access tokens must carry it. Read on every
 * authenticated request, so kept in a small cache: a change made through this process takes
 * effect at once; one made through another API process within TOKEN_VERSION_CACHE_SECONDS.
 */
@Injectable()
export class TokenVersions {
  private readonly cache: LRUCache<string, { version: number | null }>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    env: Environment,
  ) {
    this.cache = new LRUCache({ max: 10_000, ttl: env.TOKEN_VERSION_CACHE_SECONDS * 1000 });
  }

  /** The current version, or null when the user is gone or deactivated. */
  async current(userId: string): Promise<number | null> {
    const hit = this.cache.get(userId);
    if (hit) return hit.version;
    const rows: { token_version: number; active: boolean }[] = await this.db.query(
      'SELECT token_version, active FROM users WHERE id = $1',
      [userId],
    );
    const version = rows[0]?.active ? rows[0].token_version : null;
    this.cache.set(userId, { version });
    return version;
  }

  /** Ends the user's access tokens (in the caller's transaction); the new version is returned. */
  async raise(em: EntityManager, userId: string): Promise<number> {
    const rows: { token_version: number }[] = await em.query(
      'UPDATE users SET token_version = token_version + 1 WHERE id = $1 RETURNING token_version',
      [userId],
    );
    this.cache.delete(userId);
    return rows[0]?.token_version ?? 0;
  }

  forget(userId: string): void {
    this.cache.delete(userId);
  }
}
