import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Association } from '@tashakkol/associations';
import { AuditModule } from '@tashakkol/audit';
import { NotificationsModule } from '@tashakkol/notifications';
import { QueueName } from '@tashakkol/shared';
import { AlertsService } from './alerts/alerts.service';
import { KpiChamberAssessment } from './assessments/chamber-assessment.entity';
import { ChamberAssessmentsController } from './assessments/chamber-assessments.controller';
import { ChamberAssessmentsService } from './assessments/chamber-assessments.service';
import { KpiRating } from './rating/kpi-rating.entity';
import { RatingController } from './rating/rating.controller';
import { RatingService } from './rating/rating.service';
import { KpiAlert } from './alerts/kpi-alert.entity';
import { NightlyChecksService } from './alerts/nightly-checks.service';
import { JobsController } from './jobs/jobs.controller';
import { JobsService } from './jobs/jobs.service';
import { KpiWorkerBootstrap } from './jobs/kpi-worker.bootstrap';
import { KpiProcessor } from './jobs/kpi.processor';
import { NightlyChecksJob } from './jobs/nightly-checks.job';
import { RecomputeAllJob } from './jobs/recompute-all.job';
import { ScoreAssociationsJob } from './jobs/score-associations.job';
import { ScoresSettledNotifier } from './jobs/scores-settled.notifier';
import { ScoreReportJob } from './jobs/score-report.job';
import { KpiProducer } from './jobs/kpi.producer';
import { OutboxRelay } from './jobs/outbox-relay';
import { KpiScore } from './scoring/kpi-score.entity';
import { KpiSettings } from './scoring/kpi-settings.entity';
import { KpiSettingsService } from './scoring/kpi-settings.service';
import { RecomputeService } from './scoring/recompute.service';
import { ScoresController } from './scoring/scores.controller';
import { ScoringService } from './scoring/scoring.service';

/** Scoring, alerts and the KPI queue's producer: shared by the API and the worker. */
@Module({
  imports: [
    AuditModule,
    NotificationsModule,
    // Association: the target of the scores' and alerts' foreign keys.
    TypeOrmModule.forFeature([KpiScore, KpiRating, KpiChamberAssessment, KpiSettings, KpiAlert, Association]),
    BullModule.registerQueue(
      { name: QueueName.Kpi },
      { name: QueueName.Audit },
      { name: QueueName.Notifications },
      { name: QueueName.Roadmap },
    ),
  ],
  providers: [
    ScoringService,
    KpiSettingsService,
    AlertsService,
    KpiProducer,
    RecomputeService,
    JobsService,
    RatingService,
  ],
  exports: [
    ScoringService,
    KpiSettingsService,
    AlertsService,
    KpiProducer,
    RecomputeService,
    JobsService,
    RatingService,
  ],
})
export class KpiScoringModule {}

@Module({
  imports: [KpiScoringModule, AuditModule],
  providers: [ChamberAssessmentsService],
  controllers: [ScoresController, RatingController, ChamberAssessmentsController, JobsController],
})
export class KpiScoringApiModule {}

/** Registered by apps/worker only: the processor, the outbox relay and the start-up scoring of demo data. */
@Module({
  imports: [KpiScoringModule, NotificationsModule],
  providers: [
    KpiProcessor,
    ScoreReportJob,
    ScoreAssociationsJob,
    ScoresSettledNotifier,
    RecomputeAllJob,
    NightlyChecksJob,
    NightlyChecksService,
    OutboxRelay,
    KpiWorkerBootstrap,
  ],
})
export class KpiJobsModule {}
