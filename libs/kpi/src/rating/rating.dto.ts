import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { AXES, CRITERIA } from '../scoring/scoring.types';

export class RatingQueryDto {
  @ApiPropertyOptional({ example: 1404, description: 'Jalali year; the latest rated year when omitted' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year: must be a Jalali year like 1405' })
  @Min(1300, { message: 'year: must be a Jalali year like 1405' })
  @Max(1500, { message: 'year: must be a Jalali year like 1405' })
  year?: number;
}

export class CriteriaScoresView {
  @ApiProperty({ nullable: true, type: Number }) governance!: number | null;
  @ApiProperty({ nullable: true, type: Number }) membership!: number | null;
  @ApiProperty({ nullable: true, type: Number }) services!: number | null;
  @ApiProperty({ nullable: true, type: Number }) policy_influence!: number | null;
  @ApiProperty({ nullable: true, type: Number }) regulation!: number | null;
}

export class AxesScoresView {
  @ApiProperty({ nullable: true, type: Number }) chamber!: number | null;
  @ApiProperty({ nullable: true, type: Number }) association!: number | null;
  @ApiProperty({ nullable: true, type: Number }) members!: number | null;
}

export class RatedIndicatorView {
  @ApiProperty({ example: 'fee_collection_rate' }) code!: string;
  @ApiProperty() nameFa!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ enum: AXES }) axis!: string;
  @ApiProperty({ enum: CRITERIA }) criterion!: string;
  @ApiProperty({ example: 2 }) weight!: number;
  @ApiProperty({ example: 81.5, description: 'Mean achievement over the periods it was scored in' })
  achievement!: number;
  @ApiProperty({ example: 4, description: 'How many periods of the year it was scored in' })
  periods!: number;
}

export class RatingCoverageView {
  @ApiProperty({ example: 4 }) quarters!: number;
  @ApiProperty({ example: 0 }) months!: number;
  @ApiProperty({ example: true }) yearly!: boolean;
}

export class RatingPeersView {
  @ApiProperty({ example: 12 }) peers!: number;
  @ApiProperty({ nullable: true, type: Number }) average!: number | null;
  @ApiProperty({ nullable: true, type: Number }) best!: number | null;
  @ApiProperty({ nullable: true, type: Number }) rank!: number | null;
  @ApiProperty({ nullable: true, type: Number }) vsAverage!: number | null;
  @ApiProperty({ nullable: true, type: Number }) vsBest!: number | null;
}

export class RatingCategoryPeersView extends RatingPeersView {
  @ApiProperty({ example: 3 }) categoryId!: number;
}

export class RatingPositionView extends RatingPeersView {
  @ApiProperty({
    type: RatingCategoryPeersView,
    nullable: true,
    description: 'Among the same sector category (رسته)',
  })
  category!: RatingCategoryPeersView | null;
}

export class RatingThresholdsView {
  @ApiProperty({ example: 85 }) A!: number;
  @ApiProperty({ example: 70 }) B!: number;
  @ApiProperty({ example: 50 }) C!: number;
}

export class YearlyRatingView {
  @ApiProperty({ format: 'uuid' }) associationId!: string;
  @ApiProperty({ enum: ['rating'], description: "The year's one rating (a period's scores are `progress`)" })
  kind!: 'rating';
  @ApiProperty({ example: 1404 }) year!: number;
  @ApiProperty({ nullable: true, type: Number, example: 78.4 }) composite!: number | null;
  @ApiProperty({ nullable: true, enum: ['A', 'B', 'C', 'D'] }) grade!: 'A' | 'B' | 'C' | 'D' | null;
  @ApiProperty({ type: RatingThresholdsView, description: "The rating's thresholds the admin set" })
  thresholds!: RatingThresholdsView;
  @ApiProperty({ type: CriteriaScoresView, description: "The national chamber's five criteria" })
  criteria!: CriteriaScoresView;
  @ApiProperty({ type: AxesScoresView }) axes!: AxesScoresView;
  @ApiProperty({ type: [RatedIndicatorView] }) indicators!: RatedIndicatorView[];
  @ApiProperty({
    type: [String],
    example: ['1404', '1404-Q1', '1404-Q2'],
    description: 'Periods that went in (accepted reports: declared and verified)',
  })
  periods!: string[];
  @ApiProperty({ type: RatingCoverageView }) coverage!: RatingCoverageView;
  @ApiProperty({ type: RatingPositionView }) position!: RatingPositionView;
  @ApiProperty() computedAt!: Date;
  @ApiProperty({ example: '1405/01/15' }) computedAtJalali!: string;
}
