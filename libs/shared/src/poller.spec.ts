import { Poller, withTimeout } from './poller';

describe('the relays’ polling loop', () => {
  it('runs the tick again after each run, never two at once, and stops when asked', async () => {
    let running = 0;
    let overlapped = false;
    let runs = 0;
    const poller = new Poller(5, async () => {
      if (running > 0) overlapped = true;
      running++;
      runs++;
      await new Promise((r) => setTimeout(r, 10));
      running--;
    });
    poller.start();
    await new Promise((r) => setTimeout(r, 120));
    poller.stop();
    const after = runs;
    await new Promise((r) => setTimeout(r, 60));
    expect(after).toBeGreaterThan(2);
    expect(runs).toBeLessThanOrEqual(after + 1);
    expect(overlapped).toBe(false);
  });

  it('treats a queue that does not answer in time as down', async () => {
    await expect(withTimeout(new Promise(() => undefined), 20)).rejects.toThrow(
      /did not answer within 20 ms/,
    );
    await expect(withTimeout(Promise.resolve(7), 20)).resolves.toBe(7);
  });
});
