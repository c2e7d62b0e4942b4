import { evaluateIndependence, FINANCIAL_INDEPENDENCE } from './independence-precaution';

const settings = { thresholdRials: 5_000_000_000n, maxSharePercent: 30 };

describe('the financial independence precaution', () => {
  it('stays quiet while the grants of the year stay under the Rials threshold (no revenue reported yet)', () => {
    expect(evaluateIndependence(3_000_000_000n, 2_000_000_000n, null, settings).precautions).toEqual([]);
  });

  it('applies when this grant takes the year past the threshold', () => {
    const v = evaluateIndependence(3_000_000_000n, 2_000_000_001n, null, settings);
    expect(v.precautions).toEqual([FINANCIAL_INDEPENDENCE]);
    expect(v.detail).toMatch(/5000000001/);
  });

  it('uses the share of revenue once a revenue is reported', () => {
    expect(evaluateIndependence(0n, 3_000_000_000n, 10_000_000_000n, settings).precautions).toEqual([]);
    expect(evaluateIndependence(0n, 3_000_000_001n, 10_000_000_000n, settings).precautions).toEqual([
      FINANCIAL_INDEPENDENCE,
    ]);
    // A large revenue lets the grants pass the plain Rials threshold.
    expect(evaluateIndependence(0n, 9_000_000_000n, 100_000_000_000n, settings).precautions).toEqual([]);
  });
});
