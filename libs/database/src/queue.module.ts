import { BullModule } from '@nestjs/bullmq';
import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { Environment } from '@tashakkol/config';
import { createPostgresBackend, setDefaultBackendFactory } from 'bullmq';
import Redis from 'ioredis';

export const REDIS = Symbol('REDIS');

/** BullMQ's connection: Redis normally, or BullMQ's own PostgreSQL backend when no Redis can be had. */
export function queueConnection(env: Environment): Record<string, unknown> {
  if (env.QUEUE_BACKEND === 'postgres') {
    setDefaultBackendFactory(createPostgresBackend as never);
    return {
      connectionString: env.DATABASE_URL,
      schema: `bullmq_${env.QUEUE_PREFIX.replace(/-/g, '_')}`,
      migrate: true,
    };
  }
  const url = new URL(env.REDIS_URL as string);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username || undefined,
    password: url.password || undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [Environment],
      useFactory: (env: Environment) => {
        if (env.QUEUE_BACKEND === 'postgres') {
          new Logger('Queues').warn("Queues run on BullMQ's PostgreSQL backend (no Redis answered)");
        }
        return { connection: queueConnection(env) as never, prefix: env.QUEUE_PREFIX };
      },
    }),
  ],
  providers: [
    {
      provide: REDIS,
      inject: [Environment],
      useFactory: (env: Environment): Redis | null => {
        if (!env.REDIS_URL || env.QUEUE_BACKEND !== 'redis') return null;
        // Fails fast (no offline queue, a timeout per command): its users fall back or answer 503.
        const redis = new Redis(env.REDIS_URL, {
          keyPrefix: `${env.QUEUE_PREFIX}:`,
          lazyConnect: false,
          maxRetriesPerRequest: 1,
          enableOfflineQueue: false,
          commandTimeout: env.REDIS_COMMAND_TIMEOUT_MS,
          connectTimeout: env.REDIS_COMMAND_TIMEOUT_MS * 5,
        });
        // Connection losses are reported by the callers that notice them, not as unhandled events.
        redis.on('error', () => undefined);
        return redis;
      },
    },
  ],
  exports: [REDIS],
})
export class QueueModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    this.redis?.disconnect();
  }
}
