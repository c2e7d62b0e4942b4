import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Association } from '@tashakkol/associations';
import { AuditModule } from '@tashakkol/audit';
import { IdentityModule } from '@tashakkol/identity';
import { PHASE_SUPPORTS_READER } from '@tashakkol/lifecycle';
import { ApprovalLimit } from './approval-limit.entity';
import { ApprovalLimitsController } from './approval-limits.controller';
import { ApprovalLimitsService } from './approval-limits.service';
import { SupportBudget } from './support-budget.entity';
import { SupportBudgetsController } from './support-budgets.controller';
import { SupportBudgetsService } from './support-budgets.service';
import { SupportGrantEvent } from './support-grant-event.entity';
import { SupportGrant } from './support-grant.entity';
import { SupportGrantsService } from './support-grants.service';
import { SupportKind } from './support-kind.entity';
import { SupportKindsController } from './support-kinds.controller';
import { SupportKindsService } from './support-kinds.service';
import { SupportReportsService } from './support-reports.service';
import { SupportSettings } from './support-settings.entity';
import { SupportSettingsController } from './support-settings.controller';
import { SupportSettingsService } from './support-settings.service';
import { SupportsController } from './supports.controller';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      SupportKind,
      SupportGrant,
      SupportGrantEvent,
      SupportBudget,
      ApprovalLimit,
      SupportSettings,
      Association,
    ]),
    AuditModule,
    IdentityModule,
  ],
  providers: [
    SupportKindsService,
    SupportBudgetsService,
    ApprovalLimitsService,
    SupportSettingsService,
    SupportGrantsService,
    SupportReportsService,
    // CHAMBER_FUNDING_SHARE_SOURCE is not provided here: a module-local provider would shadow the
    // global one of kpi. SupportGrantsService falls back to NoRevenueKnownSource when none exists.
  ],
  exports: [
    SupportKindsService,
    SupportGrantsService,
    SupportReportsService,
    SupportBudgetsService,
    ApprovalLimitsService,
    SupportSettingsService,
  ],
})
export class SupportsModule {}

@Module({
  imports: [SupportsModule],
  controllers: [
    SupportKindsController,
    SupportBudgetsController,
    SupportsController,
    ApprovalLimitsController,
    SupportSettingsController,
  ],
})
export class SupportsApiModule {}

/** Gives the lifecycle view the kinds that suit each phase, read from the catalog (lifecycle never imports supports). */
@Global()
@Module({
  imports: [SupportsModule],
  providers: [{ provide: PHASE_SUPPORTS_READER, useExisting: SupportKindsService }],
  exports: [PHASE_SUPPORTS_READER],
})
export class SupportsPhaseOffersModule {}
