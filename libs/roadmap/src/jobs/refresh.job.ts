import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, JobHandler, JobInfo, JobPayloads, QueueName } from '@tashakkol/shared';
import { RoadmapReadModel } from '../roadmap-read-model.service';

@Injectable()
@HandlesJob(QueueName.Roadmap, 'roadmap.refresh')
export class RefreshRoadmapJob implements JobHandler<'roadmap.refresh'> {
  private readonly logger = new Logger(RefreshRoadmapJob.name);

  constructor(private readonly readModel: RoadmapReadModel) {}

  async handle(data: JobPayloads['roadmap.refresh'], job: JobInfo): Promise<unknown> {
    try {
      return await this.readModel.refresh();
    } catch (err) {
      this.logger.error(`Roadmap refresh ${job.id} (${data.reason}) failed: ${(err as Error).message}`);
      throw err;
    }
  }
}
