import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { BadInputError, ValidationFailedError } from '@tashakkol/shared';
import { OUTPUT_DTOS, OutputWriteDto } from './phase-outputs.dto';
import { OutputKey } from './phase-outputs';

/** Validates an output body with its own DTO (400 naming the field) and returns it without `version`. */
export async function validateOutput(
  key: OutputKey,
  body: unknown,
): Promise<{ version: number | undefined; data: Record<string, unknown> }> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new BadInputError('lifecycle.bad_output', 'body: the output must be a JSON object');
  }
  const dto = plainToInstance(OUTPUT_DTOS[key], body) as OutputWriteDto;
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) throw new ValidationFailedError(errors, 'lifecycle.bad_output');
  const { version, ...data } = JSON.parse(JSON.stringify(dto)) as Record<string, unknown> & {
    version?: number;
  };
  return { version, data };
}
