import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { resetEnvironmentCache } from '@tashakkol/config';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { scopedEnv } from './private-database';

/** Starts the real worker (BullMQ processors on the test run's Redis and queue prefix) in this process. */
export async function startWorker(env: Record<string, string> = {}): Promise<INestApplicationContext> {
  const saved = { ...process.env };
  Object.assign(process.env, scopedEnv(env));
  resetEnvironmentCache();
  try {
    const ctx = await NestFactory.createApplicationContext(WorkerModule, {
      logger: false,
      abortOnError: false,
    });
    await ctx.init();
    return ctx;
  } finally {
    process.env = saved;
    resetEnvironmentCache();
  }
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 15000,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline)
      throw new Error(`condition not met in ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
