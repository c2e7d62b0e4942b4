import { FULL, note, numberSetting } from './support/processes';
import { redisDownUnderTraffic } from './support/scenarios';
import { System } from './support/system';

jest.setTimeout(3_600_000);

/** The full run: Redis unanswering for FAULT_REDIS_DOWN_SECONDS (60) under traffic on two APIs and two workers. */
(FULL ? describe : describe.skip)('Redis down under traffic', () => {
  let system: System;
  beforeAll(async () => {
    system = await System.start({ apis: 2, workers: 2, associations: 4 });
  });
  afterAll(async () => {
    await system?.close();
  });

  it('keeps reads and writes, answers queue operations 503 with Retry-After, and resumes by itself', async () => {
    const figures = await redisDownUnderTraffic(system, numberSetting('FAULT_REDIS_DOWN_SECONDS', 5, 60));
    note(`redis down: ${JSON.stringify(figures)}`);
  });
});
