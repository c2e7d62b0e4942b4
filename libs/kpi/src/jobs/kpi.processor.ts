import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JobDispatch, QueueName, MAX_STALLED_RUNS } from '@tashakkol/shared';
import { Job } from 'bullmq';
import { NightlyChecksJob } from './nightly-checks.job';
import { RecomputeAllJob } from './recompute-all.job';
import { ScoreAssociationsJob } from './score-associations.job';
import { ScoreReportJob } from './score-report.job';

/** The KPI queue: each job goes to the handler of its name. */
@Processor(QueueName.Kpi, { concurrency: 4, maxStalledCount: MAX_STALLED_RUNS })
export class KpiProcessor extends WorkerHost {
  private readonly dispatch: JobDispatch;

  constructor(
    scoreReport: ScoreReportJob,
    scoreAssociations: ScoreAssociationsJob,
    recomputeAll: RecomputeAllJob,
    nightlyChecks: NightlyChecksJob,
  ) {
    super();
    this.dispatch = new JobDispatch(QueueName.Kpi, [
      scoreReport,
      scoreAssociations,
      recomputeAll,
      nightlyChecks,
    ]);
  }

  process(job: Job): Promise<unknown> {
    return this.dispatch.run({ id: job.id, name: job.name, attemptsMade: job.attemptsMade, data: job.data });
  }
}
