import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ScoringService } from '../scoring/scoring.service';
import { KpiProducer } from './kpi.producer';

/** When the worker starts: schedule the nightly checks, and score the demo data if nothing is scored yet. */
@Injectable()
export class KpiWorkerBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('KpiWorker');

  constructor(
    private readonly producer: KpiProducer,
    private readonly scoring: ScoringService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.producer.scheduleNightly();
    if (!(await this.scoring.hasAnyScore()) && (await this.scoring.associationsWithReports()).length > 0) {
      await this.producer.requestRecomputeAll(undefined, 'first-start');
      this.logger.log('No KPI scores yet: recompute of every association queued');
    }
  }
}
