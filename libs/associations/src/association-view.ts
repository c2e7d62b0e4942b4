import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { normalizePersian as normalize, withJalali } from '@tashakkol/shared';
import {
  Association,
  ASSOCIATION_SCOPES,
  ASSOCIATION_STATUSES,
  AssociationScope,
  AssociationStatus,
  MEMBERSHIP_TYPES,
  MembershipType,
  PHASE_KEYS,
  PhaseKey,
} from './association.entity';

export class AssociationContactView {
  @ApiPropertyOptional() phone?: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional() website?: string;
  @ApiPropertyOptional() address?: string;
  @ApiPropertyOptional() postalCode?: string;
}

export class CultureProfileView {
  @ApiProperty({ type: String, nullable: true, description: 'The board’s own words' }) narrative!:
    string | null;
  @ApiProperty({ type: [String], description: 'Codes from `GET /catalogs/culture-traits`' })
  traits!: string[];
}

const date = (description?: string) => ({ type: String, format: 'date', nullable: true, description });
const instant = { type: String, format: 'date-time' };
const jalali = { example: '1405/09/10', description: 'The date above as a Jalali (Tehran) day' };
const jalaliOrNull = { ...jalali, type: String, nullable: true };

/** What the API returns for an association (تشکل): the register's row plus Jalali renderings of its dates. */
export class AssociationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'انجمن صنفی خرمای کرمان' }) nameFa!: string;
  @ApiProperty({ type: String, nullable: true }) nameEn!: string | null;
  @ApiProperty({ enum: PHASE_KEYS, description: 'Current phase of the six' }) phase!: PhaseKey;
  @ApiProperty(instant) phaseEnteredAt!: Date;
  @ApiProperty(jalali) phaseEnteredAtJalali!: string;
  @ApiProperty({ description: 'Version of the lifecycle state (transitions), apart from `version`' })
  lifecycleVersion!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Code from `GET /catalogs/legal-forms`' })
  legalForm!: string | null;
  @ApiProperty({ enum: ASSOCIATION_SCOPES }) scope!: AssociationScope;
  @ApiProperty({ enum: MEMBERSHIP_TYPES }) membershipType!: MembershipType;
  @ApiProperty({ type: Number, nullable: true, description: 'Sector category id' }) categoryId!:
    number | null;
  @ApiProperty({ type: String, nullable: true }) city!: string | null;
  @ApiProperty({ type: String, nullable: true }) registrationNo!: string | null;
  @ApiProperty({ type: String, nullable: true }) registrationAuthority!: string | null;
  @ApiProperty(date()) registeredAt!: string | null;
  @ApiProperty(jalaliOrNull) registeredAtJalali!: string | null;
  @ApiProperty(date()) foundedAt!: string | null;
  @ApiProperty(jalaliOrNull) foundedAtJalali!: string | null;
  @ApiProperty({ type: Number, nullable: true }) memberCount!: number | null;
  @ApiProperty({ enum: ASSOCIATION_STATUSES }) status!: AssociationStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Parent of a sub-branch' })
  parentId!: string | null;
  @ApiProperty({ description: '0 for a root; a sub-branch is its parent’s depth + 1' }) depth!: number;
  @ApiProperty({ type: AssociationContactView }) contact!: AssociationContactView;
  @ApiProperty({ type: CultureProfileView }) cultureProfile!: CultureProfileView;
  @ApiProperty(instant) createdAt!: Date;
  @ApiProperty(jalali) createdAtJalali!: string;
  @ApiProperty(instant) updatedAt!: Date;
  @ApiProperty(jalali) updatedAtJalali!: string;
  @ApiProperty({ description: 'The register entry’s version (send it back to change it)' }) version!: number;
}

/** What the API returns for an association: the row plus Jalali renderings of its dates. */
export function toAssociationView(a: Association): AssociationView {
  const { searchText: _s, legalFormRef: _l, category: _c, parent: _p, ...row } = a;
  return withJalali(row, ['foundedAt', 'registeredAt', 'phaseEnteredAt', 'createdAt', 'updatedAt']);
}

export function searchTextOf(nameFa: string, nameEn: string | null | undefined): string {
  return normalize(`${nameFa} ${nameEn ?? ''}`);
}
