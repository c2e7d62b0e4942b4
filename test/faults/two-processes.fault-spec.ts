import { FULL } from './support/processes';
import { acrossProcesses } from './support/scenarios';
import { System } from './support/system';

jest.setTimeout(3_600_000);

/** The full run's two API and two worker processes on one PostgreSQL and one Redis. */
(FULL ? describe : describe.skip)('two API and two worker processes', () => {
  let system: System;
  const loginLimit = 5;
  beforeAll(async () => {
    system = await System.start({
      apis: 2,
      workers: 2,
      associations: 4,
      env: { LOGIN_THROTTLE_LIMIT: String(loginLimit) },
    });
  });
  afterAll(async () => {
    await system?.close();
  });

  it('shares the login limit, collapses duplicate jobs and keeps the audit chain valid', async () => {
    await acrossProcesses(system, loginLimit);
  });
});
