import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JobDispatch, QueueName, MAX_STALLED_RUNS } from '@tashakkol/shared';
import { Job } from 'bullmq';
import { RefreshRoadmapJob } from './refresh.job';

/** The roadmap queue (one refresh at a time): each job goes to the handler of its name. */
@Processor(QueueName.Roadmap, { concurrency: 1, maxStalledCount: MAX_STALLED_RUNS })
export class RoadmapProcessor extends WorkerHost {
  private readonly dispatch: JobDispatch;

  constructor(refresh: RefreshRoadmapJob) {
    super();
    this.dispatch = new JobDispatch(QueueName.Roadmap, [refresh]);
  }

  process(job: Job): Promise<unknown> {
    return this.dispatch.run({ id: job.id, name: job.name, attemptsMade: job.attemptsMade, data: job.data });
  }
}
