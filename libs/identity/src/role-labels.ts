import { LabelMap, Role } from '@tashakkol/shared';

/** The roles as the chamber names them (domain.md, "Who uses it"). */
export const ROLE_LABELS: Record<Role, { fa: string; en: string }> & LabelMap = {
  admin: { fa: 'مدیر سامانه', en: 'Administrator' },
  staff: { fa: 'کارشناس اتاق', en: 'Chamber staff' },
  approver: { fa: 'معاون / مدیر', en: 'Approver' },
  president: { fa: 'رییس اتاق', en: 'Chamber president' },
  board: { fa: 'هیئت مدیره تشکل', en: 'Association board' },
};
