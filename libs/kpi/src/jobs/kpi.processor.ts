import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { HandlesJobs, JobName, JobPayloads, QueueName } from '@tashakkol/shared';
import { Job } from 'bullmq';
import { NightlyChecksService } from '../alerts/nightly-checks.service';
import { ScoringService } from '../scoring/scoring.service';
import { KpiProducer } from './kpi.producer';

@Processor(QueueName.Kpi, { concurrency: 4 })
@HandlesJobs(QueueName.Kpi, ['kpi.score-report', 'kpi.recompute-all', 'kpi.nightly-checks'])
export class KpiProcessor extends WorkerHost {
  private readonly logger = new Logger(KpiProcessor.name);

  constructor(
    private readonly scoring: ScoringService,
    private readonly checks: NightlyChecksService,
    private readonly producer: KpiProducer,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    try {
      switch (job.name as JobName) {
        case 'kpi.score-report': {
          const data = job.data as JobPayloads['kpi.score-report'];
          const outcome = await this.scoring.scoreAssociation(data.associationId);
          this.scoring.logOutcome(outcome, job.id);
          return outcome;
        }
        case 'kpi.recompute-all': {
          const ids = await this.scoring.associationsWithReports();
          const fanned = await this.producer.fanOutRecompute(
            ids,
            job.id?.split(':').pop() ?? String(Date.now()),
          );
          this.logger.log(`Recompute-all ${job.id}: ${fanned} association(s) queued`);
          return { associations: fanned };
        }
        case 'kpi.nightly-checks': {
          const result = await this.checks.run();
          await this.producer.requestRecomputeAll(undefined, `after-${String(job.id).replace(/:/g, '-')}`);
          return result;
        }
        default:
          throw new Error(`kpi queue has no handler for job ${job.name}`);
      }
    } catch (err) {
      // Never silent: every failed attempt is logged here and kept by BullMQ for GET /jobs.
      this.logger.error(
        `Job ${job.name} ${job.id} failed (attempt ${job.attemptsMade + 1}): ${err instanceof Error ? err.message : String(err)}`,
      );
      throw err;
    }
  }
}
