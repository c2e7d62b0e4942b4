/**
 * Runs `tick` again `intervalMs` after each run has finished, until stopped: the loop of the
 * relays that move outbox rows onto a queue. A run never overlaps the previous one.
 */
export class Poller {
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly intervalMs: number,
    private readonly tick: () => Promise<unknown>,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick().finally(() => this.schedule()), this.intervalMs);
  }
}

/** The promise, or a rejection naming the wait once `ms` have passed (a queue that does not answer is down). */
export function withTimeout<T>(p: Promise<T>, ms: number, what = 'queue'): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
