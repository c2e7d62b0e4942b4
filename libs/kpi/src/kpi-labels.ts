import { EVALUATION_AXES } from '@tashakkol/lifecycle';
import { Label, LabelMap, labelsOf } from '@tashakkol/shared';
import type { Criterion } from './indicators/indicator.entity';
import type { ReportStatus } from './reports/report.entity';
import type { Grade } from './scoring/scoring.types';

export const REPORT_STATUS_LABELS: Record<ReportStatus, Label> = {
  draft: { fa: 'پیش نویس', en: 'Draft' },
  submitted: { fa: 'در انتظار بررسی', en: 'Awaiting review' },
  returned: { fa: 'بازگردانده شده', en: 'Returned' },
  accepted: { fa: 'پذیرفته شده', en: 'Accepted' },
};

/** The national chamber's five rating criteria (domain.md). */
export const CRITERION_LABELS: Record<Criterion, Label> = {
  governance: { fa: 'حکمرانی', en: 'Governance' },
  membership: { fa: 'عضویت', en: 'Membership' },
  services: { fa: 'خدمات', en: 'Services' },
  policy_influence: { fa: 'تاثیرگذاری بر سیاست ها', en: 'Influence on policy' },
  regulation: { fa: 'تنظیم گری', en: 'Regulation' },
};

export const GRADE_LABELS: Record<Grade, Label> = {
  A: { fa: 'رتبه A (برتر)', en: 'Grade A (leading)' },
  B: { fa: 'رتبه B (خوب)', en: 'Grade B (good)' },
  C: { fa: 'رتبه C (متوسط)', en: 'Grade C (fair)' },
  D: { fa: 'رتبه D (نیازمند بهبود)', en: 'Grade D (needs improvement)' },
};

/** The three axes of evaluation are the lifecycle's (its evaluation-system output names them). */
export function axisLabels(): LabelMap {
  return labelsOf(
    EVALUATION_AXES,
    (a) => a.key,
    (a) => a.nameFa,
    (a) => a.nameEn,
  );
}
