import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { AXES, CRITERIA } from './scoring.types';

export class ScoresQueryDto {
  @ApiPropertyOptional({
    example: '1405-Q2',
    description: 'Jalali period; the latest scored period when omitted',
  })
  @IsOptional()
  @Matches(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, {
    message: 'period: must be a Jalali period like 1405-07, 1405-Q2 or 1405',
  })
  period?: string;
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

export class PeersView {
  @ApiProperty({ example: 12 }) peers!: number;
  @ApiProperty({ nullable: true, type: Number }) average!: number | null;
  @ApiProperty({ nullable: true, type: Number }) best!: number | null;
  @ApiProperty({ nullable: true, type: Number }) rank!: number | null;
  @ApiProperty({ nullable: true, type: Number }) vsAverage!: number | null;
  @ApiProperty({ nullable: true, type: Number }) vsBest!: number | null;
}

export class CategoryPeersView extends PeersView {
  @ApiProperty({ example: 3 }) categoryId!: number;
}

export class PositionView extends PeersView {
  @ApiProperty({
    type: CategoryPeersView,
    nullable: true,
    description: 'Among the same sector category (رسته)',
  })
  category!: CategoryPeersView | null;
}

export class PeriodCompositeView {
  @ApiProperty({ example: '1405-Q1' }) period!: string;
  @ApiProperty({ example: 72.5 }) composite!: number;
}

export class TrendView {
  @ApiProperty({ enum: ['up', 'down', 'flat', 'new'] }) direction!: string;
  @ApiProperty({ nullable: true, type: String }) previousPeriod!: string | null;
  @ApiProperty({ nullable: true, type: Number }) previous!: number | null;
  @ApiProperty({ nullable: true, type: Number }) delta!: number | null;
  @ApiProperty({ type: [PeriodCompositeView] }) series!: PeriodCompositeView[];
}

export class IndicatorScoreView {
  @ApiProperty({
    example: 'chamber_funding_share',
    description: 'A catalog code, or chamber_assessment.<criterion>',
  })
  code!: string;
  @ApiProperty() nameFa!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ enum: AXES }) axis!: string;
  @ApiProperty({ enum: CRITERIA }) criterion!: string;
  @ApiProperty() unit!: string;
  @ApiProperty({ enum: ['higher', 'lower'] }) direction!: string;
  @ApiProperty() derived!: boolean;
  @ApiProperty({ nullable: true, type: Number }) value!: number | null;
  @ApiProperty({ nullable: true, type: Number }) baseline!: number | null;
  @ApiProperty({ nullable: true, type: Number }) target!: number | null;
  @ApiProperty() weight!: number;
  @ApiProperty({ nullable: true, type: Number }) achievement!: number | null;
  @ApiProperty({ enum: ['scored', 'no_value', 'no_target'] }) status!: string;
}

export class ScoreView {
  @ApiProperty({ format: 'uuid' }) associationId!: string;
  @ApiProperty({
    enum: ['progress'],
    description: "A period's score shows progress; the year's one grade is GET /associations/{id}/rating",
  })
  kind!: 'progress';
  @ApiProperty({ example: '1405-Q2' }) period!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ nullable: true, type: Number }) composite!: number | null;
  @ApiProperty({ nullable: true, enum: ['A', 'B', 'C', 'D'] }) grade!: string | null;
  @ApiProperty({ type: TrendView }) trend!: TrendView;
  @ApiProperty({ type: AxesScoresView }) axes!: AxesScoresView;
  @ApiProperty({ type: CriteriaScoresView }) criteria!: CriteriaScoresView;
  @ApiProperty({ type: [IndicatorScoreView] }) indicators!: IndicatorScoreView[];
  @ApiProperty({ type: PositionView }) position!: PositionView;
  @ApiProperty() computedAt!: Date;
  @ApiProperty({ example: '1405/04/20' }) computedAtJalali!: string;
}
