import { indicatorAgreement } from './agreement';

const agreed = (code: string) => ({ indicatorCode: code, baseline: '1', target: '2', agreedAt: new Date() });

describe('indicators agreed with baselines and targets (the gate of phase 5)', () => {
  it('is met when every required indicator has an agreed target', () => {
    expect(indicatorAgreement(['a', 'b'], [agreed('a'), agreed('b')])).toEqual({ met: true, missing: [] });
  });

  it('is not met while a target waits for the board, and names what is missing', () => {
    const pending = { ...agreed('b'), agreedAt: null };
    expect(indicatorAgreement(['a', 'b', 'c'], [agreed('a'), pending])).toEqual({
      met: false,
      missing: ['b', 'c'],
    });
  });

  it('is met with five agreed targets even if others are still open', () => {
    const codes = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const res = indicatorAgreement(codes, codes.slice(0, 5).map(agreed));
    expect(res).toEqual({ met: true, missing: ['f', 'g'] });
  });

  it('is not met for an association with no targets at all', () => {
    expect(indicatorAgreement(['a'], []).met).toBe(false);
  });
});
