import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JobDispatch, QueueName } from '@tashakkol/shared';
import { Job } from 'bullmq';
import { NightlyChecksJob } from './nightly-checks.job';
import { RecomputeAllJob } from './recompute-all.job';
import { ScoreReportJob } from './score-report.job';

/** The KPI queue: each job goes to the handler of its name. */
@Processor(QueueName.Kpi, { concurrency: 4 })
export class KpiProcessor extends WorkerHost {
  private readonly dispatch: JobDispatch;

  constructor(scoreReport: ScoreReportJob, recomputeAll: RecomputeAllJob, nightlyChecks: NightlyChecksJob) {
    super();
    this.dispatch = new JobDispatch(QueueName.Kpi, [scoreReport, recomputeAll, nightlyChecks]);
  }

  process(job: Job): Promise<unknown> {
    return this.dispatch.run({ id: job.id, name: job.name, attemptsMade: job.attemptsMade, data: job.data });
  }
}
