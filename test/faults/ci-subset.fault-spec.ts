import { FULL, numberSetting } from './support/processes';
import { acrossProcesses, killWorkerMidJob, redisDownUnderTraffic } from './support/scenarios';
import { System } from './support/system';

jest.setTimeout(1_200_000);

/**
 * The fault suite's short version in `npm test`: one system of two API and two worker processes,
 * three SIGKILLs of a worker mid-job, Redis paused for a few seconds, the cross-process checks.
 * `npm run test:faults` runs the long versions (test/faults/*.fault-spec.ts) instead.
 */
(FULL ? describe.skip : describe)('faults, the short version (2 API + 2 worker processes)', () => {
  let system: System;
  const loginLimit = 4;

  beforeAll(async () => {
    system = await System.start({
      apis: 2,
      workers: 2,
      associations: 8,
      env: { LOGIN_THROTTLE_LIMIT: String(loginLimit) },
    });
  });
  afterAll(async () => {
    await system?.close();
  });

  it('loses and double-counts no job when a worker is SIGKILLed mid-job and started again', async () => {
    const figures = await killWorkerMidJob(system, numberSetting('FAULT_KILLS', 3, 3));
    console.log(`faults (short): ${JSON.stringify(figures)}`);
  });

  it('keeps reads and writes working while Redis is down, and the workers resume by themselves', async () => {
    const figures = await redisDownUnderTraffic(system, numberSetting('FAULT_REDIS_DOWN_SECONDS', 5, 5));
    console.log(`faults (short): ${JSON.stringify(figures)}`);
  });

  it('shares the login limit, collapses duplicate jobs and keeps the audit chain across processes', async () => {
    await acrossProcesses(system, loginLimit);
  });
});
