export * from './indicators/indicator.entity';
export * from './targets/target.entity';
export * from './reports/report.entity';
export * from './reports/report-value.entity';
export * from './reports/report-revision.entity';
export * from './reports/kpi-outbox.entity';
export * from './evidence/evidence.entity';
export * from './indicators/indicator-catalog';
export * from './indicators/indicators.service';
export * from './targets/targets.service';
export * from './targets/indicator-agreement.service';
export * from './reports/reports.service';
export * from './indicator-agreement.port';
export * from './domain/periods';
export * from './domain/formula';
export * from './domain/agreement';
export * from './kpi.errors';
export * from './kpi.module';
export * from './kpi-scoring.module';
export { KpiCalculator } from './scoring/calculator';
export type {
  Axis as ScoreAxis,
  CalculatorInput,
  Grade,
  GradeThresholds,
  IndicatorDefinition,
  IndicatorScore,
  ScoreResult,
  Trend,
} from './scoring/scoring.types';
export { DEFAULT_GRADE_THRESHOLDS } from './scoring/scoring.types';
export * from './scoring/kpi-score.entity';
export * from './scoring/kpi-settings.entity';
export { ScoringService } from './scoring/scoring.service';
export { KpiSettingsService } from './scoring/kpi-settings.service';
export * from './alerts/kpi-alert.entity';
export { AlertsService } from './alerts/alerts.service';
export * from './notifications/notification.entity';
export * from './notifications/mail-transport';
export { NotificationsService } from './notifications/notifications.service';
export { KpiProducer, scoreJobId, KPI_JOB_OPTIONS } from './jobs/kpi.producer';
export { OutboxRelay } from './jobs/outbox-relay';
export * from './funding/fiscal-year-revenue';
export { ReportedRevenueSource } from './funding/reported-revenue.source';
export { KpiScoreRequestsModule, OutboxScoreRequests } from './jobs/score-requests';
export * from './rating/kpi-rating.entity';
export * from './rating/yearly-rating';
export * from './assessments/chamber-assessment.entity';
export * from './records/chamber-records';
export * from './records/report-on-time';
export { lastDuePeriod } from './alerts/due-periods';
export type { DuePeriod } from './alerts/due-periods';
export { REPORTING_PHASES } from './alerts/alert-rules';
