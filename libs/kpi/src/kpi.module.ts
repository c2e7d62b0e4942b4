import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CHAMBER_FUNDING_SHARE_SOURCE } from '@tashakkol/shared';
import { Association } from '@tashakkol/associations';
import { AuditModule } from '@tashakkol/audit';
import { NotificationsModule } from '@tashakkol/notifications';
import { EvidenceController } from './evidence/evidence.controller';
import { KpiEvidence } from './evidence/evidence.entity';
import { EvidenceService } from './evidence/evidence.service';
import { INDICATOR_AGREEMENT_READER } from './indicator-agreement.port';
import { KpiIndicator } from './indicators/indicator.entity';
import { IndicatorsController } from './indicators/indicators.controller';
import { IndicatorsService } from './indicators/indicators.service';
import { KpiOutbox } from './reports/kpi-outbox.entity';
import { KpiReportRevision } from './reports/report-revision.entity';
import { KpiReportValue } from './reports/report-value.entity';
import { KpiReport } from './reports/report.entity';
import { ReportsController } from './reports/reports.controller';
import { ReportsService } from './reports/reports.service';
import { ReportedRevenueSource } from './funding/reported-revenue.source';
import { IndicatorAgreementService } from './targets/indicator-agreement.service';
import { KpiTarget } from './targets/target.entity';
import { TargetsController } from './targets/targets.controller';
import { TargetsService } from './targets/targets.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Association,
      KpiIndicator,
      KpiTarget,
      KpiReport,
      KpiReportValue,
      KpiReportRevision,
      KpiOutbox,
      KpiEvidence,
    ]),
    AuditModule,
    NotificationsModule,
  ],
  providers: [IndicatorsService, TargetsService, ReportsService, EvidenceService, IndicatorAgreementService],
  exports: [
    IndicatorsService,
    TargetsService,
    ReportsService,
    EvidenceService,
    IndicatorAgreementService,
    TypeOrmModule,
  ],
})
export class KpiModule {}

@Module({
  imports: [KpiModule],
  controllers: [IndicatorsController, TargetsController, ReportsController, EvidenceController],
})
export class KpiApiModule {}

/** Gives the lifecycle its "indicators agreed" port without lifecycle importing kpi. */
@Global()
@Module({
  imports: [KpiModule],
  providers: [{ provide: INDICATOR_AGREEMENT_READER, useExisting: IndicatorAgreementService }],
  exports: [INDICATOR_AGREEMENT_READER],
})
export class KpiIndicatorAgreementModule {}

/**
 * Gives the supports' financial-independence precaution the association's reported revenue
 * (port in @tashakkol/shared, so supports and kpi never import each other).
 */
@Global()
@Module({
  providers: [{ provide: CHAMBER_FUNDING_SHARE_SOURCE, useClass: ReportedRevenueSource }],
  exports: [CHAMBER_FUNDING_SHARE_SOURCE],
})
export class KpiChamberFundingShareModule {}
