import type { PhaseKey } from '@tashakkol/associations';

/** What a support kind is measured in: money (Rials), training hours, or an in-kind help (optionally valued in Rials). */
export const SUPPORT_CARRIES = ['rials', 'hours', 'in_kind'] as const;
export type SupportCarries = (typeof SUPPORT_CARRIES)[number];

export interface SupportKindDefinition {
  code: string;
  nameFa: string;
  nameEn: string;
  carries: SupportCarries;
  /** The phases in which the chamber grants this kind (حمایت های اتاق در این فاز). */
  phases: PhaseKey[];
  sortOrder: number;
}

/** Every phase, in order (a kind the chamber may grant at any time). */
const ALL_PHASES: PhaseKey[] = [
  'concept_review',
  'diagnosis',
  'potential_assessment',
  'formation',
  'support_monitoring',
  'development',
];

/**
 * The chamber's catalog of support kinds, from its model (domain.md "Supports"): the single source
 * of which kinds suit which phase. Seeded once; afterwards the admin edits it
 * (PATCH /support-kinds/:code) and the lifecycle view reads it.
 */
export const SUPPORT_KIND_CATALOG: SupportKindDefinition[] = [
  {
    code: 'financial',
    nameFa: 'حمایت مالی',
    nameEn: 'Financial support',
    carries: 'rials',
    // Precaution of concept review: no money before a real need is shown.
    phases: ['formation', 'support_monitoring', 'development'],
    sortOrder: 1,
  },
  {
    code: 'moral',
    nameFa: 'حمایت معنوی',
    nameEn: "Moral support (the chamber's endorsement, introductions, media)",
    carries: 'in_kind',
    phases: ALL_PHASES,
    sortOrder: 2,
  },
  {
    code: 'strategic_plan',
    nameFa: 'حمایت مادی و مشاوره ای برای تدوین و پیاده سازی برنامه راهبردی',
    nameEn: 'Consulting and material help to write and run a strategic plan',
    carries: 'rials',
    phases: ['support_monitoring', 'development'],
    sortOrder: 3,
  },
  {
    code: 'growth_strategy',
    nameFa: 'راهبرد خلاقانه به همراه طرح توجیهی برای توسعه تشکل یا ایجاد زیرشاخه جدید',
    nameEn: 'Creative strategy and feasibility plan to grow the association or found a new sub-branch',
    carries: 'rials',
    phases: ['development'],
    sortOrder: 4,
  },
  {
    code: 'knowledge_org',
    nameFa: 'استراتژی تبدیل تشکل به سازمان دانشی',
    nameEn: 'Strategy to become a knowledge organisation',
    carries: 'rials',
    phases: ['development'],
    sortOrder: 5,
  },
  {
    code: 'rnd_unit',
    nameFa: 'مشاوره برای راه اندازی واحد تحقیق و پژوهش',
    nameEn: 'Consulting to set up a research (R&D) unit',
    carries: 'rials',
    phases: ['development'],
    sortOrder: 6,
  },
  {
    code: 'training',
    nameFa: 'آموزش',
    nameEn: 'Training',
    carries: 'hours',
    // The main lever of empowerment: from the trade's activists in diagnosis to the board later on.
    phases: ['diagnosis', 'potential_assessment', 'formation', 'support_monitoring', 'development'],
    sortOrder: 7,
  },
  {
    code: 'venue',
    nameFa: 'مکان عمومی برای جلسات',
    nameEn: 'A venue for meetings',
    carries: 'in_kind',
    // From the first meetings of the club to the founding assembly's public meeting place.
    phases: ['concept_review', 'diagnosis', 'potential_assessment', 'formation', 'support_monitoring'],
    sortOrder: 8,
  },
  {
    code: 'member_database',
    nameFa: 'کمک به تکمیل بانک اطلاعات (دیتابیس) اعضا',
    nameEn: 'Help to build the member database',
    carries: 'rials',
    phases: ['support_monitoring', 'development'],
    sortOrder: 9,
  },
];

/** Kinds once seeded that the model does not grant ("entry into policy-making" is a milestone). */
export const RETIRED_SUPPORT_KINDS: readonly string[] = ['policy_advocacy'];
