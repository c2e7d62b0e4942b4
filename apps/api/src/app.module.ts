import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AssociationsApiModule } from '@tashakkol/associations';
import { AuditApiModule } from '@tashakkol/audit';
import { ConfigModule, Environment } from '@tashakkol/config';
import { DatabaseModule, QueueModule } from '@tashakkol/database';
import { IdentityApiModule } from '@tashakkol/identity';
import { LifecycleApiModule } from '@tashakkol/lifecycle';
import {
  KpiApiModule,
  KpiChamberFundingShareModule,
  KpiIndicatorAgreementModule,
  KpiScoreRequestsModule,
  KpiScoringApiModule,
} from '@tashakkol/kpi';
import { NotificationsApiModule } from '@tashakkol/notifications';
import { ParticipationApiModule, ParticipationMembersVoiceModule } from '@tashakkol/participation';
import { RoadmapApiModule } from '@tashakkol/roadmap';
import { SupportsApiModule, SupportsLedgerModule, SupportsPhaseOffersModule } from '@tashakkol/supports';
import { LoggerModule } from 'nestjs-pino';
import { HealthModule } from './health/health.module';
import { HttpErrorFilter } from './http-error.filter';
import { LabelsModule } from './labels/labels.module';

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [Environment],
      useFactory: (env: Environment) => ({
        // Request logs come from Fastify's own pino (bootstrap.ts); this one carries the application's logs.
        useExisting: true,
        // No middleware: the request's logger is put in nestjs-pino's context by a Fastify hook (http-headers.ts).
        forRoutes: [],
        pinoHttp: { level: env.LOG_LEVEL },
      }),
    }),
    DatabaseModule,
    QueueModule,
    HealthModule,
    IdentityApiModule,
    AuditApiModule,
    AssociationsApiModule,
    LifecycleApiModule,
    SupportsApiModule,
    SupportsPhaseOffersModule,
    KpiApiModule,
    KpiIndicatorAgreementModule,
    KpiChamberFundingShareModule,
    KpiScoreRequestsModule,
    SupportsLedgerModule,
    ParticipationMembersVoiceModule,
    KpiScoringApiModule,
    ParticipationApiModule,
    RoadmapApiModule,
    NotificationsApiModule,
    LabelsModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: HttpErrorFilter }],
})
export class AppModule {}
