import { toJalaliDate } from '@tashakkol/shared';
import { SupportGrant } from './support-grant.entity';

/** A grant as the API shows it: Rials as strings, Jalali dates beside the UTC ones, names of its kind and association. */
export function toGrantView(g: SupportGrant) {
  const { association, kind, ...rest } = g;
  return {
    ...rest,
    associationNameFa: association?.nameFa,
    kindNameFa: kind?.nameFa,
    carries: kind?.carries,
    requestedAtJalali: jalali(g.requestedAt),
    approvedAtJalali: jalali(g.approvedAt),
    decidedAtJalali: jalali(g.decidedAt),
    deliveredAtJalali: jalali(g.deliveredAt),
  };
}

export type GrantView = ReturnType<typeof toGrantView>;

function jalali(d: Date | null | undefined): string | null {
  return d ? toJalaliDate(d) : null;
}
