import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsDateInput, PageQueryDto } from '@tashakkol/shared';
import {
  ASSOCIATION_SCOPES,
  ASSOCIATION_STATUSES,
  INITIAL_ASSOCIATION_STATUSES,
  AssociationScope,
  AssociationStatus,
  MEMBERSHIP_TYPES,
  MembershipType,
  PHASE_KEYS,
  PhaseKey,
} from './association.entity';
import { CULTURE_TRAIT_CODES, MAX_CULTURE_TRAITS } from './culture-traits';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Present means "set it"; `null` clears an optional field; absent leaves it as it is. */
const given = (field: string) => ValidateIf((o: Record<string, unknown>) => o[field] !== undefined);
const givenNotNull = (field: string) =>
  ValidateIf((o: Record<string, unknown>) => o[field] !== undefined && o[field] !== null);

export class ContactDto {
  @ApiPropertyOptional({ example: '034-32221234', maxLength: 40 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(40)
  phone?: string;

  @ApiPropertyOptional({ example: 'info@kerman-pistachio.ir', maxLength: 254 })
  @IsOptional()
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: 'https://kerman-pistachio.ir', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  website?: string;

  @ApiPropertyOptional({ example: 'کرمان، بلوار جمهوری اسلامی، ساختمان اتاق بازرگانی', maxLength: 400 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(400)
  address?: string;

  @ApiPropertyOptional({ example: '7616914111', maxLength: 10 })
  @IsOptional()
  @Matches(/^\d{10}$/, { message: 'postalCode must be 10 digits' })
  postalCode?: string;
}

export class CultureProfileDto {
  @ApiPropertyOptional({
    example: 'بنگاه های خانوادگی با سابقه چند نسل؛ تصمیم ها در مجمع و با اجماع گرفته می شود.',
    maxLength: 4000,
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  narrative?: string | null;

  @ApiProperty({
    example: ['export_oriented', 'family_firms'],
    description: `Up to ${MAX_CULTURE_TRAITS} of GET /catalogs/culture-traits`,
    enum: CULTURE_TRAIT_CODES,
    isArray: true,
  })
  @ArrayMaxSize(MAX_CULTURE_TRAITS)
  @ArrayUnique()
  @IsIn(CULTURE_TRAIT_CODES, {
    each: true,
    message: 'traits must each be one of GET /catalogs/culture-traits',
  })
  traits!: string[];
}

export class PutCultureProfileDto extends CultureProfileDto {
  @ApiProperty({ example: 1, description: "The association's version you last read (stale → 409)" })
  @IsInt()
  @Min(1)
  version!: number;
}

export class CreateAssociationDto {
  @ApiProperty({ example: 'انجمن پسته کرمان', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  nameFa!: string;

  @ApiPropertyOptional({ example: 'Kerman Pistachio Association', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  nameEn?: string;

  @ApiProperty({ example: 'association', description: 'A code of GET /catalogs/legal-forms' })
  @IsString()
  @MaxLength(32)
  legalForm!: string;

  @ApiProperty({ enum: ASSOCIATION_SCOPES, example: 'provincial' })
  @IsIn(ASSOCIATION_SCOPES)
  scope!: AssociationScope;

  @ApiProperty({ enum: MEMBERSHIP_TYPES, example: 'firms' })
  @IsIn(MEMBERSHIP_TYPES)
  membershipType!: MembershipType;

  @ApiProperty({ example: 1, description: 'An id of GET /catalogs/categories (رسته)' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  categoryId!: number;

  @ApiProperty({ example: 'رفسنجان', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  city!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The parent association, for a sub-branch (زیرشاخه)' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ example: '12345', maxLength: 50, description: 'Unique across the register' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  registrationNo?: string;

  @ApiPropertyOptional({ example: 'اتاق بازرگانی، صنایع، معادن و کشاورزی کرمان', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  registrationAuthority?: string;

  @ApiPropertyOptional({ example: '2012-05-20', format: 'date' })
  @IsOptional()
  @IsDateInput()
  registeredAt?: string;

  @ApiPropertyOptional({ example: '2011-11-02', format: 'date' })
  @IsOptional()
  @IsDateInput()
  foundedAt?: string;

  @ApiPropertyOptional({ example: 240, minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  memberCount?: number;

  @ApiPropertyOptional({ enum: INITIAL_ASSOCIATION_STATUSES, default: 'proposed' })
  @IsOptional()
  @IsIn(INITIAL_ASSOCIATION_STATUSES, {
    message: `status must be one of ${INITIAL_ASSOCIATION_STATUSES.join(', ')} (a new association cannot be dissolved)`,
  })
  status?: AssociationStatus;

  @ApiPropertyOptional({ type: ContactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactDto)
  contact?: ContactDto;
}

export class UpdateAssociationDto {
  @ApiProperty({ example: 1, description: 'The version you last read (stale → 409)' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ example: 'انجمن صادرکنندگان پسته کرمان', maxLength: 200 })
  @given('nameFa')
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  nameFa?: string;

  @ApiPropertyOptional({ example: 'Kerman Pistachio Exporters Association', maxLength: 200, nullable: true })
  @givenNotNull('nameEn')
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  nameEn?: string | null;

  @ApiPropertyOptional({ example: 'union' })
  @given('legalForm')
  @IsString()
  @MaxLength(32)
  legalForm?: string;

  @ApiPropertyOptional({ enum: ASSOCIATION_SCOPES })
  @given('scope')
  @IsIn(ASSOCIATION_SCOPES)
  scope?: AssociationScope;

  @ApiPropertyOptional({ enum: MEMBERSHIP_TYPES })
  @given('membershipType')
  @IsIn(MEMBERSHIP_TYPES)
  membershipType?: MembershipType;

  @ApiPropertyOptional({ example: 2 })
  @given('categoryId')
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  categoryId?: number;

  @ApiPropertyOptional({ example: 'کرمان', maxLength: 100 })
  @given('city')
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  city?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'null makes it a root again' })
  @givenNotNull('parentId')
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ example: '12345', maxLength: 50, nullable: true })
  @givenNotNull('registrationNo')
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  registrationNo?: string | null;

  @ApiPropertyOptional({ maxLength: 200, nullable: true })
  @givenNotNull('registrationAuthority')
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  registrationAuthority?: string | null;

  @ApiPropertyOptional({ example: '2012-05-20', format: 'date', nullable: true })
  @givenNotNull('registeredAt')
  @IsDateInput()
  registeredAt?: string | null;

  @ApiPropertyOptional({ example: '2011-11-02', format: 'date', nullable: true })
  @givenNotNull('foundedAt')
  @IsDateInput()
  foundedAt?: string | null;

  @ApiPropertyOptional({ example: 260, minimum: 0, nullable: true })
  @givenNotNull('memberCount')
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  memberCount?: number | null;

  @ApiPropertyOptional({ enum: ASSOCIATION_STATUSES })
  @given('status')
  @IsIn(ASSOCIATION_STATUSES)
  status?: AssociationStatus;

  @ApiPropertyOptional({
    type: ContactDto,
    description: 'Replaces the whole contact (a board may change it)',
  })
  @given('contact')
  @ValidateNested()
  @Type(() => ContactDto)
  contact?: ContactDto;

  @ApiPropertyOptional({
    type: CultureProfileDto,
    description: 'Replaces the culture profile (a board may change it)',
  })
  @given('cultureProfile')
  @ValidateNested()
  @Type(() => CultureProfileDto)
  cultureProfile?: CultureProfileDto;
}

export const ASSOCIATION_SORTS = [
  'nameFa',
  '-nameFa',
  'createdAt',
  '-createdAt',
  'foundedAt',
  '-foundedAt',
  'memberCount',
  '-memberCount',
] as const;
export type AssociationSort = (typeof ASSOCIATION_SORTS)[number];

const toBool = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class AssociationFilterDto {
  @ApiPropertyOptional({
    example: 'پسته',
    description: 'Matches Persian and Latin names; ي/ك, ZWNJ and diacritics do not matter',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: PHASE_KEYS })
  @IsOptional()
  @IsIn(PHASE_KEYS)
  phase?: PhaseKey;

  @ApiPropertyOptional({ enum: ASSOCIATION_STATUSES })
  @IsOptional()
  @IsIn(ASSOCIATION_STATUSES)
  status?: AssociationStatus;

  @ApiPropertyOptional({ example: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  categoryId?: number;

  @ApiPropertyOptional({ example: 'union' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  legalForm?: string;

  @ApiPropertyOptional({ enum: ASSOCIATION_SCOPES })
  @IsOptional()
  @IsIn(ASSOCIATION_SCOPES)
  scope?: AssociationScope;

  @ApiPropertyOptional({
    description: 'Only categories the chamber prioritises (true) or the others (false)',
  })
  @IsOptional()
  @Transform(toBool)
  @IsIn([true, false], { message: 'priority must be true or false' })
  priority?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the direct sub-branches of this association' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ enum: ASSOCIATION_SORTS, default: '-createdAt' })
  @IsOptional()
  @IsIn(ASSOCIATION_SORTS)
  sort?: AssociationSort;
}

export class AssociationQueryDto extends IntersectionType(PageQueryDto, AssociationFilterDto) {}

export class AssociationExportQueryDto extends AssociationFilterDto {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'csv' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format?: 'csv' | 'xlsx';
}
