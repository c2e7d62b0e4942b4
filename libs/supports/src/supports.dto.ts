import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PHASE_KEYS, type PhaseKey } from '@tashakkol/associations';
import { PageQueryDto } from '@tashakkol/shared';
import { GRANT_STATUSES, type GrantStatus } from './grant-state-machine';
import { SUPPORT_CARRIES, type SupportCarries } from './support-kind.catalog';

/** Rials travel as digit strings: they outgrow 2^53. Up to 18 digits fits a PostgreSQL bigint. */
export const RIALS_PATTERN = /^(0|[1-9][0-9]{0,17})$/;
const RIALS_MESSAGE = (field: string) =>
  `${field} must be a whole number of Rials written as a string of digits, e.g. "2500000000"`;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const KIND_CODE = /^[a-z][a-z0-9_]{1,39}$/;

export class CreateSupportKindDto {
  @ApiProperty({ example: 'export_fair' })
  @Matches(KIND_CODE, { message: 'code must be 2-40 lower-case letters, digits or _' })
  code!: string;

  @ApiProperty({ example: 'حضور در نمایشگاه صادراتی' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  nameFa!: string;

  @ApiProperty({ example: 'Export fair participation' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  nameEn!: string;

  @ApiProperty({ enum: SUPPORT_CARRIES })
  @IsIn(SUPPORT_CARRIES)
  carries!: SupportCarries;

  @ApiProperty({ enum: PHASE_KEYS, isArray: true, example: ['support_monitoring', 'development'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(PHASE_KEYS, { each: true })
  phases!: PhaseKey[];
}

/** The admin's edit of a kind: any of its names, phases, what it carries, order, or retiring it. */
export class UpdateSupportKindDto {
  @ApiProperty({ example: 1, description: 'The version last read (a stale one gets 409)' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ example: 'حمایت مالی' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  nameFa?: string;

  @ApiPropertyOptional({ example: 'Financial support' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  nameEn?: string;

  @ApiPropertyOptional({ enum: SUPPORT_CARRIES, description: 'Only while no grant or budget uses the kind' })
  @IsOptional()
  @IsIn(SUPPORT_CARRIES)
  carries?: SupportCarries;

  @ApiPropertyOptional({
    enum: PHASE_KEYS,
    isArray: true,
    example: ['formation', 'support_monitoring'],
    description: 'The phases the kind suits: what the lifecycle view offers and what needs no override',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(PHASE_KEYS, { each: true })
  phases?: PhaseKey[];

  @ApiPropertyOptional({ example: 3 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  sortOrder?: number;

  @ApiPropertyOptional({ description: 'false retires the kind: offered in no phase, no new requests' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class CreateBudgetDto {
  @ApiProperty({ example: 1405, description: 'The Jalali year' })
  @IsInt()
  @Min(1390)
  @Max(1500)
  fiscalYear!: number;

  @ApiProperty({ example: 'financial' })
  @IsString()
  @MaxLength(40)
  kindCode!: string;

  @ApiPropertyOptional({
    example: '50000000000',
    description: 'For kinds measured in Rials (financial, in-kind)',
  })
  @IsOptional()
  @Matches(RIALS_PATTERN, { message: RIALS_MESSAGE('amountRials') })
  amountRials?: string;

  @ApiPropertyOptional({ example: 400, description: 'For training (hours)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  hours?: number;
}

export class BudgetQueryDto {
  @ApiPropertyOptional({ example: 1405 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1390)
  @Max(1500)
  fiscalYear?: number;
}

export class RequestSupportDto {
  @ApiProperty({ example: 'training' })
  @IsString()
  @MaxLength(40)
  kindCode!: string;

  @ApiPropertyOptional({
    example: '2500000000',
    description:
      'Rials as a digit string: required for financial kinds, the estimated value for in-kind ones',
  })
  @IsOptional()
  @Matches(RIALS_PATTERN, { message: RIALS_MESSAGE('amountRials') })
  amountRials?: string;

  @ApiPropertyOptional({ example: 24, description: 'Training hours (required for training)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  hours?: number;

  @ApiPropertyOptional({ example: 30, description: 'Training participants' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  participants?: number;

  @ApiProperty({ example: 'دوره آموزش حکمرانی برای هیئت مدیره تازه انتخاب شده' })
  @Transform(trim)
  @IsString()
  @MinLength(5)
  @MaxLength(4000)
  justification!: string;

  @ApiPropertyOptional({
    description: "Required when the kind does not suit the association's current phase",
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(5)
  @MaxLength(2000)
  overrideReason?: string;
}

export class VersionedDto {
  @ApiProperty({ example: 1, description: 'The version you last read (stale → 409)' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class ApproveSupportDto extends VersionedDto {
  @ApiPropertyOptional({ example: 'در سقف بودجه و مطابق برنامه' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  comment?: string;

  @ApiPropertyOptional({ description: 'Needed when a precaution (financial_independence) applies' })
  @IsOptional()
  @IsBoolean()
  acknowledgePrecautions?: boolean;
}

export class RejectSupportDto extends VersionedDto {
  @ApiProperty({ example: 'خارج از اولویت های امسال' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(2000)
  comment!: string;
}

export class CancelSupportDto extends RejectSupportDto {}

export class DeliverSupportDto extends VersionedDto {
  @ApiProperty({
    example: 'صورتجلسه تحویل ۱۴۰۵/۰۸/۱۲ شماره ۲۳۴/ت',
    description: 'Reference to the delivery document',
  })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  evidence!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class AssociationSupportsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: GRANT_STATUSES })
  @IsOptional()
  @IsIn(GRANT_STATUSES)
  status?: GrantStatus;
}

export class SupportsFilterDto {
  @ApiPropertyOptional({ enum: PHASE_KEYS })
  @IsOptional()
  @IsIn(PHASE_KEYS)
  phase?: PhaseKey;

  @ApiPropertyOptional({ example: 'financial' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  kind?: string;

  @ApiPropertyOptional({ enum: GRANT_STATUSES })
  @IsOptional()
  @IsIn(GRANT_STATUSES)
  status?: GrantStatus;

  @ApiPropertyOptional({ example: 1405 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1390)
  @Max(1500)
  fiscalYear?: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  associationId?: string;
}

export class SupportsQueryDto extends IntersectionType(PageQueryDto, SupportsFilterDto) {}

export class ExportQueryDto extends SupportsFilterDto {
  @ApiProperty({ enum: ['csv', 'xlsx'] })
  @IsIn(['csv', 'xlsx'])
  format!: 'csv' | 'xlsx';
}

export class SummaryQueryDto {
  @ApiPropertyOptional({ example: 1405 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1390)
  @Max(1500)
  fiscalYear?: number;
}

export class CreateApprovalLimitDto {
  @ApiProperty({ format: 'uuid', description: 'The approver who receives the limit' })
  @IsUUID()
  userId!: string;

  @ApiProperty({ example: 'financial' })
  @IsString()
  @MaxLength(40)
  kindCode!: string;

  @ApiProperty({
    example: '2000000000',
    description: "Per-grant limit in the kind's unit (Rials, or hours for training), as a digit string",
  })
  @Matches(RIALS_PATTERN, {
    message: 'perGrant must be a whole number written as a string of digits, e.g. "2000000000"',
  })
  perGrant!: string;

  @ApiProperty({ example: '10000000000', description: "Yearly limit in the kind's unit, as a digit string" })
  @Matches(RIALS_PATTERN, {
    message: 'yearly must be a whole number written as a string of digits, e.g. "10000000000"',
  })
  yearly!: string;

  @ApiPropertyOptional({ example: '2026-03-21T00:00:00Z', description: 'Default: now' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'validFrom must be an ISO-8601 date-time' })
  validFrom?: string;

  @ApiProperty({ example: '2027-03-21T00:00:00Z' })
  @IsISO8601({ strict: true }, { message: 'validUntil must be an ISO-8601 date-time' })
  validUntil!: string;
}

export class ApprovalLimitQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ example: 'financial' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  kindCode?: string;
}

export class UpdateSupportSettingsDto extends VersionedDto {
  @ApiPropertyOptional({
    example: '5000000000',
    description:
      'Rials an association may receive in a year before the precaution applies (no revenue known)',
  })
  @IsOptional()
  @Matches(RIALS_PATTERN, { message: RIALS_MESSAGE('independenceThresholdRials') })
  independenceThresholdRials?: string;

  @ApiPropertyOptional({
    example: 30,
    description: 'Maximum chamber share of revenue, in percent (revenue known)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  independenceMaxSharePercent?: number;
}
