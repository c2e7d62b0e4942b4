import { evaluateGate } from './gate-rules';
import { IllegalTransitionError, ReasonRequiredError } from './lifecycle.errors';
import { DEFAULT_SETTINGS } from './phase-table';
import { SAMPLE_OUTPUTS } from './sample-outputs';
import { decideTransition } from './transition-rule';

const emptyGate = evaluateGate('formation', {}, { settings: DEFAULT_SETTINGS });

describe('moving back and skipping ahead', () => {
  it('moves back to any earlier phase with a reason, whatever the gate', () => {
    expect(
      decideTransition({
        from: 'formation',
        to: 'concept_review',
        reason: 'رسته بازتعریف شد',
        gate: emptyGate,
      }),
    ).toBe('back');
  });

  it('refuses a back move without a reason (400 naming reason)', () => {
    expect(() =>
      decideTransition({ from: 'formation', to: 'diagnosis', reason: '  ', gate: emptyGate }),
    ).toThrow(ReasonRequiredError);
    expect(() => decideTransition({ from: 'formation', to: 'diagnosis', gate: emptyGate })).toThrow(
      /^reason:/,
    );
  });

  it('refuses skipping a phase even with the gate met', () => {
    const gate = evaluateGate('concept_review', SAMPLE_OUTPUTS.concept_review, {
      settings: DEFAULT_SETTINGS,
    });
    expect(() => decideTransition({ from: 'concept_review', to: 'potential_assessment', gate })).toThrow(
      IllegalTransitionError,
    );
  });

  it('refuses a move to the phase it is already in', () => {
    expect(() =>
      decideTransition({ from: 'formation', to: 'formation', reason: 'x', gate: emptyGate }),
    ).toThrow(/already in formation/);
  });
});
