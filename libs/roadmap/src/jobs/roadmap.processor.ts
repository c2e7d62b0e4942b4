import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { HandlesJobs, JobPayloads, QueueName } from '@tashakkol/shared';
import { Job } from 'bullmq';
import { RoadmapReadModel } from '../roadmap-read-model.service';

@Processor(QueueName.Roadmap, { concurrency: 1 })
@HandlesJobs(QueueName.Roadmap, ['roadmap.refresh'])
export class RoadmapProcessor extends WorkerHost {
  private readonly logger = new Logger(RoadmapProcessor.name);

  constructor(private readonly readModel: RoadmapReadModel) {
    super();
  }

  async process(job: Job<JobPayloads['roadmap.refresh']>): Promise<unknown> {
    if (job.name !== 'roadmap.refresh') throw new Error(`roadmap queue has no handler for job ${job.name}`);
    try {
      return await this.readModel.refresh();
    } catch (err) {
      this.logger.error(`Roadmap refresh ${job.id} (${job.data.reason}) failed: ${(err as Error).message}`);
      throw err;
    }
  }
}
