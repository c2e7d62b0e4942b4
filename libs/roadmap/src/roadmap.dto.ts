import { ApiPropertyOptional } from '@nestjs/swagger';
import { ASSOCIATION_SCOPES, AssociationScope, PHASE_KEYS, PhaseKey } from '@tashakkol/associations';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** The filters every figure of the overview obeys (the association's classification and phase, a Jalali year). */
export class RoadmapQueryDto {
  @ApiPropertyOptional({
    example: 1,
    description: 'Sector category (رسته), an id of GET /catalogs/categories',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  categoryId?: number;

  @ApiPropertyOptional({ example: 'association', description: 'A code of GET /catalogs/legal-forms' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  legalForm?: string;

  @ApiPropertyOptional({ enum: ASSOCIATION_SCOPES })
  @IsOptional()
  @IsIn(ASSOCIATION_SCOPES)
  scope?: AssociationScope;

  @ApiPropertyOptional({ example: 'کرمان' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string;

  @ApiPropertyOptional({
    example: 1405,
    description: 'Jalali year: narrows grants, outcomes, completeness, scores, movers and overdue milestones',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1300)
  @Max(1500)
  fiscalYear?: number;

  @ApiPropertyOptional({ enum: PHASE_KEYS, description: "The associations' current phase" })
  @IsOptional()
  @IsIn(PHASE_KEYS)
  phase?: PhaseKey;
}

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export class RoadmapExportQueryDto extends RoadmapQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}

export class AssociationRoadmapQueryDto {
  @ApiPropertyOptional({ example: 1405, description: 'Jalali year: narrows grants, scores and completeness' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1300)
  @Max(1500)
  fiscalYear?: number;
}

export class AssociationRoadmapExportQueryDto extends AssociationRoadmapQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}
