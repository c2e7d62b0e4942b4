export * from './user.entity';
export * from './refresh-token.entity';
export * from './auth.service';
export * from './users.service';
export * from './identity.module';
export * from './association-directory';
export * from './tokens';
export * from './users.views';
