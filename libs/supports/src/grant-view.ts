import { withJalali } from '@tashakkol/shared';
import { SupportGrant } from './support-grant.entity';
import type { GrantView } from './supports.views';

/** A grant as the API shows it: Rials as strings, Jalali dates beside the UTC ones, names of its kind and association. */
export function toGrantView(g: SupportGrant): GrantView {
  const { association, kind, ...rest } = g;
  return {
    ...withJalali(rest, ['requestedAt', 'approvedAt', 'decidedAt', 'deliveredAt']),
    associationNameFa: association?.nameFa,
    kindNameFa: kind?.nameFa,
    carries: kind?.carries,
  };
}
