import { ValidationError } from 'class-validator';
import { describeValidationErrors } from './validation-messages';

describe('validation messages name the field', () => {
  it('names an unknown field', () => {
    const e = Object.assign(new ValidationError(), {
      property: 'colour',
      constraints: { whitelistValidation: 'property colour should not exist' },
      children: [],
    });
    expect(describeValidationErrors([e])).toEqual(['colour is not an accepted field']);
  });
  it('names a nested field by its path', () => {
    const child = Object.assign(new ValidationError(), {
      property: 'value',
      constraints: { isNumber: 'value must be a number' },
      children: [],
    });
    const item = Object.assign(new ValidationError(), { property: '0', children: [child] });
    const top = Object.assign(new ValidationError(), { property: 'values', children: [item] });
    expect(describeValidationErrors([top])).toEqual(['values[0].value must be a number']);
  });
});
