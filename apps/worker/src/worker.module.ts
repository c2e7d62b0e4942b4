import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AuditJobsModule } from '@tashakkol/audit';
import { ConfigModule } from '@tashakkol/config';
import { DatabaseModule, QueueModule } from '@tashakkol/database';
import { KpiJobsModule } from '@tashakkol/kpi';
import { JobRegistryCheck } from './job-registry.check';

/** The worker process: every BullMQ processor, no HTTP server. */
@Module({
  imports: [ConfigModule, DatabaseModule, QueueModule, DiscoveryModule, AuditJobsModule, KpiJobsModule],
  providers: [JobRegistryCheck],
})
export class WorkerModule {}
