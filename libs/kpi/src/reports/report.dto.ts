import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '@tashakkol/shared';
import { REPORT_STATUSES, ReportStatus } from './report.entity';

/** Numbers arrive as JSON numbers or decimal strings (large Rial amounts); both are kept exact as text. */
const toDecimalText = ({ value }: { value: unknown }) =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
const DECIMAL = /^-?\d{1,20}(\.\d{1,6})?$/;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ReportValueDto {
  @ApiProperty({ example: 'training_hours' })
  @IsString()
  @MaxLength(40)
  indicatorCode!: string;

  @ApiProperty({
    oneOf: [{ type: 'number' }, { type: 'string' }],
    example: 420,
    description: 'A number, or a decimal string',
  })
  @Transform(toDecimalText)
  @Matches(DECIMAL, { message: 'value must be a number' })
  value!: string;

  @ApiPropertyOptional({ example: 'دوره آموزش صادرات برای ۳۵ عضو' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class PatchReportValueDto {
  @ApiProperty({ example: 'training_hours' })
  @IsString()
  @MaxLength(40)
  indicatorCode!: string;

  @ApiProperty({
    oneOf: [{ type: 'number' }, { type: 'string' }],
    nullable: true,
    description: 'null removes the value',
  })
  @Transform(toDecimalText)
  @ValidateIf((_o, v) => v !== null)
  @Matches(DECIMAL, { message: 'value must be a number or null' })
  value!: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class CreateReportDto {
  @ApiProperty({
    example: '1405-Q2',
    description: 'Jalali period: 1405-07 (month), 1405-Q2 (quarter) or 1405 (year)',
  })
  @IsString()
  @MaxLength(10)
  period!: string;

  @ApiProperty({ type: [ReportValueDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ReportValueDto)
  values!: ReportValueDto[];
}

export class PatchReportDto {
  @ApiProperty({ description: 'The version you last read (stale → 409)' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({
    type: [PatchReportValueDto],
    description: 'Values to set (others are kept); value null removes one',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PatchReportValueDto)
  values!: PatchReportValueDto[];
}

export class ReportActionDto {
  @ApiPropertyOptional({ description: 'The version you last read; checked when given' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ReviewDto extends ReportActionDto {
  @ApiPropertyOptional({
    example: 'شواهد ساعات آموزش پیوست شود',
    description: 'Required when returning a report',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class ReturnReportDto extends ReportActionDto {
  @ApiProperty({ example: 'شواهد ساعات آموزش پیوست شود' })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  comment!: string;
}

export class ReopenReportDto {
  @ApiProperty({ description: 'The version you last read (stale → 409)' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ example: 'رقم درآمد فصل پس از حسابرسی اصلاح شد' })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason!: string;
}

export class ReportQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: REPORT_STATUSES })
  @IsOptional()
  @IsIn(REPORT_STATUSES)
  status?: ReportStatus;

  @ApiPropertyOptional({ example: '1405-Q2' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  period?: string;
}

/** The chamber's review queue: submitted reports of every association, the longest waiting first. */
export class ReviewQueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '1405-Q2', description: 'Only this Jalali period' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  period?: string;
}
