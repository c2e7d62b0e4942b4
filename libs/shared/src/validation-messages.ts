import { getMetadataStorage, ValidationError } from 'class-validator';
import { IS_DATE_INPUT, looksJalali } from './date-input';
import { BadInputError } from './errors';
import { CONSTRAINT_TEXTS_FA, fieldLabelFa } from './messages-fa';

/** One field that failed validation: its path (`values[2].value`), what failed, in English and Persian. */
export interface ValidationProblem {
  field: string;
  constraint: string;
  message: string;
  messageFa: string;
}

/** The order in which a property's failed constraints are worth telling a person: its type first. */
const PRIORITY = [
  'whitelistValidation',
  'isDefined',
  IS_DATE_INPUT,
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isUuid',
  'isEmail',
  'isIn',
  'isEnum',
];

function childPath(parent: string, property: string): string {
  if (!parent) return property;
  return /^\d+$/.test(property) ? `${parent}[${property}]` : `${parent}.${property}`;
}

function english(path: string, property: string, message: string): string {
  if (message.startsWith(`property ${property} should not exist`)) return `${path} is not an accepted field`;
  if (message.startsWith(property)) return path + message.slice(property.length);
  return `${path}: ${message}`;
}

/** The arguments a constraint was declared with (e.g. 200 for `@MaxLength(200)`), from the DTO's metadata. */
function constraintArgs(e: ValidationError, constraint: string): unknown[] {
  const ctor = (e.target as object | undefined)?.constructor;
  if (ctor && ctor !== Object) {
    const meta = getMetadataStorage()
      .getTargetValidationMetadatas(ctor, '', true, false)
      .find((m) => m.propertyName === e.property && m.name === constraint);
    if (meta) return meta.constraints ?? [];
  }
  // Without the target, the number in class-validator's own message is the argument.
  const n = /(-?\d+(?:\.\d+)?)/.exec(e.constraints?.[constraint] ?? '');
  return n ? [n[1]] : [];
}

function persian(e: ValidationError, path: string, constraint: string): string {
  const required =
    constraint !== 'whitelistValidation' &&
    (e.value === undefined ||
      e.value === null ||
      (e.value === '' && ['minLength', 'isNotEmpty', 'matches'].includes(constraint)));
  let text: string;
  if (required) text = CONSTRAINT_TEXTS_FA.required([]);
  else if (constraint === IS_DATE_INPUT && typeof e.value === 'string' && looksJalali(e.value))
    text = CONSTRAINT_TEXTS_FA.notAJalaliDate([]);
  else {
    const own = CONSTRAINT_TEXTS_FA[constraint];
    text = own ? own(constraintArgs(e, constraint)) : 'مقدار نادرست است';
  }
  return `${fieldLabelFa(path)}: ${text}`;
}

/** Flattens class-validator's nested errors into one problem per offending field, in order. */
export function validationProblems(errors: ValidationError[], parent = ''): ValidationProblem[] {
  return errors.flatMap((e) => {
    const path = childPath(parent, e.property);
    const keys = Object.keys(e.constraints ?? {});
    const own: ValidationProblem[] = [];
    if (keys.length) {
      const first = [...keys].sort((a, b) => rank(a) - rank(b))[0];
      own.push({
        field: path,
        constraint: first,
        message: keys.map((k) => english(path, e.property, e.constraints![k])).join('; '),
        messageFa: persian(e, path, first),
      });
    }
    return [...own, ...validationProblems(e.children ?? [], path)];
  });
}

function rank(constraint: string): number {
  const i = PRIORITY.indexOf(constraint);
  return i === -1 ? PRIORITY.length : i;
}

/** "values[0].value must be a number" style lines that name the field. */
export function describeValidationErrors(errors: ValidationError[]): string[] {
  return validationProblems(errors).map((p) => p.message);
}

/**
 * 400 for a body, query or output that failed its DTO: the first offending field is `field`,
 * every problem is in `problems`, and `messageFa` says them in Persian.
 */
export class ValidationFailedError extends BadInputError {
  readonly problems: ValidationProblem[];
  constructor(problems: ValidationProblem[] | ValidationError[], code = 'request.invalid') {
    const list =
      problems.length && 'property' in problems[0]
        ? validationProblems(problems as ValidationError[])
        : (problems as ValidationProblem[]);
    super(code, list.map((p) => p.message).join('; ') || 'invalid input', { field: list[0]?.field });
    this.problems = list;
  }

  override get messageFa(): string {
    return this.problems.map((p) => p.messageFa).join('؛ ');
  }
}

/** A single problem with one field, for checks class-validator cannot express. */
export function fieldProblem(field: string, constraint: string, message: string): ValidationProblem {
  const text = CONSTRAINT_TEXTS_FA[constraint]?.([]) ?? 'مقدار نادرست است';
  return { field, constraint, message, messageFa: `${fieldLabelFa(field)}: ${text}` };
}
