import { FULL, note, numberSetting } from './support/processes';
import { killWorkerMidJob } from './support/scenarios';
import { System } from './support/system';

jest.setTimeout(3_600_000);

/** The full run: the worker SIGKILLed mid-recompute FAULT_KILLS times (20), restarted each time. */
(FULL ? describe : describe.skip)('SIGKILL of the worker mid-job, many times', () => {
  let system: System;
  beforeAll(async () => {
    system = await System.start({
      apis: 1,
      workers: 1,
      associations: numberSetting('FAULT_ASSOCIATIONS', 30, 30),
    });
  });
  afterAll(async () => {
    await system?.close();
  });

  it('loses no job and counts none twice: every requested score exists, alerts and notifications once, scores as in a clean run', async () => {
    const figures = await killWorkerMidJob(system, numberSetting('FAULT_KILLS', 20, 20));
    note(`worker kills: ${JSON.stringify(figures)}`);
  });
});
