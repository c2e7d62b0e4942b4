import type { DeliveredInPeriod, MembersVoiceYear, RegistryCount } from '@tashakkol/shared';

/**
 * Indicators whose value is a fact the chamber already holds (kind `recorded`): the board never
 * reports them, the scoring reads them from their one home.
 */
export const RECORDED_INDICATORS = {
  chamber_funding: 'the Rials of the grants delivered in the period (the supports ledger)',
  training_hours: 'hours × participants of the training grants delivered in the period (the supports ledger)',
  report_on_time_rate: 'the reports of the period submitted by their due date (the reports themselves)',
  members_count: "the current members on the period's last day (the member registry)",
  database_records: "the current member firms on the period's last day (the member registry)",
  member_satisfaction:
    "the members' answers to the year's satisfaction surveys (anonymous, at least 5 answers)",
  survey_response_rate: 'the share of invited members who answered the year’s surveys (one-time links)',
  general_assemblies_on_time: 'the ordinary general assemblies of the year recorded as held on time',
  board_elections_held: 'the board elections of the year that were counted',
} as const;
export type RecordedIndicator = keyof typeof RECORDED_INDICATORS;

export function isRecordedIndicator(code: string): code is RecordedIndicator {
  return Object.prototype.hasOwnProperty.call(RECORDED_INDICATORS, code);
}

/** The recorded indicators whose home is participation (the members' voice). */
export const MEMBERS_VOICE_INDICATORS: readonly RecordedIndicator[] = [
  'members_count',
  'database_records',
  'member_satisfaction',
  'survey_response_rate',
  'general_assemblies_on_time',
  'board_elections_held',
];

export interface RecordedFacts {
  /** Null when no ledger is available (kpi running without supports): those values stay unknown. */
  delivered: DeliveredInPeriod | null;
  onTimeRate: number | null;
  /** The member registry on the period's last day; null without participation. */
  registry?: RegistryCount | null;
  /** The members' voice of the period's Jalali year (a yearly period only); null without participation. */
  voice?: MembersVoiceYear | null;
}

/** The recorded values of one period, for the recorded indicators this period carries. */
export function recordedValues(codes: readonly string[], facts: RecordedFacts): Record<string, number> {
  const out: Record<string, number> = {};
  // A registry with no current member on the day was not kept then: its counts are unknown, not zero.
  const registry = facts.registry && facts.registry.members > 0 ? facts.registry : null;
  const voice = facts.voice ?? null;
  for (const code of codes) {
    if (code === 'chamber_funding' && facts.delivered) out[code] = Number(facts.delivered.rials);
    if (code === 'training_hours' && facts.delivered) out[code] = facts.delivered.trainingParticipantHours;
    if (code === 'report_on_time_rate' && facts.onTimeRate !== null) out[code] = facts.onTimeRate;
    if (code === 'members_count' && registry) out[code] = registry.members;
    if (code === 'database_records' && registry) out[code] = registry.firms;
    // Too few answers (or no survey) leave satisfaction unknown; a survey nobody answered is 0 %.
    if (code === 'member_satisfaction' && voice?.memberSatisfaction != null)
      out[code] = voice.memberSatisfaction;
    if (code === 'survey_response_rate' && voice?.surveyResponseRate != null)
      out[code] = voice.surveyResponseRate;
    // An assembly or an election not recorded was not held: zero.
    if (code === 'general_assemblies_on_time' && voice) out[code] = voice.generalAssembliesOnTime;
    if (code === 'board_elections_held' && voice) out[code] = voice.boardElectionsHeld;
  }
  return out;
}
