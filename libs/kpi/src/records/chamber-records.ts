import type { DeliveredInPeriod } from '@tashakkol/shared';

/**
 * Indicators whose value is a fact the chamber already holds (kind `recorded`): the board never
 * reports them, the scoring reads them from their one home.
 */
export const RECORDED_INDICATORS = {
  chamber_funding: 'the Rials of the grants delivered in the period (the supports ledger)',
  training_hours: 'hours × participants of the training grants delivered in the period (the supports ledger)',
  report_on_time_rate: 'the reports of the period submitted by their due date (the reports themselves)',
} as const;
export type RecordedIndicator = keyof typeof RECORDED_INDICATORS;

export function isRecordedIndicator(code: string): code is RecordedIndicator {
  return Object.prototype.hasOwnProperty.call(RECORDED_INDICATORS, code);
}

export interface RecordedFacts {
  /** Null when no ledger is available (kpi running without supports): those values stay unknown. */
  delivered: DeliveredInPeriod | null;
  onTimeRate: number | null;
}

/** The recorded values of one period, for the recorded indicators this period carries. */
export function recordedValues(codes: readonly string[], facts: RecordedFacts): Record<string, number> {
  const out: Record<string, number> = {};
  for (const code of codes) {
    if (code === 'chamber_funding' && facts.delivered) out[code] = Number(facts.delivered.rials);
    if (code === 'training_hours' && facts.delivered) out[code] = facts.delivered.trainingParticipantHours;
    if (code === 'report_on_time_rate' && facts.onTimeRate !== null) out[code] = facts.onTimeRate;
  }
  return out;
}
