import { HandlesJob, JobDispatch, JobHandler, unhandledJobs } from './handles-jobs';
import { QueueName } from './queues';

@HandlesJob(QueueName.Audit, 'audit.verify-chain')
class VerifyChainJob implements JobHandler<'audit.verify-chain'> {
  async handle(data: { requestedBy?: string }) {
    return { checkedFor: data.requestedBy };
  }
}

@HandlesJob(QueueName.Kpi, 'kpi.nightly-checks')
class NightlyJob implements JobHandler<'kpi.nightly-checks'> {
  async handle() {
    return 'nightly';
  }
}

describe('worker start-up check', () => {
  it('names a declared job that has no handler', () => {
    expect(
      unhandledJobs({ audit: ['audit.verify-chain'], kpi: ['kpi.compute'] } as never, [
        { queue: 'audit', jobs: ['audit.verify-chain'] },
      ]),
    ).toEqual(['kpi/kpi.compute']);
  });
  it('is satisfied when every declared job has a handler', () => {
    expect(
      unhandledJobs({ audit: ['audit.verify-chain'] } as never, [
        { queue: 'audit', jobs: ['audit.verify-chain'] },
      ]),
    ).toEqual([]);
  });
});

describe('a processor dispatching to one handler per job', () => {
  it('runs the handler declared for the job’s name with its payload', async () => {
    const dispatch = new JobDispatch(QueueName.Audit, [new VerifyChainJob()]);
    await expect(
      dispatch.run({ name: 'audit.verify-chain', id: '1', attemptsMade: 0, data: { requestedBy: 'u1' } }),
    ).resolves.toEqual({ checkedFor: 'u1' });
  });

  it('fails a job whose name has no handler instead of dropping it', async () => {
    const dispatch = new JobDispatch(QueueName.Audit, [new VerifyChainJob()]);
    await expect(dispatch.run({ name: 'audit.other', id: '2', attemptsMade: 0, data: {} })).rejects.toThrow(
      /no handler for job audit.other/,
    );
  });

  it('refuses at start a handler of another queue and two handlers for one job', () => {
    expect(() => new JobDispatch(QueueName.Audit, [new NightlyJob()])).toThrow(
      /not a handler of the audit queue/,
    );
    expect(() => new JobDispatch(QueueName.Audit, [new VerifyChainJob(), new VerifyChainJob()])).toThrow(
      /two handlers/,
    );
  });
});
