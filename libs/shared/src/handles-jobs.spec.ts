import { unhandledJobs } from './handles-jobs';

describe('worker start-up check', () => {
  it('names a declared job that has no processor', () => {
    expect(
      unhandledJobs({ audit: ['audit.verify-chain'], kpi: ['kpi.compute'] } as never, [
        { queue: 'audit', jobs: ['audit.verify-chain'] },
      ]),
    ).toEqual(['kpi/kpi.compute']);
  });
  it('is satisfied when every declared job has a processor', () => {
    expect(
      unhandledJobs({ audit: ['audit.verify-chain'] } as never, [
        { queue: 'audit', jobs: ['audit.verify-chain'] },
      ]),
    ).toEqual([]);
  });
});
