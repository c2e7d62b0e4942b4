import { ValidationError } from 'class-validator';

/** Flattens nested errors into "values.0.value must be a number" style lines that name the field. */
export function describeValidationErrors(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) =>
      m.startsWith(`property ${e.property} should not exist`)
        ? `${path} is not an accepted field`
        : m.startsWith(e.property)
          ? path + m.slice(e.property.length)
          : `${path}: ${m}`,
    );
    return [...own, ...describeValidationErrors(e.children ?? [], path)];
  });
}
