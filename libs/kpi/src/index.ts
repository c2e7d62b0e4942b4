export * from './indicators/indicator.entity';
export * from './targets/target.entity';
export * from './reports/report.entity';
export * from './reports/report-value.entity';
export * from './reports/report-revision.entity';
export * from './reports/kpi-outbox.entity';
export * from './evidence/evidence.entity';
