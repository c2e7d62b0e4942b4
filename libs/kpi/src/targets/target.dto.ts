import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export class TargetInputDto {
  @ApiProperty({ example: 'training_hours_per_member' })
  @IsString()
  @MaxLength(40)
  indicatorCode!: string;

  @ApiProperty({ example: 2, description: 'Where the association stands today' })
  @IsNumber()
  baseline!: number;

  @ApiPropertyOptional({
    example: 6,
    description: 'Required, except for public-policy indicators (their common target applies)',
  })
  @IsOptional()
  @IsNumber()
  target?: number;

  @ApiPropertyOptional({
    nullable: true,
    example: 3,
    description: "Overrides the catalog's default weight; null restores it",
  })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0)
  @Max(100)
  weight?: number | null;

  @ApiPropertyOptional({
    description: 'The version of the target you last read; required to change an existing one',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class PutTargetsDto {
  @ApiProperty({ type: [TargetInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => TargetInputDto)
  targets!: TargetInputDto[];
}

export class AgreeTargetsDto {
  @ApiPropertyOptional({
    type: [String],
    description: 'The targets the board agrees to; all of them when omitted',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  indicatorCodes?: string[];
}

export class TargetView {
  @ApiProperty() indicatorCode!: string;
  @ApiProperty() nameFa!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty() unit!: string;
  @ApiProperty() direction!: string;
  @ApiProperty() frequency!: string;
  @ApiProperty() publicPolicy!: boolean;
  @ApiProperty({ nullable: true, type: String, example: '2' }) baseline!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '6' }) target!: string | null;
  @ApiProperty({ type: String, example: '3', description: 'The weight in force (override or default)' })
  weight!: string;
  @ApiProperty({ nullable: true, type: String }) weightOverride!: string | null;
  @ApiProperty({ enum: ['association', 'public_policy', 'none'], description: 'Where the target comes from' })
  source!: 'association' | 'public_policy' | 'none';
  @ApiProperty({ nullable: true, type: Date }) agreedAt!: Date | null;
  @ApiProperty({ nullable: true, type: String, example: '1405/09/02' }) agreedAtJalali!: string | null;
  @ApiProperty({ nullable: true, type: String }) agreedBy!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'null until the association has its own row' })
  version!: number | null;
}

export class AgreementView {
  @ApiProperty() met!: boolean;
  @ApiProperty({ type: [String], description: 'Indicator codes not yet agreed' }) missing!: string[];
}

export class TargetsView {
  @ApiProperty() associationId!: string;
  @ApiProperty({ type: [TargetView] }) items!: TargetView[];
  @ApiProperty({
    type: AgreementView,
    description: 'The gate of phase 5: indicators agreed with baselines and targets',
  })
  agreement!: AgreementView;
}
