import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ScoringService } from '../scoring/scoring.service';
import { KpiProducer } from './kpi.producer';

/** When the worker starts: schedule the nightly checks, and check and score the demo data if nothing is scored yet. */
@Injectable()
export class KpiWorkerBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('KpiWorker');

  constructor(
    private readonly producer: KpiProducer,
    private readonly scoring: ScoringService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.producer.keepNightlyScheduled();
    if (!(await this.scoring.hasAnyScore()) && (await this.scoring.associationsWithReports()).length > 0) {
      // The nightly checks raise the missing-report alerts, then queue a recompute of everyone.
      await this.producer.requestNightlyChecks('first-start');
      this.logger.log('No KPI scores yet: checks and a recompute of every association queued');
    }
  }
}
