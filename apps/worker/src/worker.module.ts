import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AuditJobsModule } from '@tashakkol/audit';
import { ConfigModule, Environment } from '@tashakkol/config';
import { LoggerModule } from 'nestjs-pino';
import { DatabaseModule, QueueModule } from '@tashakkol/database';
import { KpiJobsModule } from '@tashakkol/kpi';
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
    KpiJobsModule,
    RoadmapJobsModule,
  ],
  providers: [JobRegistryCheck],
})
export class WorkerModule {}
