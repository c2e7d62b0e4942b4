export * from './data-source-options';
export * from './database.module';
export * from './pg-errors';
export * from './queue.module';
export * from './find-by-id';
export * from './settings-row';
export * from './pg-listener';
