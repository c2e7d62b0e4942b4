import { ServiceUnavailableError } from './errors';

/** How long a request waits for the queue's Redis before answering 503 (BullMQ would wait forever). */
export const QUEUE_CALL_TIMEOUT_MS = 2000;

interface QueueLike {
  getBackend(): unknown;
}

/** The ioredis client of a Redis-backed queue (none for BullMQ's PostgreSQL backend). */
function redisClientOf(queue: QueueLike): Promise<{ status: string }> | undefined {
  const backend = queue.getBackend() as { client?: Promise<{ status: string }> } | null;
  return backend && 'client' in backend ? backend.client : undefined;
}

export class QueueUnavailableError extends ServiceUnavailableError {
  constructor() {
    super('queue.unavailable', 'The job queue (Redis) does not answer; try again shortly', 5);
  }
}

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueueUnavailableError()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A call to a BullMQ queue from a request: refused at once with 503 when its Redis connection is
 * not ready (so nothing waits in ioredis' offline queue to run later), and bounded in time.
 */
export async function queueCall<T>(
  queue: QueueLike,
  call: () => Promise<T>,
  timeoutMs = QUEUE_CALL_TIMEOUT_MS,
): Promise<T> {
  const pending = redisClientOf(queue);
  const client = pending ? await within(pending, timeoutMs) : undefined;
  if (client && client.status !== 'ready') throw new QueueUnavailableError();
  try {
    return await within(call(), timeoutMs);
  } catch (err) {
    if (err instanceof QueueUnavailableError) throw err;
    if (client && client.status !== 'ready') throw new QueueUnavailableError();
    throw err;
  }
}

/**
 * Runs `again` each time a queue's Redis connection comes back after a loss (a Redis that was
 * restarted empty has lost the repeatable schedules, so the worker writes them again).
 */
export async function onQueueReconnect(queue: QueueLike, again: () => Promise<void>): Promise<void> {
  const pending = redisClientOf(queue);
  if (!pending) return;
  const client = (await pending) as unknown as { on(event: 'ready', listener: () => void): void };
  client.on('ready', () => {
    again().catch(() => undefined);
  });
}
