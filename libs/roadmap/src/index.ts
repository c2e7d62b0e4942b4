export * from './roadmap-overview';
export * from './roadmap.service';
export * from './roadmap.module';
