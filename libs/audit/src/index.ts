export * from './audit-entry.entity';
export * from './audit-integrity-check.entity';
export * from './audit.service';
export * from './audit.producer';
export * from './audit.module';
export * from './hash-chain';
export * from './audit.views';
export * from './actor-names.port';
