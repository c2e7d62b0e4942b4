import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { fieldProblem, ValidationFailedError } from '@tashakkol/shared';
import { findBadText } from './hostile-input';

class ApiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const bad =
      metadata.type === 'custom'
        ? undefined
        : findBadText(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    if (bad)
      throw new ValidationFailedError([
        fieldProblem(bad.path, bad.constraint, `${bad.path}: ${bad.problem}`),
      ]);
    return super.transform(value, metadata);
  }
}

export function buildValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    // The target lets the Persian text read a constraint's arguments (200 of `@MaxLength(200)`).
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => new ValidationFailedError(errors),
  });
}
