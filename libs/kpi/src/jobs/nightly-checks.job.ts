import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler, JobInfo, QueueName } from '@tashakkol/shared';
import { NightlyChecksService } from '../alerts/nightly-checks.service';

@Injectable()
@HandlesJob(QueueName.Kpi, 'kpi.nightly-checks')
export class NightlyChecksJob implements JobHandler<'kpi.nightly-checks'> {
  constructor(private readonly checks: NightlyChecksService) {}

  handle(_data: unknown, job: JobInfo) {
    return this.checks.runThenRecompute(job.id);
  }
}
