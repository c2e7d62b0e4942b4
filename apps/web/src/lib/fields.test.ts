import { describe, expect, it } from 'vitest';
import { bodyOf, changesOf, draftOf, unreadable, type FormField } from './fields';

const FIELDS: FormField[] = [
  { name: 'nameFa', label: 'نام', kind: 'text', required: true },
  { name: 'weight', label: 'وزن', kind: 'number', decimal: true },
  { name: 'days', label: 'روز', kind: 'number' },
  { name: 'amount', label: 'مبلغ', kind: 'rials' },
  { name: 'phases', label: 'فازها', kind: 'multiselect', options: [{ value: 'a' }, { value: 'b' }] },
  { name: 'active', label: 'فعال', kind: 'switch' },
  { name: 'formula', label: 'فرمول', kind: 'text', nullable: true, when: (d) => d.kind === 'derived' },
];
const READ = {
  nameFa: 'پسته',
  weight: '1.500',
  days: 30,
  amount: '2500000000',
  phases: ['a'],
  active: true,
  formula: 'x',
};

describe('a form described field by field', () => {
  it('starts from the record in Persian digits, a numeric column’s 1.500 as ۱٫۵', () => {
    expect(draftOf(FIELDS, READ)).toMatchObject({
      weight: '۱.۵',
      days: '۳۰',
      amount: '۲۵۰۰۰۰۰۰۰۰',
      active: true,
    });
  });

  it('sends only what changed, figures typed in Persian read back as numbers and Rials as strings', () => {
    const draft = {
      ...draftOf(FIELDS, READ),
      weight: '۲٫۵',
      amount: '۳٬۰۰۰',
      phases: ['b', 'a'],
      kind: 'derived',
    };
    expect(changesOf(FIELDS, READ, draft)).toEqual({ weight: 2.5, amount: '3000', phases: ['b', 'a'] });
  });

  it('clears a nullable field with null, and leaves out a field not shown', () => {
    const shown = { ...draftOf(FIELDS, READ), kind: 'derived', formula: '' };
    expect(changesOf(FIELDS, READ, shown)).toEqual({ formula: null });
    expect(bodyOf(FIELDS, { ...shown, kind: 'reported' })).not.toHaveProperty('formula');
  });

  it('sends an unreadable figure as typed, so the API names the field, and says so before', () => {
    const draft = { ...draftOf(FIELDS), nameFa: ' تازه ', days: 'سی' };
    expect(bodyOf(FIELDS, draft)).toMatchObject({ nameFa: 'تازه', days: 'سی', phases: [], active: false });
    expect(unreadable(FIELDS[2], 'سی')).toBe(true);
    expect(unreadable(FIELDS[2], '۳۰')).toBe(false);
  });
});
