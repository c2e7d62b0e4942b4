import { withJalali } from '@tashakkol/shared';
import { SupportGrant } from './support-grant.entity';
import type { GrantView } from './supports.views';

/** A grant as the API shows it: Rials as strings, Jalali dates beside the UTC ones, names of its kind and association. */
export function toGrantView(g: SupportGrant, names?: ReadonlyMap<string, string>): GrantView {
  const { association, kind, ...rest } = g;
  const nameOf = (id: string | null) => (id ? (names?.get(id) ?? null) : null);
  return {
    ...withJalali(rest, ['requestedAt', 'approvedAt', 'decidedAt', 'deliveredAt']),
    associationNameFa: association?.nameFa,
    kindNameFa: kind?.nameFa,
    carries: kind?.carries,
    ...(names
      ? {
          requestedByName: nameOf(g.requestedBy),
          decidedByName: nameOf(g.decidedBy),
          deliveredByName: nameOf(g.deliveredBy),
        }
      : {}),
  };
}

/** Everyone a grant names (who requested, decided, delivered it). */
export function actorsOf(g: SupportGrant): string[] {
  return [g.requestedBy, g.decidedBy, g.deliveredBy].filter((id): id is string => !!id);
}
