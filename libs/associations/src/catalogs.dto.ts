import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const given = (field: string) => ValidateIf((o: Record<string, unknown>) => o[field] !== undefined);
const CODE = /^[a-z][a-z0-9_]*$/;
const CODE_MESSAGE = { message: 'code must be lower-case letters, digits and _' };

export class CreateCategoryDto {
  @ApiProperty({ example: 'پسته', maxLength: 150 })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(150)
  nameFa!: string;

  @ApiProperty({ example: 'Pistachio', maxLength: 150 })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(150)
  nameEn!: string;

  @ApiProperty({ example: '0125', description: 'ISIC Rev.4: section letter, division, group or class' })
  @Transform(trim)
  @IsString()
  @MaxLength(4)
  isic!: string;

  @ApiPropertyOptional({
    example: true,
    default: false,
    description: 'A category the chamber prioritises (رسته مدنظر اتاق)',
  })
  @IsOptional()
  @IsBoolean()
  priority?: boolean;
}

export class UpdateCategoryDto {
  @ApiProperty({ example: 1, description: 'The version you last read (stale → 409)' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ example: 'پسته و خشکبار', maxLength: 150 })
  @given('nameFa')
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(150)
  nameFa?: string;

  @ApiPropertyOptional({ example: 'Pistachio and nuts', maxLength: 150 })
  @given('nameEn')
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(150)
  nameEn?: string;

  @ApiPropertyOptional({ example: '1030' })
  @given('isic')
  @Transform(trim)
  @IsString()
  @MaxLength(4)
  isic?: string;

  @ApiPropertyOptional({ example: true })
  @given('priority')
  @IsBoolean()
  priority?: boolean;

  @ApiPropertyOptional({ example: true, description: 'false hides it from new associations' })
  @given('active')
  @IsBoolean()
  active?: boolean;
}

export class CreateCodedEntryDto {
  @ApiProperty({ example: 'chamber_council', maxLength: 32 })
  @Matches(CODE, CODE_MESSAGE)
  @MaxLength(32)
  code!: string;

  @ApiProperty({ example: 'شورا', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  nameFa!: string;

  @ApiProperty({ example: 'Council', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  nameEn!: string;

  @ApiPropertyOptional({ example: 10 })
  @IsOptional()
  @IsInt()
  @Min(-2_147_483_648)
  @Max(2_147_483_647)
  sortOrder?: number;
}

export class UpdateCodedEntryDto {
  @ApiProperty({ example: 1, description: 'The version you last read (stale → 409)' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ example: 'شورای هماهنگی', maxLength: 100 })
  @given('nameFa')
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  nameFa?: string;

  @ApiPropertyOptional({ example: 'Coordination council', maxLength: 100 })
  @given('nameEn')
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  nameEn?: string;

  @ApiPropertyOptional({ example: 20 })
  @given('sortOrder')
  @IsInt()
  @Min(-2_147_483_648)
  @Max(2_147_483_647)
  sortOrder?: number;

  @ApiPropertyOptional({ example: false })
  @given('active')
  @IsBoolean()
  active?: boolean;
}

export class CreateCriterionDto extends CreateCodedEntryDto {
  @ApiPropertyOptional({ example: 'آیا رسته از رسته های مدنظر اتاق است؟', maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;
}

export class UpdateCriterionDto extends UpdateCodedEntryDto {
  @ApiPropertyOptional({ maxLength: 1000, nullable: true })
  @ValidateIf((o: Record<string, unknown>) => o.description !== undefined && o.description !== null)
  @IsString()
  @MaxLength(1000)
  description?: string | null;
}
