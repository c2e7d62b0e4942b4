import { dictionary } from '@zxcvbn-ts/language-common';
import { registerDecorator, ValidationOptions } from 'class-validator';

let common: Set<string> | undefined;

/** The ~50,000 most common passwords of breach corpora (zxcvbn-ts' list), loaded on first use. */
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return common;
}

export const MIN_DISTINCT_CHARACTERS = 5;

/**
 * ASVS 2.1: what is wrong with a new password, or undefined. Length is the DTO's rule (≥ 10);
 * here: not a well-known password, and not one character (or two) repeated.
 */
export function passwordProblem(password: string): string | undefined {
  if (commonPasswords().has(password.trim().toLowerCase()))
    return 'password: is one of the most common passwords; choose another';
  if (new Set([...password.trim()]).size < MIN_DISTINCT_CHARACTERS)
    return `password: needs more variety (at least ${MIN_DISTINCT_CHARACTERS} different characters)`;
  return undefined;
}

export function IsAcceptablePassword(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || passwordProblem(value) === undefined,
        defaultMessage: (args) => passwordProblem(String(args?.value)) ?? 'password: is not acceptable',
      },
    });
}
