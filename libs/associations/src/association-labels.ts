import { Label, LabelMap, labelsOf } from '@tashakkol/shared';
import { AssociationScope, AssociationStatus, MembershipType } from './association.entity';
import { BoardRole } from './board-member.entity';
import { LegalForm } from './legal-form.entity';
import { SectorCategory } from './sector-category.entity';

export const ASSOCIATION_STATUS_LABELS: Record<AssociationStatus, Label> = {
  proposed: { fa: 'پیشنهادی', en: 'Proposed' },
  forming: { fa: 'در حال شکل گیری', en: 'Forming' },
  active: { fa: 'فعال', en: 'Active' },
  dormant: { fa: 'غیرفعال', en: 'Dormant' },
  dissolved: { fa: 'منحل', en: 'Dissolved' },
};

export const SCOPE_LABELS: Record<AssociationScope, Label> = {
  provincial: { fa: 'استانی', en: 'Provincial' },
  national: { fa: 'ملی', en: 'National' },
};

export const MEMBERSHIP_TYPE_LABELS: Record<MembershipType, Label> = {
  firms: { fa: 'بنگاه ها', en: 'Firms' },
  persons: { fa: 'اشخاص', en: 'Persons' },
  mixed: { fa: 'بنگاه ها و اشخاص', en: 'Firms and persons' },
};

export const BOARD_ROLE_LABELS: Record<BoardRole, Label> = {
  chair: { fa: 'رییس هیئت مدیره', en: 'Chair' },
  deputy: { fa: 'نایب رییس', en: 'Deputy chair' },
  secretary: { fa: 'دبیر', en: 'Secretary' },
  treasurer: { fa: 'خزانه دار', en: 'Treasurer' },
  member: { fa: 'عضو هیئت مدیره', en: 'Board member' },
};

/** The labels of the admin's catalogs: legal forms by code, sector categories by id. */
export function catalogLabels(
  legalForms: LegalForm[],
  categories: SectorCategory[],
): { legalForms: LabelMap; sectorCategories: LabelMap } {
  return {
    legalForms: labelsOf(
      legalForms,
      (f) => f.code,
      (f) => f.nameFa,
      (f) => f.nameEn,
    ),
    sectorCategories: labelsOf(
      categories,
      (c) => c.id,
      (c) => c.nameFa,
      (c) => c.nameEn,
    ),
  };
}
