import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { BOARD_ROLES, type BoardRole } from '@tashakkol/associations';
import {
  FORMATION_METHODS,
  MILESTONE_KINDS,
  POTENTIAL_FACTORS,
  SUCCESS_FAILURE_FACTORS,
} from './phase-table';
import { OutputKey } from './phase-outputs';

const SF_KEYS = SUCCESS_FAILURE_FACTORS.map((f) => f.key);
const POTENTIAL_KEYS = POTENTIAL_FACTORS.map((f) => f.key);
const MILESTONE_KEYS = MILESTONE_KINDS.map((m) => m.key);

/** Every output write may carry the version it revises (needed once the output exists; stale → 409). */
export class OutputWriteDto {
  @ApiPropertyOptional({
    description: 'The output version you last read; required to revise an existing output',
    example: 1,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  version?: number;
}

export class ClassificationDto extends OutputWriteDto {
  @ApiProperty({ example: 'انجمن', description: 'Legal form (انجمن، اتحادیه، سندیکا، …)' })
  @IsString()
  @MinLength(2)
  @MaxLength(60)
  legalForm!: string;

  @ApiProperty({ example: 'صنایع غذایی', description: 'Sector category (رسته)' })
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  category!: string;

  @ApiPropertyOptional({ example: '1079' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  isic?: string;

  @ApiProperty({ enum: ['provincial', 'national'] })
  @IsIn(['provincial', 'national'])
  scope!: 'provincial' | 'national';

  @ApiProperty({ enum: ['firms', 'persons', 'mixed'] })
  @IsIn(['firms', 'persons', 'mixed'])
  membershipType!: 'firms' | 'persons' | 'mixed';

  @ApiProperty({ description: 'A category the chamber prioritises (رسته های مدنظر اتاق)' })
  @IsBoolean()
  priority!: boolean;
}

export class LawReferenceDto {
  @ApiProperty({ example: 'قانون بهبود مستمر محیط کسب و کار' })
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  title!: string;

  @ApiPropertyOptional({ example: 'ماده ۵' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reference?: string;

  @ApiProperty({ example: 'تشکل ها را در تصمیم گیری ها مشارکت می دهد' })
  @IsString()
  @MaxLength(2000)
  notes!: string;
}

export class LawsAndPoliciesDto extends OutputWriteDto {
  @ApiProperty({ type: [LawReferenceDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => LawReferenceDto)
  references!: LawReferenceDto[];
}

export class PriorActionDto {
  @ApiPropertyOptional({ example: 1401 })
  @IsOptional()
  @IsInt()
  @Min(1300)
  @Max(1500)
  year?: number;

  @ApiProperty({ example: 'تشکیل باشگاه غیررسمی فعالان' })
  @IsString()
  @MinLength(2)
  @MaxLength(1000)
  description!: string;
}

export class PriorActionsDto extends OutputWriteDto {
  @ApiProperty({ example: 'دو تلاش قبلی به دلیل بی اعتمادی ناکام ماند' })
  @IsString()
  @MaxLength(10000)
  analysis!: string;

  @ApiPropertyOptional({ type: [PriorActionDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PriorActionDto)
  actions?: PriorActionDto[];
}

export class FactorRatingDto {
  @ApiProperty({ enum: SF_KEYS })
  @IsIn(SF_KEYS)
  factor!: string;

  @ApiProperty({ minimum: 1, maximum: 5, example: 4 })
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;

  @ApiProperty({ example: 'مصاحبه با ۱۲ فعال رسته' })
  @IsString()
  @MinLength(2)
  @MaxLength(2000)
  evidence!: string;
}

export class SuccessFailureFactorsDto extends OutputWriteDto {
  @ApiProperty({ type: [FactorRatingDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FactorRatingDto)
  ratings!: FactorRatingDto[];
}

export class BenchmarkNoteDto {
  @ApiProperty({ example: 'ترکیه' })
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  country!: string;

  @ApiProperty({ example: 'عضویت اجباری در اتاق های صنفی' })
  @IsString()
  @MinLength(2)
  @MaxLength(2000)
  practice!: string;

  @ApiProperty({ example: 'خدمات مشترک، انگیزه عضویت داوطلبانه است' })
  @IsString()
  @MinLength(2)
  @MaxLength(2000)
  lesson!: string;
}

export class BenchmarksDto extends OutputWriteDto {
  @ApiProperty({ type: [BenchmarkNoteDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => BenchmarkNoteDto)
  notes!: BenchmarkNoteDto[];
}

export class PotentialRatingDto {
  @ApiProperty({ enum: POTENTIAL_KEYS })
  @IsIn(POTENTIAL_KEYS)
  factor!: string;

  @ApiProperty({ minimum: 1, maximum: 5, example: 4 })
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;

  @ApiPropertyOptional({ example: 'حدود ۴۰۰ بنگاه فعال در استان' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class PotentialFactorsDto extends OutputWriteDto {
  @ApiProperty({ type: [PotentialRatingDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PotentialRatingDto)
  ratings!: PotentialRatingDto[];
}

export class FormationMethodDto extends OutputWriteDto {
  @ApiProperty({ enum: FORMATION_METHODS.map((m) => m.key) })
  @IsIn(FORMATION_METHODS.map((m) => m.key))
  method!: 'members_initiative' | 'chamber_initiated' | 'sub_branch' | 'merger';

  @ApiPropertyOptional({
    format: 'uuid',
    description: "Required for a sub-branch: the parent association (becomes the register's parentId)",
  })
  @ValidateIf((o: FormationMethodDto) => o.method === 'sub_branch' || o.parentAssociationId !== undefined)
  @IsUUID('all', {
    message: 'parentAssociationId must be the id of the parent association (required for a sub-branch)',
  })
  parentAssociationId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

export class FoundingMemberDto {
  @ApiProperty({ example: 'رضا کرمانی' })
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name!: string;

  @ApiPropertyOptional({ example: 'شرکت پسته کرمان' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  firmName?: string;
}

export class FoundingMembersDto extends OutputWriteDto {
  @ApiProperty({ type: [FoundingMemberDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => FoundingMemberDto)
  members!: FoundingMemberDto[];
}

export class ApprovalInPrincipleDto extends OutputWriteDto {
  @ApiProperty({ example: '2026-05-10', description: 'Date of the approval in principle (موافقت اصولی)' })
  @IsISO8601({ strict: true })
  approvedAt!: string;

  @ApiProperty({ example: 'سالن اجتماعات اتاق کرمان', description: 'The public meeting place' })
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  meetingPlace!: string;

  @ApiPropertyOptional({ example: '۱۲۳/ص/۱۴۰۵' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  referenceNo?: string;
}

export class CharterDto extends OutputWriteDto {
  @ApiProperty({ description: 'The charter (اساسنامه) was adopted by the founders' })
  @IsBoolean()
  adopted!: boolean;

  @ApiPropertyOptional({ example: '2026-06-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  adoptedAt?: string;

  @ApiPropertyOptional({ example: 'charter-v3.pdf' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  documentRef?: string;
}

export class FoundingAssemblyDto extends OutputWriteDto {
  @ApiProperty({ example: '2026-06-15' })
  @IsISO8601({ strict: true })
  heldAt!: string;

  @ApiProperty({ example: 23 })
  @IsInt()
  @Min(0)
  @Max(100000)
  attendees!: number;

  @ApiProperty({ description: 'The quorum of the founding general assembly was met' })
  @IsBoolean()
  quorumMet!: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  minutesRef?: string;
}

export class ElectedBoardMemberDto {
  @ApiProperty({ example: 'زهرا رفسنجانی' })
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name!: string;

  @ApiProperty({ example: 'رییس هیئت مدیره' })
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  position!: string;

  @ApiPropertyOptional({
    enum: BOARD_ROLES,
    description:
      "The seat on the register's board; when absent it is read from position (رییس، نایب رییس، دبیر، خزانه دار), else member",
  })
  @IsOptional()
  @IsIn(BOARD_ROLES)
  role?: BoardRole;

  @ApiPropertyOptional({ example: 'شرکت پسته کرمان' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  firmName?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "Link to the registry's board member, once recorded there",
  })
  @IsOptional()
  @IsUUID()
  boardMemberId?: string;
}

export class BoardElectionDto extends OutputWriteDto {
  @ApiProperty({ example: '2026-06-15' })
  @IsISO8601({ strict: true })
  electedAt!: string;

  @ApiProperty({ description: 'Elected by the members (never appointed by the chamber)' })
  @IsBoolean()
  electedByMembers!: boolean;

  @ApiPropertyOptional({
    example: '2028-06-14',
    description: "Last day of the board's term; when absent, two years from the election",
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  termEnd?: string;

  @ApiProperty({ type: [ElectedBoardMemberDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ElectedBoardMemberDto)
  members!: ElectedBoardMemberDto[];
}

export class RegistrationDto extends OutputWriteDto {
  @ApiProperty({ example: '۱۴۰۵-۳۲۱' })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  registrationNo!: string;

  @ApiProperty({ example: 'اداره ثبت شرکت ها و موسسات غیرتجاری' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  authority!: string;

  @ApiProperty({ example: '2026-07-01' })
  @IsISO8601({ strict: true })
  registeredAt!: string;
}

export class OrganisationalUnitDto {
  @ApiProperty({ example: 'دبیرخانه' })
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name!: string;

  @ApiPropertyOptional({ example: 'دبیر تشکل' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  head?: string;
}

export class OrganisationalStructureDto extends OutputWriteDto {
  @ApiProperty({ type: [OrganisationalUnitDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => OrganisationalUnitDto)
  units!: OrganisationalUnitDto[];

  @ApiProperty({ description: 'The structure is not only designed but put in place' })
  @IsBoolean()
  inPlace!: boolean;
}

export class EvaluationAxisDto {
  @ApiProperty({ enum: ['chamber', 'association', 'members'] })
  @IsIn(['chamber', 'association', 'members'])
  axis!: 'chamber' | 'association' | 'members';

  @ApiProperty()
  @IsBoolean()
  agreed!: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class EvaluationAxesDto extends OutputWriteDto {
  @ApiProperty({ type: [EvaluationAxisDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => EvaluationAxisDto)
  axes!: EvaluationAxisDto[];
}

export class MilestoneDto {
  @ApiProperty({ enum: MILESTONE_KEYS })
  @IsIn(MILESTONE_KEYS)
  kind!: string;

  @ApiProperty({ example: '2027-03-01' })
  @IsISO8601({ strict: true })
  plannedAt!: string;

  @ApiPropertyOptional({ example: '2027-02-20' })
  @IsOptional()
  @IsISO8601({ strict: true })
  doneAt?: string;

  @ApiPropertyOptional({ example: 'گزارش راه اندازی خدمت مشاوره صادراتی' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  evidence?: string;

  @ApiPropertyOptional({ example: 45, description: 'member_database: coverage reached %' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  coveragePercent?: number;

  @ApiPropertyOptional({ example: 80, description: 'member_database: coverage target %' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  coverageTargetPercent?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

export class RoadmapDto extends OutputWriteDto {
  @ApiProperty({ type: [MilestoneDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MilestoneDto)
  milestones!: MilestoneDto[];
}

/** The DTO that validates each output (PUT /associations/:id/phases/:phase/outputs/:key). */
export const OUTPUT_DTOS: { [K in OutputKey]: new () => OutputWriteDto } = {
  classification: ClassificationDto,
  laws_and_policies: LawsAndPoliciesDto,
  prior_actions: PriorActionsDto,
  success_failure_factors: SuccessFailureFactorsDto,
  benchmarks: BenchmarksDto,
  potential_factors: PotentialFactorsDto,
  formation_method: FormationMethodDto,
  founding_members: FoundingMembersDto,
  approval_in_principle: ApprovalInPrincipleDto,
  charter: CharterDto,
  founding_assembly: FoundingAssemblyDto,
  board_election: BoardElectionDto,
  registration: RegistrationDto,
  organisational_structure: OrganisationalStructureDto,
  evaluation_axes: EvaluationAxesDto,
  roadmap: RoadmapDto,
};
