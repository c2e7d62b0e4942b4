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

/** The chamber's catalog of support kinds, from its model; seeded and kept by the admin. */
export const SUPPORT_KIND_CATALOG: SupportKindDefinition[] = [
  {
    code: 'financial',
    nameFa: 'حمایت مالی',
    nameEn: 'Financial support',
    carries: 'rials',
    phases: ['formation', 'support_monitoring', 'development'],
    sortOrder: 1,
  },
  {
    code: 'moral',
    nameFa: 'حمایت معنوی',
    nameEn: 'Moral (non-material) support',
    carries: 'in_kind',
    phases: [
      'concept_review',
      'diagnosis',
      'potential_assessment',
      'formation',
      'support_monitoring',
      'development',
    ],
    sortOrder: 2,
  },
  {
    code: 'strategic_plan',
    nameFa: 'حمایت مادی و مشاوره ای برای تدوین و پیاده سازی برنامه راهبردی',
    nameEn: 'Consulting and material help for a strategic plan',
    carries: 'rials',
    phases: ['support_monitoring', 'development'],
    sortOrder: 3,
  },
  {
    code: 'growth_strategy',
    nameFa: 'راهبرد و طرح توجیهی برای توسعه تشکل یا ایجاد زیرشاخه جدید',
    nameEn: 'Strategy and feasibility study for growth or a new sub-branch',
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
    nameEn: 'Consulting to set up an R&D unit',
    carries: 'rials',
    phases: ['development'],
    sortOrder: 6,
  },
  {
    code: 'training',
    nameFa: 'آموزش',
    nameEn: 'Training',
    carries: 'hours',
    phases: ['formation', 'support_monitoring', 'development'],
    sortOrder: 7,
  },
  {
    code: 'venue',
    nameFa: 'مکان عمومی برای جلسات',
    nameEn: 'Venue',
    carries: 'in_kind',
    phases: ['potential_assessment', 'formation', 'support_monitoring'],
    sortOrder: 8,
  },
  {
    code: 'member_database',
    nameFa: 'کمک به ایجاد بانک اطلاعات اعضا',
    nameEn: 'Help to build the member database',
    carries: 'rials',
    phases: ['support_monitoring', 'development'],
    sortOrder: 9,
  },
  {
    code: 'policy_advocacy',
    nameFa: 'ورود به عرصه سیاست گذاری',
    nameEn: 'Policy advocacy',
    carries: 'in_kind',
    phases: ['support_monitoring', 'development'],
    sortOrder: 10,
  },
];
