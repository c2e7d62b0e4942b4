import { Label, LabelMap, labelsOf } from '@tashakkol/shared';
import type { GrantAction, GrantStatus } from './grant-state-machine';
import type { SupportKind } from './support-kind.entity';

export const GRANT_STATUS_LABELS: Record<GrantStatus, Label> = {
  requested: { fa: 'درخواست شده', en: 'Requested' },
  approved: { fa: 'تأیید شده', en: 'Approved' },
  delivered: { fa: 'تحویل شده', en: 'Delivered' },
  rejected: { fa: 'رد شده', en: 'Rejected' },
  cancelled: { fa: 'لغو شده', en: 'Cancelled' },
};

/** What each action does to a grant, as the infinitive a refusal reads with («… را نمی توان تأیید کرد»). */
export const GRANT_ACTION_LABELS: Record<GrantAction, Label> = {
  approve: { fa: 'تأیید کرد', en: 'approve' },
  reject: { fa: 'رد کرد', en: 'reject' },
  deliver: { fa: 'تحویل داد', en: 'deliver' },
  cancel: { fa: 'لغو کرد', en: 'cancel' },
};

/** The precautions a grant's approval can meet (احتیاطات اتاق). */
export const PRECAUTION_LABELS: LabelMap = {
  financial_independence: { fa: 'استقلال مالی تشکل', en: 'Financial independence of the association' },
};

export function supportKindLabels(kinds: SupportKind[]): LabelMap {
  return labelsOf(
    kinds,
    (k) => k.code,
    (k) => k.nameFa,
    (k) => k.nameEn,
  );
}
