import { phaseFunnel, scoreDistribution } from './roadmap-overview';

describe("the president's overview", () => {
  it('lists all six phases in order even when some are empty', () => {
    const funnel = phaseFunnel([{ phase: 'formation', count: 3, medianDays: 40, p90Days: 120 }]);
    expect(funnel.map((f) => f.phase)).toEqual([
      'concept_review',
      'diagnosis',
      'potential_assessment',
      'formation',
      'support_monitoring',
      'development',
    ]);
    expect(funnel[3]).toMatchObject({ count: 3, medianDays: 40, p90Days: 120, nameFa: 'شکل گیری و ساماندهی' });
    expect(funnel[0]).toMatchObject({ count: 0, medianDays: null });
  });

  it('counts grades and puts a perfect 100 in the top band', () => {
    const d = scoreDistribution([
      { grade: 'A', bucket: 11, count: 2 },
      { grade: 'C', bucket: 6, count: 1 },
    ]);
    expect(d.scored).toBe(3);
    expect(d.grades).toEqual({ A: 2, B: 0, C: 1, D: 0 });
    expect(d.bands[9].count).toBe(2);
    expect(d.bands[5]).toEqual({ from: 50, to: 60, count: 1 });
  });
});
