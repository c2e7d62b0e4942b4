import { jalaliOf } from '@tashakkol/shared';
import { isCurrentMember, type Member } from './member.entity';
import type { MemberViewDto as MemberView } from './participation.views';

export type { MemberView };

export function toMemberView(m: Member, withContacts: boolean, today: string): MemberView {
  const base: MemberView = {
    id: m.id,
    associationId: m.associationId,
    kind: m.kind,
    nameFa: m.nameFa,
    trade: m.trade,
    joinedOn: m.joinedOn,
    joinedOnJalali: jalaliOf(m.joinedOn) as string,
    leftOn: m.leftOn,
    leftOnJalali: jalaliOf(m.leftOn),
    current: isCurrentMember(m, today),
    duesStatus: m.duesStatus,
    version: m.version,
  };
  return withContacts ? { ...base, identifier: m.identifier, phone: m.phone, email: m.email } : base;
}
