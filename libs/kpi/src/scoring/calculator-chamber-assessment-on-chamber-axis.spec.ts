import { KpiCalculator } from './calculator';
import { indicator } from './catalog.fixture';
import { DEFAULT_GRADE_THRESHOLDS } from './scoring.types';

describe('the chamber expert’s assessment on the chamber axis', () => {
  const calc = new KpiCalculator();
  const input = {
    period: '1405-Q2',
    indicators: [
      indicator('accepted_proposals', { axis: 'chamber', criterion: 'policy_influence', defaultWeight: 2 }),
    ],
    targets: [{ indicatorCode: 'accepted_proposals', baseline: 0, target: 4, weight: null }],
    values: { accepted_proposals: 3 },
    history: [],
    thresholds: DEFAULT_GRADE_THRESHOLDS,
  };

  it('counts each assessed criterion like one indicator of weight 1 whose achievement is the score', () => {
    const without = calc.score(input);
    const withAssessment = calc.score({ ...input, assessment: [{ criterion: 'governance', score: 30 }] });
    expect(without.axes.chamber).toBe(75);
    // (75 × 2 + 30 × 1) / 3
    expect(withAssessment.axes.chamber).toBe(60);
    expect(withAssessment.criteria.governance).toBe(30);
    expect(withAssessment.indicators.find((i) => i.code === 'chamber_assessment.governance')).toMatchObject({
      axis: 'chamber',
      nameFa: 'ارزیابی کارشناس اتاق: حکمرانی',
      value: 30,
      achievement: 30,
      status: 'scored',
    });
  });
});
