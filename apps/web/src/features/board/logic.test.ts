import { describe, expect, it } from 'vitest';
import { seatChanges } from './logic';

const seat = {
  fullName: 'علی رضایی',
  role: 'member' as const,
  firmName: null,
  termStart: '2025-05-01',
  termEnd: null,
  electedBy: 'general_assembly' as const,
};

describe('seatChanges: a correction sends only what staff changed', () => {
  it('sends nothing for an untouched seat, treating an emptied firm as no firm', () => {
    expect(seatChanges(seat, { ...seat })).toEqual({});
  });

  it('sends the changed name, role and term', () => {
    expect(
      seatChanges(seat, { ...seat, fullName: 'علی رضائی', role: 'treasurer', termEnd: '2027-04-30' }),
    ).toEqual({ fullName: 'علی رضائی', role: 'treasurer', termEnd: '2027-04-30' });
  });

  it('sends null to clear a firm or an end date that was set', () => {
    const ended = { ...seat, firmName: 'پسته کرمان', termEnd: '2026-01-01' };
    expect(seatChanges(ended, { ...ended, firmName: null, termEnd: null })).toEqual({
      firmName: null,
      termEnd: null,
    });
  });
});
