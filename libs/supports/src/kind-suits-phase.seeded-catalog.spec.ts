import { PHASE_KEYS } from '@tashakkol/associations';
import { kindSuitsPhase } from './kind-suits-phase';
import { SUPPORT_KIND_CATALOG } from './support-kind.catalog';

describe('kindSuitsPhase', () => {
  it('accepts a kind in a phase its catalog row lists, and refuses it elsewhere', () => {
    const training = { phases: ['diagnosis', 'formation'] };
    expect(kindSuitsPhase(training, 'diagnosis')).toBe(true);
    expect(kindSuitsPhase(training, 'concept_review')).toBe(false);
  });

  it('offers a retired kind in no phase', () => {
    expect(kindSuitsPhase({ phases: [...PHASE_KEYS], active: false }, 'formation')).toBe(false);
  });

  it('gives every phase of the seeded catalog at least one kind, and financial help never before formation', () => {
    for (const phase of PHASE_KEYS) {
      const offered = SUPPORT_KIND_CATALOG.filter((k) => kindSuitsPhase(k, phase)).map((k) => k.code);
      expect({ phase, offered: offered.length > 0 }).toEqual({ phase, offered: true });
    }
    const financial = SUPPORT_KIND_CATALOG.find((k) => k.code === 'financial')!;
    const early = ['concept_review', 'diagnosis', 'potential_assessment'] as const;
    expect(early.filter((p) => kindSuitsPhase(financial, p))).toEqual([]);
  });

  it('lists only the kinds of the chamber model: entry into policy-making is a milestone, not a support', () => {
    expect(SUPPORT_KIND_CATALOG.map((k) => k.code).sort()).toEqual(
      [
        'financial',
        'growth_strategy',
        'knowledge_org',
        'member_database',
        'moral',
        'rnd_unit',
        'strategic_plan',
        'training',
        'venue',
      ].sort(),
    );
  });
});
