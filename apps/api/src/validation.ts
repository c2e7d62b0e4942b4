import { ArgumentMetadata, BadRequestException, ValidationPipe } from '@nestjs/common';
import { describeValidationErrors } from '@tashakkol/shared';
import { findBadText } from './hostile-input';

class ApiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const bad =
      metadata.type === 'custom'
        ? undefined
        : findBadText(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    if (bad) throw new BadRequestException(`${bad.path}: ${bad.problem}`);
    return super.transform(value, metadata);
  }
}

export function buildValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new BadRequestException(describeValidationErrors(errors).join('; ')),
  });
}
