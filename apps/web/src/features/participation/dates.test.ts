import { describe, expect, it } from 'vitest';
import { isoToJalali, jalaliToIso } from './dates';

describe('Jalali days typed in the member forms', () => {
  it('reads Persian digits and a Nowruz day as the ISO day the API takes', () => {
    expect(jalaliToIso('۱۴۰۳/۰۱/۰۱')).toBe('2024-03-20');
    expect(jalaliToIso('1404/1/1')).toBe('2025-03-21');
  });
  it('refuses a day the calendar does not have', () => {
    expect(jalaliToIso('1404/12/30')).toBeNull();
    expect(jalaliToIso('1403/13/01')).toBeNull();
    expect(jalaliToIso('فردا')).toBeNull();
  });
  it('shows an ISO day back in Jalali for editing', () => {
    expect(isoToJalali('2024-03-20')).toBe('1403/01/01');
    expect(isoToJalali(null)).toBe('');
  });
});
