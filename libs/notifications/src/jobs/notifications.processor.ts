import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JobDispatch, QueueName, MAX_STALLED_RUNS } from '@tashakkol/shared';
import { Job } from 'bullmq';
import { SendEmailJob } from './send-email.job';

/** The notifications queue: each job goes to the handler of its name. */
@Processor(QueueName.Notifications, { concurrency: 4, maxStalledCount: MAX_STALLED_RUNS })
export class NotificationsProcessor extends WorkerHost {
  private readonly dispatch: JobDispatch;

  constructor(sendEmail: SendEmailJob) {
    super();
    this.dispatch = new JobDispatch(QueueName.Notifications, [sendEmail]);
  }

  process(job: Job): Promise<unknown> {
    return this.dispatch.run({ id: job.id, name: job.name, attemptsMade: job.attemptsMade, data: job.data });
  }
}
