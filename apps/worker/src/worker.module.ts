import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AuditJobsModule } from '@tashakkol/audit';
import { ConfigModule, Environment } from '@tashakkol/config';
import { LoggerModule } from 'nestjs-pino';
import { DatabaseModule, QueueModule } from '@tashakkol/database';
import { KpiJobsModule } from '@tashakkol/kpi';
import { NotificationsJobsModule } from '@tashakkol/notifications';
import { ParticipationMembersVoiceModule } from '@tashakkol/participation';
import { SupportsLedgerModule } from '@tashakkol/supports';
import { RoadmapJobsModule } from '@tashakkol/roadmap';
import { JobRegistryCheck } from './job-registry.check';

/** The worker process: every BullMQ processor, no HTTP server. */
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [Environment],
      useFactory: (env: Environment) => ({ pinoHttp: { level: env.LOG_LEVEL } }),
    }),
    DatabaseModule,
    QueueModule,
    DiscoveryModule,
    AuditJobsModule,
    // kpi reads delivered grants through the ledger port (chamber funding, training delivered).
    SupportsLedgerModule,
    // … and the members' voice through its port (member registry, surveys, assemblies, elections).
    ParticipationMembersVoiceModule,
    KpiJobsModule,
    NotificationsJobsModule,
    RoadmapJobsModule,
  ],
  providers: [JobRegistryCheck],
})
export class WorkerModule {}
