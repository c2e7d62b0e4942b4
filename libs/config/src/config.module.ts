import { Global, Module } from '@nestjs/common';
import { Environment, loadEnvironment } from './environment';

/** Provides the validated {@link Environment}; the process fails fast on a bad value. */
@Global()
@Module({
  providers: [{ provide: Environment, useFactory: loadEnvironment }],
  exports: [Environment],
})
export class ConfigModule {}
