import { evaluateGate, GateContext } from './gate-rules';
import { GateNotMetError } from './lifecycle.errors';
import { DEFAULT_SETTINGS } from './phase-table';
import { SAMPLE_OUTPUTS } from './sample-outputs';
import { decideTransition } from './transition-rule';

const ctx: GateContext = { settings: DEFAULT_SETTINGS };

describe('advancing from concept review without its outputs', () => {
  it('is refused, naming every missing output', () => {
    const gate = evaluateGate(
      'concept_review',
      { classification: SAMPLE_OUTPUTS.concept_review.classification },
      ctx,
    );
    expect(gate.met).toBe(false);
    expect(gate.missing).toEqual(['laws_and_policies', 'prior_actions']);
    expect(gate.items.map((i) => i.status)).toEqual(['met', 'not_recorded', 'not_recorded']);
    let error: unknown;
    try {
      decideTransition({ from: 'concept_review', to: 'diagnosis', gate });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GateNotMetError);
    expect((error as GateNotMetError).status).toBe(422);
    expect((error as GateNotMetError).message).toMatch(/laws_and_policies.*prior_actions/);
    expect((error as GateNotMetError).details).toMatchObject({
      missing: ['laws_and_policies', 'prior_actions'],
    });
  });

  it('counts an empty list of laws as not met', () => {
    const gate = evaluateGate(
      'concept_review',
      { ...SAMPLE_OUTPUTS.concept_review, laws_and_policies: { references: [] } },
      ctx,
    );
    expect(gate.items.find((i) => i.key === 'laws_and_policies')).toMatchObject({
      met: false,
      status: 'incomplete',
      missing: ['at least one law or policy reference'],
    });
  });

  it('goes to diagnosis once all three outputs are recorded', () => {
    const gate = evaluateGate('concept_review', SAMPLE_OUTPUTS.concept_review, ctx);
    expect(gate.met).toBe(true);
    expect(gate.items.map((i) => i.status)).toEqual(['met', 'met', 'met']);
    expect(decideTransition({ from: 'concept_review', to: 'diagnosis', gate })).toBe('forward');
  });
});

describe('diagnosis gate', () => {
  it('needs every success and failure factor rated and a benchmark note', () => {
    const partial = { ratings: SAMPLE_OUTPUTS.diagnosis.success_failure_factors!.ratings.slice(1) };
    const gate = evaluateGate(
      'diagnosis',
      { success_failure_factors: partial, benchmarks: { notes: [] } },
      ctx,
    );
    expect(gate.met).toBe(false);
    expect(gate.items[0].missing).toEqual(['rating of factor member_participation']);
    expect(gate.items[1].missing).toEqual(['at least one benchmark note']);
    expect(evaluateGate('diagnosis', SAMPLE_OUTPUTS.diagnosis, ctx).met).toBe(true);
  });
});
