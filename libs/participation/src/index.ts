export * from './member.entity';
export * from './survey-rules';
export * from './assembly-rules';
export * from './election-rules';
export * from './participation.views';
export * from './participation-read.service';
export * from './participation.module';
