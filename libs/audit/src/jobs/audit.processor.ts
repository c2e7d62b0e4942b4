import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JobDispatch, QueueName, MAX_STALLED_RUNS } from '@tashakkol/shared';
import { Job } from 'bullmq';
import { VerifyChainJob } from './verify-chain.job';

/** The audit queue: each job goes to the handler of its name. */
@Processor(QueueName.Audit, { maxStalledCount: MAX_STALLED_RUNS })
export class AuditProcessor extends WorkerHost {
  private readonly dispatch: JobDispatch;

  constructor(verifyChain: VerifyChainJob) {
    super();
    this.dispatch = new JobDispatch(QueueName.Audit, [verifyChain]);
  }

  process(job: Job): Promise<unknown> {
    return this.dispatch.run({ id: job.id, name: job.name, attemptsMade: job.attemptsMade, data: job.data });
  }
}
