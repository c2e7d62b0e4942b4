import { PhaseKey } from '@tashakkol/associations';
import { GateVerdict } from './gate-rules';
import { GateNotMetError, IllegalTransitionError, ReasonRequiredError } from './lifecycle.errors';
import { nextPhase, phaseIndex } from './phase-table';

export type TransitionDirection = 'forward' | 'back';

/**
 * The chamber's rule for moving an association: forward only to the next phase and only with the
 * current phase's gate met; back to any earlier phase, always with a reason (so the record says why).
 */
export function decideTransition(args: {
  from: PhaseKey;
  to: PhaseKey;
  reason?: string | null;
  gate: GateVerdict;
}): TransitionDirection {
  const { from, to, gate } = args;
  if (from === to) throw new IllegalTransitionError(`to: the association is already in ${to}`);
  if (phaseIndex(to) < phaseIndex(from)) {
    if (!args.reason?.trim()) throw new ReasonRequiredError();
    return 'back';
  }
  if (to !== nextPhase(from)) {
    throw new IllegalTransitionError(
      `to: forward moves go only to the next phase (${nextPhase(from)}), not ${to}`,
    );
  }
  if (!gate.met) throw new GateNotMetError(from, gate);
  return 'forward';
}
