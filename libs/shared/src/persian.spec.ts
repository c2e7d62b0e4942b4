import { normalizePersian } from './persian';

describe('Persian search folding', () => {
  it('finds "کرمان" when typed with Arabic kaf and yeh', () => {
    expect(normalizePersian('كرمان')).toBe(normalizePersian('کرمان'));
    expect(normalizePersian('علي')).toBe('علی');
  });
  it('ignores zero-width non-joiners and diacritics', () => {
    expect(normalizePersian('تشکل\u200Cها')).toBe('تشکلها');
    expect(normalizePersian('تَشَکُّل')).toBe('تشکل');
  });
  it('turns Persian digits into ASCII and lower-cases Latin', () => {
    expect(normalizePersian('Kerman ۱۴۰۵')).toBe('kerman 1405');
  });
});
