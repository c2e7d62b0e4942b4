import { round2, roundTo } from './achievement';

describe('rounding of achievements, axes, composites and trends', () => {
  it('rounds a half up on the decimal, not on its binary neighbour (a composite of 69.995 is a B at 70.00, not a C)', () => {
    // The doubles just below the decimal half, which Math.round(n * 100) / 100 took down.
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(Math.round(8.575 * 100) / 100).toBe(8.57);
    expect(round2(69.995)).toBe(70);
    expect(round2(69.99499999999999)).toBe(70);
    expect(round2(1.005)).toBe(1.01);
    expect(round2(8.575)).toBe(8.58);
  });

  it('rounds a negative half away from zero, as PostgreSQL round(numeric) does (a falling trend of −5.615 is −5.62)', () => {
    expect(round2(-5.615)).toBe(-5.62);
    expect(round2(-0.005)).toBe(-0.01);
  });

  it('keeps real differences below the half: 69.994999 stays 69.99', () => {
    expect(round2(69.994999)).toBe(69.99);
    expect(roundTo(12.34564999, 4)).toBe(12.3456);
    expect(roundTo(12.34565, 4)).toBe(12.3457);
  });
});
