import type { PhaseKey } from '@tashakkol/associations';

/**
 * The one rule of which support kinds suit which phase (حمایت های اتاق در این فاز): a kind suits
 * the phases its catalog row lists, and a retired kind suits none. The lifecycle view offers
 * exactly these; a request outside them needs an override reason.
 */
export function kindSuitsPhase(
  kind: { phases: readonly string[]; active?: boolean },
  phase: PhaseKey,
): boolean {
  return kind.active !== false && kind.phases.includes(phase);
}
