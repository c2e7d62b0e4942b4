import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueName } from '@tashakkol/shared';
import { AuditEntry } from './audit-entry.entity';
import { AuditIntegrityCheck } from './audit-integrity-check.entity';
import { AuditController } from './audit.controller';
import { AuditProducer } from './audit.producer';
import { AuditService } from './audit.service';
import { AuditTrailService } from './audit-trail.service';
import { AuditProcessor } from './jobs/audit.processor';
import { VerifyChainJob } from './jobs/verify-chain.job';

@Module({
  imports: [
    TypeOrmModule.forFeature([AuditEntry, AuditIntegrityCheck]),
    BullModule.registerQueue({ name: QueueName.Audit }),
  ],
  providers: [AuditService, AuditProducer],
  exports: [AuditService, AuditProducer],
})
export class AuditModule {}

/** The HTTP side; needs AUDIT_ACTOR_NAMES, which identity provides (IdentityApiModule). */
@Module({ imports: [AuditModule], providers: [AuditTrailService], controllers: [AuditController] })
export class AuditApiModule {}

/** Registered by apps/worker only. */
@Module({ imports: [AuditModule], providers: [AuditProcessor, VerifyChainJob], exports: [AuditModule] })
export class AuditJobsModule {}
