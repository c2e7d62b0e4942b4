export * from './roadmap-overview';
export * from './development-stage';
export * from './reporting-completeness';
export * from './support-outcomes';
export * from './roadmap-read-model.service';
export * from './roadmap.service';
export * from './roadmap.module';
