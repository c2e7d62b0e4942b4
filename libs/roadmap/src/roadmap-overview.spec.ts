import { phaseFunnel, scoreDistribution, supportsByPhaseAndKind } from './roadmap-overview';

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
    expect(funnel[3]).toMatchObject({
      count: 3,
      medianDays: 40,
      p90Days: 120,
      nameFa: 'شکل گیری و ساماندهی',
    });
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

  it('adds up grants per phase and kind, Rials as exact strings, only approved and delivered as granted', () => {
    const cells = supportsByPhaseAndKind(
      [
        {
          phase: 'formation',
          kindCode: 'financial',
          status: 'approved',
          flagged: true,
          count: 2,
          rials: '9007199254740993',
          hours: 0,
        },
        {
          phase: 'formation',
          kindCode: 'financial',
          status: 'delivered',
          flagged: false,
          count: 1,
          rials: '7',
          hours: 0,
        },
        {
          phase: 'formation',
          kindCode: 'financial',
          status: 'rejected',
          flagged: false,
          count: 5,
          rials: '1000',
          hours: 0,
        },
        {
          phase: 'concept_review',
          kindCode: 'training',
          status: 'requested',
          flagged: false,
          count: 1,
          rials: '0',
          hours: 0,
        },
      ],
      [{ code: 'financial', nameFa: 'حمایت مالی', nameEn: 'Financial' }],
    );
    expect(cells.map((c) => c.phase)).toEqual(['concept_review', 'formation']);
    expect(cells[1]).toMatchObject({
      kindNameFa: 'حمایت مالی',
      requests: 8,
      granted: 3,
      delivered: 1,
      grantedRials: '9007199254741000',
      flaggedPrecautions: 2,
    });
    expect(cells[0]).toMatchObject({ kindNameFa: null, requests: 1, granted: 0, grantedRials: '0' });
  });
});
