import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@tashakkol/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
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
  ValidateIf,
  ValidateNested,
  IsDefined,
} from 'class-validator';
import { ASSEMBLY_KINDS, AssemblyKind, QUORUM_RULES, QuorumRule } from './assembly-rules';
import { DUES_STATUSES, DuesStatus, MEMBER_KINDS, MemberKind } from './member.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = { message: '$property must be a date as YYYY-MM-DD' };
const toBool = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class CreateMemberDto {
  @ApiProperty({ enum: MEMBER_KINDS, example: 'firm' })
  @IsIn(MEMBER_KINDS)
  kind!: MemberKind;

  @ApiProperty({ example: 'شرکت فرآوری پسته رفسنجان', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  nameFa!: string;

  @ApiProperty({
    example: '10860012345',
    description: 'National id (person) or registration no./national id (firm)',
  })
  @Transform(trim)
  @IsString()
  @Matches(/^[0-9۰-۹]{5,20}$/, { message: '$property must be 5 to 20 digits' })
  identifier!: string;

  @ApiPropertyOptional({ example: 'فرآوری پسته', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  trade?: string;

  @ApiPropertyOptional({ example: '09131234567' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Matches(/^\+?[0-9۰-۹ -]{7,20}$/, { message: '$property must be a phone number' })
  phone?: string;

  @ApiPropertyOptional({ example: 'info@example.ir' })
  @IsOptional()
  @Transform(trim)
  @IsEmail()
  @MaxLength(200)
  email?: string;

  @ApiProperty({ example: '2024-03-20', format: 'date' })
  @Matches(ISO_DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  joinedOn!: string;

  @ApiPropertyOptional({ example: null, format: 'date', nullable: true })
  @IsOptional()
  @Matches(ISO_DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  leftOn?: string | null;

  @ApiPropertyOptional({ enum: DUES_STATUSES, default: 'due' })
  @IsOptional()
  @IsIn(DUES_STATUSES)
  duesStatus?: DuesStatus;
}

export class UpdateMemberDto {
  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  nameFa?: string;

  @ApiPropertyOptional({ maxLength: 200, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  trade?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Matches(/^\+?[0-9۰-۹ -]{7,20}$/, { message: '$property must be a phone number' })
  phone?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsEmail()
  @MaxLength(200)
  email?: string;

  @ApiPropertyOptional({
    format: 'date',
    nullable: true,
    description: 'The day the member left; null to undo',
  })
  @IsOptional()
  @Matches(ISO_DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  leftOn?: string | null;

  @ApiPropertyOptional({ enum: DUES_STATUSES })
  @IsOptional()
  @IsIn(DUES_STATUSES)
  duesStatus?: DuesStatus;
}

export class MemberQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only current members (true) or only those who left (false)' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  current?: boolean;

  @ApiPropertyOptional({ description: 'Part of the name (Persian letter forms folded)', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class SurveyItemDto {
  @ApiProperty({ example: 'services', pattern: '^[a-z][a-z0-9_]{0,39}$' })
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: '$property must be lower-case letters, digits and _' })
  key!: string;

  @ApiProperty({ example: 'از خدمات تشکل چقدر راضی هستید؟', maxLength: 300 })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  textFa!: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  textEn?: string;

  @ApiProperty({ enum: ['likert', 'open'] })
  @IsIn(['likert', 'open'])
  kind!: 'likert' | 'open';

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  min?: number;

  @ApiPropertyOptional({ default: 5 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(11)
  max?: number;

  @ApiPropertyOptional({ description: 'Defaults to true for Likert items and false for open ones' })
  @IsOptional()
  @IsBoolean()
  required?: boolean;
}

export class CreateSurveyDto {
  @ApiProperty({ example: 'member_satisfaction_v2' })
  @Matches(/^[a-z][a-z0-9_]{2,63}$/, { message: '$property must be 3–64 lower-case letters, digits and _' })
  code!: string;

  @ApiProperty({ example: 'نظرسنجی رضایت اعضا' })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  titleFa!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  titleEn?: string;

  @ApiProperty({ type: [SurveyItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => SurveyItemDto)
  items!: SurveyItemDto[];
}

export class CreateSurveyRunDto {
  @ApiProperty({ example: 'member_satisfaction' })
  @IsString()
  @MaxLength(64)
  surveyCode!: string;

  @ApiProperty({ example: 1405, description: 'The Jalali year the answers count for' })
  @Type(() => Number)
  @IsInt()
  @Min(1390)
  @Max(1500)
  fiscalYear!: number;

  @ApiPropertyOptional({ default: 30, minimum: 1, maximum: 90, description: 'Days the links stay valid' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  expiresInDays?: number;
}

export class VersionDto {
  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  version!: number;
}

export class AnswerDto {
  @ApiProperty({ example: 'services' })
  @IsString()
  @MaxLength(40)
  key!: string;

  @ApiProperty({ oneOf: [{ type: 'integer' }, { type: 'string' }], example: 4 })
  @IsDefined()
  value!: number | string;
}

export class SubmitAnswersDto {
  @ApiProperty({ type: [AnswerDto] })
  @IsArray()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => AnswerDto)
  answers!: AnswerDto[];
}

export class CreateAssemblyDto {
  @ApiProperty({ enum: ASSEMBLY_KINDS, example: 'ordinary' })
  @IsIn(ASSEMBLY_KINDS)
  kind!: AssemblyKind;

  @ApiProperty({ example: 1405 })
  @IsInt()
  @Min(1390)
  @Max(1500)
  fiscalYear!: number;

  @ApiProperty({ example: '2026-06-01', format: 'date' })
  @Matches(ISO_DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  noticeDate!: string;

  @ApiProperty({ example: '2026-06-20', format: 'date' })
  @Matches(ISO_DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  scheduledOn!: string;

  @ApiPropertyOptional({ example: '2026-07-22', format: 'date', description: 'The charter’s deadline' })
  @IsOptional()
  @Matches(ISO_DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  dueBy?: string;

  @ApiProperty({ type: [String], example: ['گزارش هیئت مدیره', 'تصویب صورت های مالی'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  agenda!: string[];

  @ApiProperty({ enum: QUORUM_RULES, example: 'half_plus_one' })
  @IsIn(QUORUM_RULES)
  quorumRule!: QuorumRule;
}

export class RecordAssemblyDto {
  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ example: '2026-06-20', format: 'date' })
  @Matches(ISO_DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  heldOn!: string;

  @ApiProperty({ example: 40, description: 'Members entitled to attend' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  eligible!: number;

  @ApiProperty({ example: 23 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  attended!: number;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  resolutions?: string[];
}

export class CandidateDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "A current member of the association (GET …/members?current=true): a person stands by the register's name (fullName not needed); a firm is the candidate's firm (firmName read from the register, fullName its representative)",
  })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @ApiPropertyOptional({
    example: 'علی رضایی',
    description: 'Required unless memberId names a person member',
  })
  @ValidateIf((c: CandidateDto) => !c.memberId || c.fullName !== undefined)
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  fullName?: string;

  @ApiPropertyOptional({
    example: 'شرکت پسته نوین',
    description: "Ignored when memberId names a member (the register's name)",
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  firmName?: string;
}

export class CreateElectionDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The assembly that holds the election' })
  @IsOptional()
  @IsUUID()
  assemblyId?: string;

  @ApiProperty({ example: 5, minimum: 1, maximum: 25 })
  @IsInt()
  @Min(1)
  @Max(25)
  seats!: number;

  @ApiProperty({ example: '2026-07-01', format: 'date' })
  @Matches(ISO_DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  termStart!: string;

  @ApiProperty({ example: '2028-06-30', format: 'date' })
  @Matches(ISO_DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  termEnd!: string;

  @ApiProperty({ type: [CandidateDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CandidateDto)
  candidates!: CandidateDto[];
}

export class RecordedVotesDto {
  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0 },
    example: { 'candidate-id': 12 },
    description: 'Votes counted on paper in the assembly, by candidate id',
  })
  @IsDefined()
  votes!: Record<string, number>;
}

export class BallotDto {
  @ApiProperty({ type: [String], description: 'The chosen candidates (at most the number of seats)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(25)
  @IsUUID('all', { each: true })
  choices!: string[];
}

export class ReissueBallotsDto {
  @ApiProperty({
    type: [String],
    description:
      'The members who lost their ballot links (each was issued one). Every one gets a new link and the old one stops working',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  memberIds!: string[];
}
