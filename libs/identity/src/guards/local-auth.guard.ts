import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ValidationFailedError } from '@tashakkol/shared';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { InvalidCredentialsError } from '../identity.errors';
import { LoginDto } from '../users.dto';

/** Validates the body first (guards run before pipes), so a missing e-mail is a 400, not a 401. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const body: unknown = context.switchToHttp().getRequest<{ body?: unknown }>().body;
    // An array is read as the global ValidationPipe reads it, as an object of its indexes (`[]` gave a
    // 500 here: class-transformer turns an array into an array of DTOs, which the validator refuses).
    const dto = plainToInstance(LoginDto, body && typeof body === 'object' ? { ...body } : {});
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) throw new ValidationFailedError(errors);
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err) throw err;
    if (!user) throw new InvalidCredentialsError();
    return user;
  }
}
