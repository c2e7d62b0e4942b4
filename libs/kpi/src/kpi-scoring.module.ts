import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Association } from '@tashakkol/associations';
import { AuditModule } from '@tashakkol/audit';
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
import { KpiProducer } from './jobs/kpi.producer';
import { OutboxRelay } from './jobs/outbox-relay';
import { LoggingMailTransport, MAIL_TRANSPORT } from './notifications/mail-transport';
import { Notification } from './notifications/notification.entity';
import { NotificationsController } from './notifications/notifications.controller';
import { NotificationsService } from './notifications/notifications.service';
import { KpiScore } from './scoring/kpi-score.entity';
import { KpiSettings } from './scoring/kpi-settings.entity';
import { KpiSettingsService } from './scoring/kpi-settings.service';
import { ScoresController } from './scoring/scores.controller';
import { ScoringService } from './scoring/scoring.service';

/** Scoring, alerts, notifications and the KPI queue's producer: shared by the API and the worker. */
@Module({
  imports: [
    AuditModule,
    // Association: the target of the scores' and alerts' foreign keys.
    TypeOrmModule.forFeature([
      KpiScore,
      KpiRating,
      KpiChamberAssessment,
      KpiSettings,
      KpiAlert,
      Notification,
      Association,
    ]),
    BullModule.registerQueue({ name: QueueName.Kpi }, { name: QueueName.Audit }),
  ],
  providers: [
    ScoringService,
    KpiSettingsService,
    AlertsService,
    NotificationsService,
    KpiProducer,
    JobsService,
    RatingService,
    { provide: MAIL_TRANSPORT, useClass: LoggingMailTransport },
  ],
  exports: [
    ScoringService,
    KpiSettingsService,
    AlertsService,
    NotificationsService,
    KpiProducer,
    JobsService,
    RatingService,
  ],
})
export class KpiScoringModule {}

@Module({
  imports: [KpiScoringModule, AuditModule],
  providers: [ChamberAssessmentsService],
  controllers: [
    ScoresController,
    RatingController,
    ChamberAssessmentsController,
    JobsController,
    NotificationsController,
  ],
})
export class KpiScoringApiModule {}

/** Registered by apps/worker only: the processor, the outbox relay and the start-up scoring of demo data. */
@Module({
  imports: [KpiScoringModule],
  providers: [KpiProcessor, NightlyChecksService, OutboxRelay, KpiWorkerBootstrap],
})
export class KpiJobsModule {}
