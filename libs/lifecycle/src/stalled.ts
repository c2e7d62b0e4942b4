import type { AssociationStatus, PhaseKey } from '@tashakkol/associations';
import { daysBetween } from './time-in-phase';

/** The last phase has no next gate to wait for: staying in it is the goal, not a stall. */
export const STALL_EXEMPT_PHASES: readonly PhaseKey[] = ['development'];
/** A dissolved association is closed, not stuck. */
export const STALL_EXEMPT_STATUSES: readonly AssociationStatus[] = ['dissolved'];

export interface StallCandidate {
  phase: PhaseKey | string;
  status: AssociationStatus | string;
  phaseEnteredAt: Date;
}

/**
 * The instant before which entering the phase means "stalled": more than `stallDays` whole days
 * in it. SQL filters with `phase_entered_at <= stalledCutoff(...)`, so both agree to the day.
 */
export function stalledCutoff(now: Date, stallDays: number): Date {
  return new Date(now.getTime() - (stallDays + 1) * 86_400_000);
}

/** Stalled: longer than the chamber's threshold in one phase, except the last phase and dissolved associations. */
export function isStalled(a: StallCandidate, now: Date, stallDays: number): boolean {
  if ((STALL_EXEMPT_PHASES as readonly string[]).includes(a.phase)) return false;
  if ((STALL_EXEMPT_STATUSES as readonly string[]).includes(a.status)) return false;
  return a.phaseEnteredAt.getTime() <= stalledCutoff(now, stallDays).getTime();
}

/**
 * `isStalled` as a SQL condition over the given columns, with its parameters numbered from
 * `firstParam`: the same constants, so the roadmap's SQL and the nightly alert never disagree.
 */
export function stalledSql(
  cols: { phase: string; status: string; phaseEnteredAt: string },
  firstParam: number,
  now: Date,
  stallDays: number,
): { sql: string; params: unknown[] } {
  const [p, s, c] = [firstParam, firstParam + 1, firstParam + 2];
  return {
    sql: `(NOT (${cols.phase} = ANY($${p}::text[])) AND NOT (${cols.status} = ANY($${s}::text[])) AND ${cols.phaseEnteredAt} <= $${c}::timestamptz)`,
    params: [[...STALL_EXEMPT_PHASES], [...STALL_EXEMPT_STATUSES], stalledCutoff(now, stallDays)],
  };
}

/** Whole days spent in the phase so far. */
export function daysInPhase(phaseEnteredAt: Date, now: Date): number {
  return daysBetween(phaseEnteredAt, now);
}
