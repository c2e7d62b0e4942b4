import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, JobHandler, JobInfo, JobPayloads, QueueName } from '@tashakkol/shared';
import { ScoringService } from '../scoring/scoring.service';
import { ScoresSettledNotifier } from './scores-settled.notifier';

@Injectable()
@HandlesJob(QueueName.Kpi, 'kpi.score-associations')
export class ScoreAssociationsJob implements JobHandler<'kpi.score-associations'> {
  private readonly logger = new Logger(ScoreAssociationsJob.name);

  constructor(
    private readonly scoring: ScoringService,
    private readonly settled: ScoresSettledNotifier,
  ) {}

  async handle(
    data: JobPayloads['kpi.score-associations'],
    job: JobInfo,
  ): Promise<{ associations: number; periodsScored: number; alertsRaised: number }> {
    const outcomes = await this.scoring.scoreAssociations(data.associationIds);
    const summary = {
      associations: outcomes.length,
      periodsScored: outcomes.reduce((n, o) => n + o.periodsScored, 0),
      alertsRaised: outcomes.reduce((n, o) => n + o.alertsRaised, 0),
    };
    this.logger.log(
      `Scored ${summary.associations} association(s): ${summary.periodsScored} period(s), ${summary.alertsRaised} alert(s) (job ${job.id})`,
    );
    await this.settled.afterScoring();
    return summary;
  }
}
