/**
 * The development stages of an association in phase 6 (نقشه راه توسعه), in the order of the
 * chamber's model: an association stands at the highest stage whose milestones, and those of
 * every stage before it, are all reached.
 */
export interface StageDefinition {
  stage: number;
  key: string;
  nameFa: string;
  nameEn: string;
  milestones: readonly string[];
}

export const DEVELOPMENT_STAGES: readonly StageDefinition[] = [
  { stage: 0, key: 'starting', nameFa: 'آغاز راه توسعه', nameEn: 'Starting out', milestones: [] },
  {
    stage: 1,
    key: 'services_and_financing',
    nameFa: 'خدمات و تامین مالی پایدار',
    nameEn: 'Services and sustainable financing',
    milestones: ['services_launched', 'sustainable_financing'],
  },
  {
    stage: 2,
    key: 'member_base',
    nameFa: 'پایگاه داده اعضا',
    nameEn: 'Member database at its target',
    milestones: ['member_database'],
  },
  {
    stage: 3,
    key: 'policy_voice',
    nameFa: 'ورود به عرصه سیاست گذاری',
    nameEn: 'Entry into policy-making',
    milestones: ['policy_making'],
  },
  {
    stage: 4,
    key: 'knowledge_organisation',
    nameFa: 'سازمان دانشی و واحد تحقیق',
    nameEn: 'Knowledge organisation and R&D unit',
    milestones: ['knowledge_organisation', 'rnd_unit'],
  },
  {
    stage: 5,
    key: 'expansion',
    nameFa: 'زیرشاخه های جدید',
    nameEn: 'New sub-branches',
    milestones: ['sub_branches'],
  },
];

export interface MilestoneFacts {
  kind: string;
  plannedAt: Date;
  doneAt: Date | null;
  coveragePercent?: number | null;
  coverageTargetPercent?: number | null;
}

/** Done by `now`; the member database counts only once its coverage reaches its stated target. */
export function milestoneReached(m: MilestoneFacts, now: Date): boolean {
  if (!m.doneAt || m.doneAt.getTime() > now.getTime()) return false;
  if (m.coverageTargetPercent != null) return (m.coveragePercent ?? 0) >= m.coverageTargetPercent;
  return true;
}

/** Planned for a date already past and not reached. */
export function milestoneOverdue(m: MilestoneFacts, now: Date): boolean {
  return !milestoneReached(m, now) && m.plannedAt.getTime() < now.getTime();
}

export function developmentStage(milestones: MilestoneFacts[], now: Date): StageDefinition {
  const reached = new Set(milestones.filter((m) => milestoneReached(m, now)).map((m) => m.kind));
  let at = DEVELOPMENT_STAGES[0];
  for (const s of DEVELOPMENT_STAGES.slice(1)) {
    if (!s.milestones.every((k) => reached.has(k))) break;
    at = s;
  }
  return at;
}
