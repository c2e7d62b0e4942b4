import { Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AssociationsApiModule } from '@tashakkol/associations';
import { AuditApiModule } from '@tashakkol/audit';
import { ConfigModule, Environment } from '@tashakkol/config';
import { DatabaseModule, QueueModule } from '@tashakkol/database';
import { IdentityApiModule } from '@tashakkol/identity';
import { LifecycleApiModule } from '@tashakkol/lifecycle';
import { KpiApiModule, KpiIndicatorAgreementModule, KpiScoringApiModule } from '@tashakkol/kpi';
import { SupportsApiModule } from '@tashakkol/supports';
import { randomUUID } from 'crypto';
import { LoggerModule } from 'nestjs-pino';
import { HealthModule } from './health/health.module';
import { HttpErrorFilter } from './http-error.filter';

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [Environment],
      useFactory: (env: Environment) => ({
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: env.LOG_LEVEL,
          // Fastify has already given the request its id (bootstrap.ts); the logs carry the same one.
          genReqId: (req) => (req as { id?: string }).id ?? randomUUID(),
          redact: ['req.headers.authorization', 'req.headers.cookie'],
          autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/api/v1/health') },
        },
      }),
    }),
    DatabaseModule,
    QueueModule,
    HealthModule,
    IdentityApiModule,
    AuditApiModule,
    AssociationsApiModule,
    LifecycleApiModule,
    SupportsApiModule,
    KpiApiModule,
    KpiIndicatorAgreementModule,
    KpiScoringApiModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: HttpErrorFilter }],
})
export class AppModule {}
