import { describe, expect, it } from 'vitest';
import { labelFrom, type CatalogLabels } from './useLabels';

const catalog = {
  phases: { diagnosis: { fa: 'عارضه یابی (از API)', en: 'Diagnosis' } },
  legalForms: { union: { fa: 'اتحادیه', en: 'Union' } },
  sectorCategories: { '7': { fa: 'پسته', en: 'Pistachio' } },
} as unknown as CatalogLabels;

describe('labels of codes', () => {
  it('takes the API’s Persian label when it has one', () => {
    expect(labelFrom(catalog, 'phase', 'diagnosis')).toBe('عارضه یابی (از API)');
    expect(labelFrom(catalog, 'legalForm', 'union')).toBe('اتحادیه');
    expect(labelFrom(catalog, 'sectorCategory', 7)).toBe('پسته');
  });

  it('falls back to the app’s own labels before the catalog arrives, and for groups the API does not label', () => {
    expect(labelFrom(undefined, 'phase', 'diagnosis')).toBe('عارضه یابی و بهینه کاوی');
    expect(labelFrom(catalog, 'alertKind', 'phase_stalled')).toBe('توقف در فاز');
  });

  it('says «…» for a code only the catalog labels while it loads, and «نامشخص» once it has come', () => {
    expect(labelFrom(undefined, 'supportKind', 'export_fair', true)).toBe('…');
    expect(labelFrom(undefined, 'supportKind', 'export_fair', false)).toBe('نامشخص');
    expect(labelFrom(undefined, 'phase', 'diagnosis', true)).toBe('عارضه یابی و بهینه کاوی');
    expect(labelFrom(undefined, 'alertKind', 'no_such_alert', true)).toBe('نامشخص');
  });

  it('never shows a raw key', () => {
    expect(labelFrom(catalog, 'legalForm', 'guild')).toBe('نامشخص');
    expect(labelFrom(catalog, 'phase', null)).toBe('—');
  });
});
