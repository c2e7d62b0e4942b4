import { normalizePersian as normalize, toJalaliDate } from '@tashakkol/shared';
import { Association } from './association.entity';

export type AssociationView = Omit<Association, 'searchText' | 'legalFormRef' | 'category' | 'parent'> & {
  foundedAtJalali: string | null;
  registeredAtJalali: string | null;
  phaseEnteredAtJalali: string;
  createdAtJalali: string;
};

/** A calendar date (YYYY-MM-DD) as people in Iran read it. */
export function jalaliOfDay(day: string | null): string | null {
  return day ? toJalaliDate(new Date(`${day}T12:00:00Z`)) : null;
}

/** What the API returns for an association: the row plus Jalali renderings of its dates. */
export function toAssociationView(a: Association): AssociationView {
  const { searchText: _s, legalFormRef: _l, category: _c, parent: _p, ...row } = a;
  return {
    ...row,
    foundedAtJalali: jalaliOfDay(a.foundedAt),
    registeredAtJalali: jalaliOfDay(a.registeredAt),
    phaseEnteredAtJalali: toJalaliDate(a.phaseEnteredAt),
    createdAtJalali: toJalaliDate(a.createdAt),
  };
}

export function searchTextOf(nameFa: string, nameEn: string | null | undefined): string {
  return normalize(`${nameFa} ${nameEn ?? ''}`);
}
