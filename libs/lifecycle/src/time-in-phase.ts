import { PhaseKey } from '@tashakkol/associations';

export interface PhaseStay {
  phase: PhaseKey;
  enteredAt: Date;
  leftAt: Date | null;
  days: number;
}

const DAY_MS = 86_400_000;

export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}

/**
 * The stays of an association in its phases, from its applied transitions in order: it starts at
 * creation in the first transition's origin (or its current phase) and each move closes one stay.
 */
export function phaseStays(args: {
  createdAt: Date;
  currentPhase: PhaseKey;
  phaseEnteredAt: Date;
  moves: { from: PhaseKey; to: PhaseKey; at: Date }[];
  now: Date;
}): PhaseStay[] {
  const stays: PhaseStay[] = [];
  let phase = args.moves[0]?.from ?? args.currentPhase;
  let enteredAt = args.createdAt;
  for (const move of args.moves) {
    stays.push({ phase, enteredAt, leftAt: move.at, days: daysBetween(enteredAt, move.at) });
    phase = move.to;
    enteredAt = move.at;
  }
  const lastEntered = args.moves.length ? enteredAt : args.phaseEnteredAt;
  stays.push({
    phase: args.currentPhase,
    enteredAt: lastEntered,
    leftAt: null,
    days: daysBetween(lastEntered, args.now),
  });
  return stays;
}

/** Days spent in each phase, summed over every stay (an association may come back to a phase). */
export function daysPerPhase(stays: PhaseStay[]): Partial<Record<PhaseKey, number>> {
  const out: Partial<Record<PhaseKey, number>> = {};
  for (const s of stays) out[s.phase] = (out[s.phase] ?? 0) + s.days;
  return out;
}
