import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';

export class UpdateKpiSettingsDto {
  @ApiPropertyOptional({ example: 85, description: 'Composite at or above which the grade is A' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  gradeA?: number;

  @ApiPropertyOptional({ example: 70 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  gradeB?: number;

  @ApiPropertyOptional({ example: 50, description: 'Below this the grade is D' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  gradeC?: number;

  @ApiPropertyOptional({ example: 85, description: "Yearly rating's composite at or above which it is A" })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  ratingGradeA?: number;

  @ApiPropertyOptional({ example: 70 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  ratingGradeB?: number;

  @ApiPropertyOptional({ example: 50, description: 'Below this the yearly rating is D' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  ratingGradeC?: number;

  @ApiPropertyOptional({
    example: 180,
    description: 'Days in one phase after which a "phase stalled" alert is raised',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  stallDays?: number;

  @ApiPropertyOptional({
    example: 15,
    description: 'Days after the end of a period before a missing report raises an alert',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  reportGraceDays?: number;

  @ApiProperty({ example: 1, description: 'The version last read' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class KpiSettingsView {
  @ApiProperty({ example: 85, description: "A period's progress grade: A at or above" })
  gradeA!: number;
  @ApiProperty({ example: 70 })
  gradeB!: number;
  @ApiProperty({ example: 50 })
  gradeC!: number;
  @ApiProperty({ example: 85, description: 'The yearly rating: A at or above' })
  ratingGradeA!: number;
  @ApiProperty({ example: 70 })
  ratingGradeB!: number;
  @ApiProperty({ example: 50 })
  ratingGradeC!: number;
  @ApiProperty({ example: 180 })
  stallDays!: number;
  @ApiProperty({ example: 15 })
  reportGraceDays!: number;
  @ApiProperty({ example: 1 })
  version!: number;
  @ApiProperty()
  updatedAt!: Date;
}
