import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { fieldProblem, ValidationFailedError } from '@tashakkol/shared';

/** The path of the first string holding a NUL character, which PostgreSQL cannot store in text. */
export function findNulCharacter(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path || 'body' : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = findNulCharacter(inner, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return undefined;
}

class ApiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const nul =
      metadata.type === 'custom'
        ? undefined
        : findNulCharacter(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    if (nul)
      throw new ValidationFailedError([
        fieldProblem(nul, 'nulCharacter', `${nul}: must not contain a NUL character`),
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
