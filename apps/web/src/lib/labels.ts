// Persian labels of the API's codes, so a screen never shows a raw key. The API sends names beside
// most codes (nameFa); these are the fallback for codes that arrive bare. Kept in step with
// libs/lifecycle/src/phase-table.ts and the catalogs; replace by GET /catalogs/labels once it exists.
export const PHASE_KEYS = [
  'concept_review',
  'diagnosis',
  'potential_assessment',
  'formation',
  'support_monitoring',
  'development',
] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];

const LABELS: Record<string, Record<string, string>> = {
  phase: {
    concept_review: 'بررسی مفهومی',
    diagnosis: 'عارضه یابی و بهینه کاوی',
    potential_assessment: 'پتانسیل سنجی',
    formation: 'شکل گیری و ساماندهی',
    support_monitoring: 'حمایت، هدایت و پایش',
    development: 'نقشه راه توسعه',
  },
  associationStatus: {
    proposed: 'پیشنهادی',
    forming: 'در حال تشکیل',
    active: 'فعال',
    dormant: 'راکد',
    dissolved: 'منحل',
  },
  grantStatus: {
    requested: 'درخواست شده',
    approved: 'تصویب شده',
    delivered: 'تحویل شده',
    rejected: 'رد شده',
  },
  alertKind: {
    score_declining: 'افت امتیاز',
    report_missing: 'گزارش نرسیده',
    phase_stalled: 'توقف در فاز',
  },
  role: {
    admin: 'مدیر سامانه',
    staff: 'کارشناس اتاق',
    approver: 'معاون / مدیر',
    president: 'رییس اتاق',
    board: 'هیئت مدیره تشکل',
  },
  axis: { chamber: 'اتاق', association: 'تشکل', members: 'اعضا' },
  trend: {
    improving: 'رو به بهبود',
    declining: 'رو به افت',
    steady: 'ثابت',
    stable: 'ثابت',
    new: 'نخستین دوره',
  },
  direction: { forward: 'پیشروی', back: 'بازگشت', backward: 'بازگشت' },
};

export type LabelGroup = keyof typeof LABELS;

/** The Persian label of a code; an unknown code is shown as «نامشخص», never as the raw key. */
export function label(group: LabelGroup, code: string | null | undefined): string {
  if (!code) return '—';
  return LABELS[group]?.[code] ?? 'نامشخص';
}
