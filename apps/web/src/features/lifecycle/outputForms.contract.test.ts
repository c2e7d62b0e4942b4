// The output forms are written by hand (with Persian labels); the API's DTOs are the one home of
// their fields. This test holds each form against the committed OpenAPI document, so a field renamed,
// added as required, or an option changed on the server fails here instead of on a chamber expert's
// screen.
import { describe, expect, it } from 'vitest';
import openapiDocument from '../../../../../openapi.json';
import { OUTPUT_FORMS, type FieldSpec, type LeafField } from './outputForms';

interface Schema {
  type?: string;
  enum?: string[];
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  $ref?: string;
  oneOf?: Schema[];
}
interface Doc {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
}
const doc = openapiDocument as unknown as Doc;

const resolve = (s: Schema): Schema =>
  s.$ref ? resolve(doc.components.schemas[s.$ref.replace('#/components/schemas/', '')]) : s;
/** `founding_members` → `FoundingMembersDto`, the DTO the API names for that output. */
const dtoName = (key: string) => `${key.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase())}Dto`;

const bodySchemas = (
  doc.paths['/api/v1/associations/{id}/phases/{phase}/outputs/{key}'].put.requestBody?.content[
    'application/json'
  ].schema.oneOf ?? []
).map((s) => s.$ref?.replace('#/components/schemas/', ''));

const TYPE_OF_KIND: Record<LeafField['kind'], string[]> = {
  text: ['string'],
  textarea: ['string'],
  date: ['string'],
  select: ['string'],
  bool: ['boolean'],
  int: ['integer', 'number'],
  number: ['number', 'integer'],
};

function checkFields(where: string, fields: FieldSpec[], schema: Schema): void {
  const props = schema.properties ?? {};
  for (const f of fields) {
    const prop = props[f.name];
    expect(prop, `${where}.${f.name} is not a field of the API`).toBeDefined();
    if (!prop) continue;
    if (f.kind === 'list') {
      expect(prop.type, `${where}.${f.name}`).toBe('array');
      checkFields(`${where}.${f.name}[]`, f.item, resolve(prop.items ?? {}));
      continue;
    }
    expect(TYPE_OF_KIND[f.kind], `${where}.${f.name}: ${f.kind} for a ${prop.type}`).toContain(prop.type);
    if (f.kind === 'select')
      expect(
        f.options.map((o) => o.value).filter((v) => v !== ''),
        `${where}.${f.name}: options`,
      ).toEqual(expect.arrayContaining(prop.enum ?? []));
    if (f.kind === 'select' && prop.enum)
      for (const o of f.options)
        if (o.value !== '') expect(prop.enum, `${where}.${f.name}: option ${o.value}`).toContain(o.value);
  }
  // Every field the API requires has a control (a flag counts: it always sends true or false).
  const shown = new Set(fields.map((f) => f.name));
  for (const name of schema.required ?? [])
    expect(shown.has(name), `${where}.${name} is required by the API but not on the form`).toBe(true);
}

describe('the output forms agree with the API’s DTOs (openapi.json)', () => {
  it('has one form for each output the API accepts, and no other', () => {
    expect(Object.keys(OUTPUT_FORMS).map(dtoName).sort()).toEqual([...bodySchemas].sort());
  });

  for (const [key, spec] of Object.entries(OUTPUT_FORMS))
    it(`${key}: every field exists with its type and options, every required one is asked`, () => {
      const schema = doc.components.schemas[dtoName(key)];
      expect(schema, dtoName(key)).toBeDefined();
      checkFields(key, spec, schema);
    });

  it('would notice a field the API does not know', () => {
    expect(() =>
      checkFields('x', [{ name: 'nope', label: '', kind: 'text' }], { properties: {}, required: [] }),
    ).toThrow();
  });
});
