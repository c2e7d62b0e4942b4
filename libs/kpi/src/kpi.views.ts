import { ApiProperty } from '@nestjs/swagger';
import { ALERT_KINDS, AlertKind } from './alerts/kpi-alert.entity';

const instant = { type: String, format: 'date-time' };
const instantOrNull = { ...instant, nullable: true };

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
