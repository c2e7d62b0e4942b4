// The app's own Persian labels of codes: the fallback of useLabels() (lib/useLabels.ts), which
// reads GET /catalogs/labels, for the moment before it arrives and for groups the API does not
// label (alert kinds, trends, directions, notification kinds, how a board seat was filled). Screens call useLabels(), not this file.
export const PHASE_KEYS = [
  'concept_review',
  'diagnosis',
  'potential_assessment',
  'formation',
  'support_monitoring',
  'development',
] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];

const LABELS: Partial<Record<LabelGroup, Record<string, string>>> = {
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
    approved: 'تأیید شده',
    delivered: 'تحویل شده',
    rejected: 'رد شده',
    cancelled: 'لغو شده',
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
  assemblyKind: { ordinary: 'عادی سالانه', extraordinary: 'فوق العاده', founding: 'مؤسس' },
  quorumRule: {
    half_plus_one: 'نصف به علاوه یک اعضا',
    two_thirds: 'دو سوم اعضا',
    one_third: 'یک سوم اعضا',
    any: 'با هر تعداد حاضر',
  },
  electionStatus: { open: 'باز (رأی گیری)', counted: 'شمارش شده' },
  notificationKind: {
    report_returned: 'گزارش بازگردانده شد',
    report_due: 'مهلت گزارش نزدیک است',
    report_missing: 'گزارش نرسیده',
    grant_over_limit: 'حمایت بیش از سقف',
    transition_pending: 'جابه جایی در انتظار تأیید',
    score_declining: 'افت امتیاز',
    phase_stalled: 'توقف در فاز',
  },
  electedBy: {
    general_assembly: 'مجمع عمومی',
    founding_assembly: 'مجمع مؤسس',
    board_vote: 'رأی هیئت مدیره',
    by_election: 'انتخابات میان دوره ای',
    appointed: 'انتصاب',
  },
  indicatorUnit: { count: 'شمار', percent: 'درصد', rials: 'ریال', hours: 'ساعت', score: 'امتیاز' },
  frequency: { monthly: 'ماهانه', quarterly: 'فصلی', yearly: 'سالانه' },
  indicatorKind: { reported: 'گزارش مستقیم', derived: 'محاسبه از شاخص های دیگر', recorded: 'ثبت در سامانه' },
  betterWhen: { higher: 'بیشتر بهتر', lower: 'کمتر بهتر' },
  carries: { rials: 'مبلغ (ریال)', hours: 'ساعت آموزش', in_kind: 'غیرنقدی' },
};

/** Every group a screen may ask for: the API's (see useLabels) and the app's own. */
export type LabelGroup =
  | 'phase'
  | 'phaseOutput'
  | 'associationStatus'
  | 'scope'
  | 'membershipType'
  | 'boardRole'
  | 'legalForm'
  | 'sectorCategory'
  | 'supportKind'
  | 'grantStatus'
  | 'precaution'
  | 'reportStatus'
  | 'indicator'
  | 'axis'
  | 'criterion'
  | 'role'
  | 'grade'
  | 'alertKind'
  | 'trend'
  | 'direction'
  | 'assemblyKind'
  | 'quorumRule'
  | 'electionStatus'
  | 'notificationKind'
  | 'electedBy'
  | 'indicatorUnit'
  | 'frequency'
  | 'indicatorKind'
  | 'betterWhen'
  | 'carries';

export const UNKNOWN_LABEL = 'نامشخص';

/** The app's own label of a code; an unknown code is shown as «نامشخص», never as the raw key. */
export function fallbackLabel(group: LabelGroup, code: string | null | undefined): string {
  if (!code) return '—';
  return LABELS[group]?.[code] ?? UNKNOWN_LABEL;
}
