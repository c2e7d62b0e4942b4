import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler, JobInfo, JobPayloads, QueueName } from '@tashakkol/shared';
import { ScoringOutcome, ScoringService } from '../scoring/scoring.service';
import { ScoresSettledNotifier } from './scores-settled.notifier';

@Injectable()
@HandlesJob(QueueName.Kpi, 'kpi.score-report')
export class ScoreReportJob implements JobHandler<'kpi.score-report'> {
  constructor(
    private readonly scoring: ScoringService,
    private readonly settled: ScoresSettledNotifier,
  ) {}

  async handle(data: JobPayloads['kpi.score-report'], job: JobInfo): Promise<ScoringOutcome> {
    const outcome = await this.scoring.scoreAssociation(data.associationId);
    this.scoring.logOutcome(outcome, job.id);
    await this.settled.afterScoring();
    return outcome;
  }
}
