import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PHASE_KEYS, PhaseKey } from '@tashakkol/associations';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class TransitionDto {
  @ApiProperty({ enum: PHASE_KEYS, example: 'diagnosis' })
  @IsIn(PHASE_KEYS)
  to!: PhaseKey;

  @ApiPropertyOptional({ example: 'اعضای موسس کافی نیستند', description: 'Required when moving back' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiProperty({ example: 1, description: 'The lifecycle version you last read (stale → 409)' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class DecideTransitionDto {
  @ApiProperty({ example: 2, description: 'The lifecycle version you last read (stale → 409)' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ example: 'مستندات کافی است' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class PhaseNoteDto {
  @ApiProperty({ example: 'moral' })
  @Matches(/^[a-z][a-z0-9_]{1,47}$/, { message: 'code must be snake_case letters and digits' })
  code!: string;

  @ApiProperty({ example: 'حمایت معنوی' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  textFa!: string;

  @ApiProperty({ example: 'Moral support' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  textEn!: string;
}

export class PhaseWordingDto {
  @ApiProperty({ enum: PHASE_KEYS })
  @IsIn(PHASE_KEYS)
  phase!: PhaseKey;

  @ApiPropertyOptional({
    type: [PhaseNoteDto],
    description: 'Replaces the precautions of the phase (احتیاطات اتاق)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => PhaseNoteDto)
  precautions?: PhaseNoteDto[];
}

export class UpdateLifecycleSettingsDto {
  @ApiProperty({ example: 1, description: 'The settings version you last read (stale → 409)' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 60 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  potentialThreshold?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, example: 7 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  minFoundingMembers?: number;

  @ApiPropertyOptional({ description: 'Staff propose transitions; an approver or the admin approves' })
  @IsOptional()
  @IsBoolean()
  transitionsNeedApproval?: boolean;

  @ApiPropertyOptional({ type: [PhaseWordingDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => PhaseWordingDto)
  phases?: PhaseWordingDto[];
}
