import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CRITERIA, Criterion } from '../scoring/scoring.types';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class AssessedCriterionDto {
  @ApiProperty({ enum: CRITERIA, example: 'governance' })
  @IsIn(CRITERIA)
  criterion!: Criterion;

  @ApiProperty({ example: 72, description: "The expert's score, 0 to 100" })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  score!: number;

  @ApiProperty({ example: 'دبیرخانه فعال است ولی صورتجلسات کمیسیون ها ناقص است' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  comment!: string;
}

export class PutChamberAssessmentDto {
  @ApiProperty({ type: [AssessedCriterionDto], description: 'One to five criteria, each once' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => AssessedCriterionDto)
  criteria!: AssessedCriterionDto[];

  @ApiPropertyOptional({
    example: 1,
    description: 'The version last read; omitted only for the first assessment',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class AssessedCriterionView {
  @ApiProperty({ enum: CRITERIA })
  criterion!: Criterion;
  @ApiProperty({ example: 'حکمرانی' })
  nameFa!: string;
  @ApiProperty({ example: 72 })
  score!: number;
  @ApiProperty()
  comment!: string;
}

export class ChamberAssessmentView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ format: 'uuid' })
  associationId!: string;
  @ApiProperty({ example: '1405-Q2' })
  period!: string;
  @ApiProperty({ type: [AssessedCriterionView] })
  criteria!: AssessedCriterionView[];
  @ApiProperty({ format: 'uuid', description: 'The chamber expert who recorded it last' })
  assessedBy!: string;
  @ApiProperty()
  updatedAt!: Date;
  @ApiProperty({ example: '1405/04/12' })
  updatedAtJalali!: string;
  @ApiProperty({ example: 1 })
  version!: number;
}
