import { Global, Module, OnApplicationBootstrap } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AUDIT_ACTOR_NAMES, AuditModule } from '@tashakkol/audit';
import { Environment } from '@tashakkol/config';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtAuthGuard } from './guards/jwt-auth.guard';
import { LocalAuthGuard } from './guards/local-auth.guard';
import { LoginThrottlerGuard } from './guards/login-throttler.guard';
import { RateLimiter } from './rate-limit/rate-limiter.service';
import { TokenVersions } from './token-versions.service';
import { RolesGuard } from './guards/roles.guard';
import { RecipientDirectory } from './recipient-directory.service';
import { RefreshToken } from './refresh-token.entity';
import { LocalStrategy } from './strategies/local.strategy';
import { User } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([User, RefreshToken]),
    AuditModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [Environment],
      useFactory: (env: Environment) => ({
        secret: env.JWT_ACCESS_SECRET,
        signOptions: { algorithm: 'HS256', expiresIn: env.JWT_ACCESS_TTL_SECONDS },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [AuthService, UsersService, RateLimiter, RecipientDirectory, TokenVersions],
  exports: [
    AuthService,
    UsersService,
    RateLimiter,
    RecipientDirectory,
    TokenVersions,
    TypeOrmModule,
    JwtModule,
  ],
})
export class IdentityModule {}

/** Gives the audit trail its actors' names (the port audit declares) without audit reading users. */
@Global()
@Module({
  imports: [IdentityModule],
  providers: [{ provide: AUDIT_ACTOR_NAMES, useExisting: RecipientDirectory }],
  exports: [AUDIT_ACTOR_NAMES],
})
export class IdentityAuditNamesModule {}

/** The HTTP side: login, users, and the global guards every other module relies on. */
@Module({
  imports: [IdentityModule, IdentityAuditNamesModule],
  controllers: [AuthController, UsersController],
  providers: [
    LocalStrategy,
    LocalAuthGuard,
    LoginThrottlerGuard,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
})
export class IdentityApiModule implements OnApplicationBootstrap {
  constructor(
    private readonly users: UsersService,
    private readonly env: Environment,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.users.ensureAdmin(this.env.ADMIN_EMAIL, this.env.ADMIN_PASSWORD);
  }
}
