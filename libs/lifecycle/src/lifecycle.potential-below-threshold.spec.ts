import { evaluateGate } from './gate-rules';
import { DEFAULT_SETTINGS, POTENTIAL_FACTORS } from './phase-table';
import { potentialScore } from './potential-score';

const allRated = (rating: number) => ({ ratings: POTENTIAL_FACTORS.map((f) => ({ factor: f.key, rating })) });

describe('potential assessment below the threshold', () => {
  it('scores 0 for all ones, 100 for all fives and 75 for all fours', () => {
    expect(potentialScore(allRated(1)).score).toBe(0);
    expect(potentialScore(allRated(5)).score).toBe(100);
    expect(potentialScore(allRated(4)).score).toBe(75);
  });

  it('weights the factors: firms and economic weight count more than export share', () => {
    const ratings = POTENTIAL_FACTORS.map((f) => ({ factor: f.key, rating: f.key === 'firm_count' ? 5 : 1 }));
    const exportOnly = POTENTIAL_FACTORS.map((f) => ({
      factor: f.key,
      rating: f.key === 'export_share' ? 5 : 1,
    }));
    expect(potentialScore({ ratings }).score).toBe(20);
    expect(potentialScore({ ratings: exportOnly }).score).toBe(15);
  });

  it('refuses the gate when the score is under the threshold in force and reports both', () => {
    const gate = evaluateGate(
      'potential_assessment',
      { potential_factors: allRated(3) },
      { settings: DEFAULT_SETTINGS },
    );
    expect(gate.met).toBe(false);
    expect(gate.items[0].facts).toEqual({ score: 50, threshold: 60 });
    expect(gate.items[0].missing).toEqual(['potential score 50 is below the threshold 60']);
  });

  it('passes the same ratings once the admin lowers the threshold', () => {
    const gate = evaluateGate(
      'potential_assessment',
      { potential_factors: allRated(3) },
      { settings: { ...DEFAULT_SETTINGS, potentialThreshold: 50 } },
    );
    expect(gate.met).toBe(true);
  });

  it('names the factors left unrated', () => {
    const gate = evaluateGate(
      'potential_assessment',
      { potential_factors: { ratings: [{ factor: 'firm_count', rating: 5 }] } },
      { settings: DEFAULT_SETTINGS },
    );
    expect(gate.items[0].missing).toContain('rating of potential factor cohesion');
  });
});
