export * from './association.entity';
