import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { PageQueryDto } from '@tashakkol/shared';
import {
  AXES,
  Axis,
  CRITERIA,
  Criterion,
  DIRECTIONS,
  Direction,
  FREQUENCIES,
  Frequency,
  INDICATOR_KINDS,
  IndicatorKind,
  UNITS,
  Unit,
} from './indicator.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const toBool = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class CreateIndicatorDto {
  @ApiProperty({ example: 'training_hours_per_member', description: 'lower-case letters, digits and _' })
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, {
    message: 'code must be 2-40 lower-case letters, digits or _, starting with a letter',
  })
  code!: string;

  @ApiProperty({ example: 'ساعت آموزش به ازای هر عضو' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  nameFa!: string;

  @ApiProperty({ example: 'Training hours per member' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  nameEn!: string;

  @ApiProperty({ enum: AXES })
  @IsIn(AXES)
  axis!: Axis;

  @ApiProperty({ enum: CRITERIA })
  @IsIn(CRITERIA)
  criterion!: Criterion;

  @ApiProperty({ enum: UNITS })
  @IsIn(UNITS)
  unit!: Unit;

  @ApiProperty({ enum: DIRECTIONS })
  @IsIn(DIRECTIONS)
  direction!: Direction;

  @ApiProperty({ enum: INDICATOR_KINDS })
  @IsIn(INDICATOR_KINDS)
  kind!: IndicatorKind;

  @ApiPropertyOptional({
    nullable: true,
    example: 'training_hours / members_count',
    description: 'Derived only: numbers, indicator codes of the same frequency, + - * / and parentheses',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  formula?: string | null;

  @ApiProperty({ enum: FREQUENCIES })
  @IsIn(FREQUENCIES)
  frequency!: Frequency;

  @ApiProperty({ example: 1.5, minimum: 0, maximum: 100 })
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0)
  @Max(100)
  defaultWeight!: number;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  publicPolicy?: boolean;

  @ApiPropertyOptional({
    nullable: true,
    example: 30,
    description: 'The common target of a public-policy indicator',
  })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsNumber()
  publicTarget?: number | null;

  @ApiPropertyOptional({
    nullable: true,
    example: 120,
    description: 'Achievement cap in percent (120 when null)',
  })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsNumber()
  @Min(100)
  @Max(1000)
  capPercent?: number | null;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateIndicatorDto extends PartialType(OmitType(CreateIndicatorDto, ['code'] as const)) {
  @ApiProperty({ description: 'The version you last read (stale → 409)' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class IndicatorQueryDto extends PageQueryDto {
  /** The whole catalog fits one page by default. */
  override pageSize = 100;

  @ApiPropertyOptional({ enum: AXES })
  @IsOptional()
  @IsIn(AXES)
  axis?: Axis;

  @ApiPropertyOptional({ enum: CRITERIA })
  @IsOptional()
  @IsIn(CRITERIA)
  criterion?: Criterion;

  @ApiPropertyOptional({ enum: FREQUENCIES })
  @IsOptional()
  @IsIn(FREQUENCIES)
  frequency?: Frequency;

  @ApiPropertyOptional({ description: 'Only active (true) or inactive (false) indicators' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  active?: boolean;
}
