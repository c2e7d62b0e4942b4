import { PHASE_KEYS } from '@tashakkol/associations';
import { nextPhase, PHASES, phaseOf } from './phase-table';
import { OUTPUT_DTOS } from './phase-outputs.dto';
import { SAMPLE_OUTPUTS } from './sample-outputs';

describe('the phase table', () => {
  it('has the six phases of the chamber model in order, with their Persian names', () => {
    expect(PHASES.map((p) => p.key)).toEqual([...PHASE_KEYS]);
    expect(PHASES.map((p) => p.order)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(PHASES.map((p) => p.nameFa)).toEqual([
      'بررسی مفهومی',
      'عارضه یابی و بهینه کاوی',
      'پتانسیل سنجی',
      'شکل گیری و ساماندهی',
      'حمایت، هدایت و پایش',
      'نقشه راه توسعه',
    ]);
  });

  it('gives every phase English names, outputs and precautions', () => {
    for (const p of PHASES) {
      expect(p.nameEn).toBeTruthy();
      expect(p.outputs.length).toBeGreaterThan(0);
      expect(p.precautions.length).toBeGreaterThan(0);
    }
  });

  it('lists the gate outputs the issue names for each phase', () => {
    expect(phaseOf('concept_review').outputs.map((o) => o.key)).toEqual([
      'classification',
      'laws_and_policies',
      'prior_actions',
    ]);
    expect(phaseOf('diagnosis').outputs.map((o) => o.key)).toEqual(['success_failure_factors', 'benchmarks']);
    expect(phaseOf('potential_assessment').outputs.map((o) => o.key)).toEqual(['potential_factors']);
    expect(phaseOf('formation').outputs).toHaveLength(8);
    expect(phaseOf('support_monitoring').externalGateItems.map((i) => i.key)).toEqual(['indicators_agreed']);
    expect(phaseOf('development').outputs.map((o) => o.key)).toEqual(['roadmap']);
  });

  it('has a validating DTO and a sample for every output', () => {
    for (const p of PHASES) {
      for (const o of p.outputs) {
        expect(OUTPUT_DTOS[o.key as keyof typeof OUTPUT_DTOS]).toBeDefined();
        expect(SAMPLE_OUTPUTS[p.key][o.key as keyof (typeof SAMPLE_OUTPUTS)[typeof p.key]]).toBeDefined();
      }
    }
  });

  it('moves forward one phase at a time and ends at development', () => {
    expect(nextPhase('concept_review')).toBe('diagnosis');
    expect(nextPhase('support_monitoring')).toBe('development');
    expect(nextPhase('development')).toBeNull();
  });
});
