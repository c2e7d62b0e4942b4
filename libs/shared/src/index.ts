export * from './errors';
export * from './queues';
export * from './pagination';
export * from './persian';
export * from './jalali';
export * from './auth-context';
export * from './handles-jobs';
export * from './ports/chamber-funding-share';
