import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, JobHandler, JobInfo, QueueName, runIdOf } from '@tashakkol/shared';
import { RecomputeService } from '../scoring/recompute.service';

@Injectable()
@HandlesJob(QueueName.Kpi, 'kpi.recompute-all')
export class RecomputeAllJob implements JobHandler<'kpi.recompute-all'> {
  private readonly logger = new Logger(RecomputeAllJob.name);

  constructor(private readonly recompute: RecomputeService) {}

  async handle(_data: unknown, job: JobInfo): Promise<{ associations: number }> {
    const result = await this.recompute.fanOut(runIdOf(job.id));
    this.logger.log(`Recompute-all ${job.id}: ${result.associations} association(s) queued`);
    return result;
  }
}
