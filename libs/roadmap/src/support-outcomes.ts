/**
 * Support → outcome: for each delivered grant, the composite (and the indicator its kind aims at)
 * averaged over up to OUTCOME_WINDOW scored periods after delivery, minus the same before it. It
 * shows association, not causation: other things change in those periods too.
 */
export const OUTCOME_WINDOW = 4;
/** A grant counts only when its association was scored in at least this many periods on each side. */
export const OUTCOME_MIN_PERIODS = 2;

/** The indicator each kind of support aims to move (the chamber's reading of the model). */
export const KIND_TARGET_INDICATORS: Readonly<Record<string, string>> = {
  training: 'training_hours_per_member',
  member_database: 'database_coverage',
  financial: 'revenue',
  moral: 'members_count',
  strategic_plan: 'services_launched',
  growth_strategy: 'member_growth',
  knowledge_org: 'services_launched',
  rnd_unit: 'services_launched',
  venue: 'general_assemblies_on_time',
  policy_advocacy: 'policy_proposals_submitted',
};

export const OUTCOME_NOTE_FA =
  'این ارقام همبستگی را نشان می دهد نه علیت: تغییر امتیاز پس از حمایت ممکن است دلایل دیگری داشته باشد.';
export const OUTCOME_NOTE_EN =
  'Association, not causation: the change after a support may have other causes.';
