import { ApiProperty } from '@nestjs/swagger';
import { ALERT_KINDS, AlertKind } from './alerts/kpi-alert.entity';
import { AXES, CRITERIA } from './scoring/scoring.types';

const instant = { type: String, format: 'date-time' };
const instantOrNull = { ...instant, nullable: true };
const score = {
  type: Number,
  nullable: true,
  example: 72.5,
  description: '0–100 (null when nothing scored)',
};

export class PeriodCompositeView {
  @ApiProperty({ example: '1405-Q1' }) period!: string;
  @ApiProperty() composite!: number;
}

export class TrendView {
  @ApiProperty({ enum: ['up', 'down', 'flat', 'new'] }) direction!: string;
  @ApiProperty({ type: String, nullable: true }) previousPeriod!: string | null;
  @ApiProperty({ type: Number, nullable: true }) previous!: number | null;
  @ApiProperty({ type: Number, nullable: true }) delta!: number | null;
  @ApiProperty({ type: [PeriodCompositeView], description: 'Earlier composites, oldest first' })
  series!: PeriodCompositeView[];
}

export class AxesView {
  @ApiProperty(score) chamber!: number | null;
  @ApiProperty(score) association!: number | null;
  @ApiProperty(score) members!: number | null;
}

export class CriteriaView {
  @ApiProperty(score) governance!: number | null;
  @ApiProperty(score) membership!: number | null;
  @ApiProperty(score) services!: number | null;
  @ApiProperty(score) policy_influence!: number | null;
  @ApiProperty(score) regulation!: number | null;
}

export class IndicatorScoreView {
  @ApiProperty() code!: string;
  @ApiProperty() nameFa!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ enum: AXES }) axis!: string;
  @ApiProperty({ enum: CRITERIA }) criterion!: string;
  @ApiProperty() unit!: string;
  @ApiProperty({ enum: ['higher', 'lower'] }) direction!: string;
  @ApiProperty() derived!: boolean;
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  @ApiProperty({ type: Number, nullable: true }) baseline!: number | null;
  @ApiProperty({ type: Number, nullable: true }) target!: number | null;
  @ApiProperty() weight!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Percent of the target reached (capped)' })
  achievement!: number | null;
  @ApiProperty({ enum: ['scored', 'no_value', 'no_target'] }) status!: string;
}

export class PeerPositionView {
  @ApiProperty({ description: 'Associations scored for the same period' }) peers!: number;
  @ApiProperty({ type: Number, nullable: true }) average!: number | null;
  @ApiProperty({ type: Number, nullable: true }) best!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '1 = best' }) rank!: number | null;
  @ApiProperty({ type: Number, nullable: true }) vsAverage!: number | null;
  @ApiProperty({ type: Number, nullable: true }) vsBest!: number | null;
}

export class CategoryPositionView extends PeerPositionView {
  @ApiProperty() categoryId!: number;
}

export class PositionView extends PeerPositionView {
  @ApiProperty({ type: CategoryPositionView, nullable: true, description: 'Among its sector category' })
  category!: CategoryPositionView | null;
}

/** An association's scores for one period, as the worker computed them. */
export class ScoresView {
  @ApiProperty({ format: 'uuid' }) associationId!: string;
  @ApiProperty({
    enum: ['progress'],
    description: 'A period’s score shows progress; the yearly rating grades',
  })
  kind!: 'progress';
  @ApiProperty({ example: '1405-Q2' }) period!: string;
  @ApiProperty() revision!: number;
  @ApiProperty(score) composite!: number | null;
  @ApiProperty({ type: String, enum: ['A', 'B', 'C', 'D'], nullable: true }) grade!: string | null;
  @ApiProperty({ type: TrendView }) trend!: TrendView;
  @ApiProperty({ type: AxesView }) axes!: AxesView;
  @ApiProperty({ type: CriteriaView }) criteria!: CriteriaView;
  @ApiProperty({ type: [IndicatorScoreView] }) indicators!: IndicatorScoreView[];
  @ApiProperty({ type: PositionView }) position!: PositionView;
  @ApiProperty(instant) computedAt!: Date;
  @ApiProperty({ example: '1405/09/10' }) computedAtJalali!: string;
}

export class AlertView {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'uuid' }) associationId!: string;
  @ApiProperty({ enum: ALERT_KINDS }) kind!: AlertKind;
  @ApiProperty() period!: string;
  @ApiProperty() messageFa!: string;
  @ApiProperty() messageEn!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  details!: Record<string, unknown> | null;
  @ApiProperty(instant) createdAt!: Date;
  @ApiProperty({ example: '1405/09/10' }) createdAtJalali!: string;
  @ApiProperty(instantOrNull) resolvedAt!: Date | null;
}

export class NotificationView {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) associationId!: string | null;
  @ApiProperty({ example: 'report_returned' }) kind!: string;
  @ApiProperty() titleFa!: string;
  @ApiProperty() bodyFa!: string;
  @ApiProperty(instant) createdAt!: Date;
  @ApiProperty({ example: '1405/09/10' }) createdAtJalali!: string;
  @ApiProperty(instantOrNull) readAt!: Date | null;
  @ApiProperty(instantOrNull) emailedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true }) emailError!: string | null;
}

export class JobView {
  @ApiProperty({ example: 'kpi' }) queue!: string;
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'kpi.score-association' }) name!: string;
  @ApiProperty({ example: 'failed' }) state!: string;
  @ApiProperty() attemptsMade!: number;
  @ApiProperty() maxAttempts!: number;
  @ApiProperty({ type: String, nullable: true }) failedReason!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The job’s payload' })
  data!: unknown;
  @ApiProperty(instant) createdAt!: string;
  @ApiProperty(instantOrNull) processedAt!: string | null;
  @ApiProperty(instantOrNull) finishedAt!: string | null;
}

/** Beside the page of jobs: per queue, jobs per state. */
export const JOB_COUNTS_SCHEMA = {
  type: 'object',
  additionalProperties: { type: 'object', additionalProperties: { type: 'number' } },
  description: 'Per queue, jobs per state',
} as const;
