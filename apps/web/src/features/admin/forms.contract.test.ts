// The administration's forms are described by hand (with Persian labels); the API's DTOs are the one
// home of their fields. Held against the committed OpenAPI document, as the lifecycle's output forms
// are: a field renamed, a type or an option changed, or a new required field fails here first.
import { describe, expect, it } from 'vitest';
import openapiDocument from '../../../../../openapi.json';
import type { FormField } from '../../lib/fields';
import { FORM_DTOS } from './forms';

interface Schema {
  type?: string;
  enum?: string[];
  nullable?: boolean;
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
}
const schemas = (openapiDocument as unknown as { components: { schemas: Record<string, Schema> } }).components
  .schemas;

/** The JSON types each kind of control sends (a nullable DTO property is written `object`). */
const TYPES: Record<FormField['kind'], string[]> = {
  text: ['string'],
  number: ['number', 'integer'],
  rials: ['string'],
  date: ['string'],
  select: ['string'],
  multiselect: ['array'],
  switch: ['boolean'],
};

function check(where: string, fields: FormField[], schema: Schema, supplied: string[] = []): void {
  for (const f of fields) {
    const prop = schema.properties?.[f.name];
    expect(prop, `${where}.${f.name} is not a field of the API`).toBeDefined();
    if (!prop) continue;
    const type = prop.nullable && prop.type === 'object' ? undefined : prop.type;
    if (type) expect(TYPES[f.kind], `${where}.${f.name}: ${f.kind} for a ${type}`).toContain(type);
    else expect(f.nullable, `${where}.${f.name} may be null: the form should clear it with null`).toBe(true);
    const allowed = f.kind === 'multiselect' ? prop.items?.enum : prop.enum;
    if ((f.kind === 'select' || f.kind === 'multiselect') && allowed && f.options.length)
      expect(f.options.map((o) => o.value).sort(), `${where}.${f.name}: options`).toEqual(
        [...allowed].sort(),
      );
  }
  const asked = new Set([...fields.map((f) => f.name), ...supplied]);
  for (const name of schema.required ?? [])
    expect(asked.has(name), `${where}.${name} is required by the API but not on the form`).toBe(true);
}

describe('the administration’s forms agree with the API’s DTOs (openapi.json)', () => {
  for (const { dto, fields, supplied } of FORM_DTOS)
    it(`${dto}: every field exists with its type and options, every required one is asked`, () => {
      expect(schemas[dto], dto).toBeDefined();
      check(dto, fields, schemas[dto], supplied);
    });

  it('would notice a field the API does not know, or a required one left out', () => {
    expect(() => check('x', [{ name: 'nope', label: '', kind: 'text' }], { properties: {} })).toThrow();
    expect(() => check('x', [], { properties: {}, required: ['code'] })).toThrow();
  });
});
