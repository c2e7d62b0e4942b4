import { daysPerPhase, phaseStays } from './time-in-phase';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('time in phase', () => {
  it('counts each stay from the moves, including a return to an earlier phase', () => {
    const stays = phaseStays({
      createdAt: d('2026-01-01'),
      currentPhase: 'diagnosis',
      phaseEnteredAt: d('2026-03-01'),
      moves: [
        { from: 'concept_review', to: 'diagnosis', at: d('2026-01-11') },
        { from: 'diagnosis', to: 'concept_review', at: d('2026-01-21') },
        { from: 'concept_review', to: 'diagnosis', at: d('2026-03-01') },
      ],
      now: d('2026-03-06'),
    });
    expect(stays.map((s) => [s.phase, s.days])).toEqual([
      ['concept_review', 10],
      ['diagnosis', 10],
      ['concept_review', 39],
      ['diagnosis', 5],
    ]);
    expect(daysPerPhase(stays)).toEqual({ concept_review: 49, diagnosis: 15 });
  });

  it('has one open stay for a new association', () => {
    const stays = phaseStays({
      createdAt: d('2026-01-01'),
      currentPhase: 'concept_review',
      phaseEnteredAt: d('2026-01-01'),
      moves: [],
      now: d('2026-01-03'),
    });
    expect(stays).toEqual([{ phase: 'concept_review', enteredAt: d('2026-01-01'), leftAt: null, days: 2 }]);
  });
});
