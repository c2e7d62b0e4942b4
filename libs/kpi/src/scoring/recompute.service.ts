import { Injectable } from '@nestjs/common';
import { AuthContext, runIdAt } from '@tashakkol/shared';
import { KpiProducer } from '../jobs/kpi.producer';
import { ScoringService } from './scoring.service';

/** Recomputing everyone's scores: the admin's request, and its fan-out into one job per chunk of associations. */
@Injectable()
export class RecomputeService {
  constructor(
    private readonly scoring: ScoringService,
    private readonly producer: KpiProducer,
  ) {}

  async requestAll(auth: AuthContext | null, runId = runIdAt(new Date())): Promise<{ jobId: string }> {
    return { jobId: await this.producer.requestRecomputeAll(auth?.userId, runId) };
  }

  /** The associations with accepted reports, in scoring jobs of a chunk each, all under the run's id. */
  async fanOut(runId: string): Promise<{ associations: number }> {
    const ids = await this.scoring.associationsWithReports();
    return { associations: await this.producer.fanOutRecompute(ids, runId) };
  }
}
