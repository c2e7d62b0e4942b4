import { daysInPhase, isStalled } from '@tashakkol/lifecycle';
import { DuePeriod } from './due-periods';

export interface AssociationInPhase {
  id: string;
  phase: string;
  status: string;
  phaseEnteredAt: Date;
}

/** Phases in which an association reports its indicators (support & monitoring, development roadmap). */
export const REPORTING_PHASES = ['support_monitoring', 'development'];

/** Associations that have stayed in their phase longer than the chamber's threshold (lifecycle's `isStalled`). */
export function stalledAssociations(list: AssociationInPhase[], now: Date, stallDays: number) {
  return list
    .filter((a) => isStalled(a, now, stallDays))
    .map((a) => ({ ...a, days: daysInPhase(a.phaseEnteredAt, now) }));
}

/** Reporting associations with no submitted or accepted report for a period that is past its due date. */
export function missingReports(
  list: AssociationInPhase[],
  due: DuePeriod[],
  filed: Set<string>,
): { associationId: string; due: DuePeriod }[] {
  const out: { associationId: string; due: DuePeriod }[] = [];
  for (const a of list) {
    if (!REPORTING_PHASES.includes(a.phase)) continue;
    for (const d of due) if (!filed.has(`${a.id}|${d.period}`)) out.push({ associationId: a.id, due: d });
  }
  return out;
}
