import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { SCORES_SETTLED, ScoresSettled } from '@tashakkol/shared';
import { KpiProducer } from './kpi.producer';

/**
 * After a scoring job: tells whoever listens (roadmap, in the worker) that the scores have settled,
 * unless more scoring still waits in the queue (the other chunks of a recompute), so that a
 * recompute of 5,000 associations asks for one rebuild at its end, not one per chunk.
 */
@Injectable()
export class ScoresSettledNotifier {
  private readonly logger = new Logger(ScoresSettledNotifier.name);

  constructor(
    private readonly producer: KpiProducer,
    @Optional() @Inject(SCORES_SETTLED) private readonly listener?: ScoresSettled,
  ) {}

  async afterScoring(): Promise<void> {
    if (!this.listener) return;
    try {
      if ((await this.producer.waitingJobs()) > 0) return;
      await this.listener.scoresSettled();
    } catch (err) {
      this.logger.warn(`Could not say the scores settled: ${(err as Error).message}`);
    }
  }
}
