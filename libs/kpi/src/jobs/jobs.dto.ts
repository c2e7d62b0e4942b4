import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto, QueueName } from '@tashakkol/shared';

export const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export class JobsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: Object.values(QueueName), description: 'One queue; every queue when omitted' })
  @IsOptional()
  @IsIn(Object.values(QueueName))
  queue?: QueueName;

  @ApiPropertyOptional({
    enum: JOB_STATES,
    isArray: false,
    description: 'One state; queued, active and failed when omitted',
  })
  @IsOptional()
  @IsIn(JOB_STATES)
  state?: JobState;
}

/** One background job as the admin sees it. */
export class JobViewDto {
  @ApiProperty({ example: 'kpi' })
  queue!: string;

  @ApiProperty({ example: 'kpi:<associationId>:1405-Q2-r1' })
  id!: string;

  @ApiProperty({ example: 'kpi.score-report' })
  name!: string;

  @ApiProperty({ example: 'failed' })
  state!: string;

  @ApiProperty()
  attemptsMade!: number;

  @ApiProperty()
  maxAttempts!: number;

  @ApiProperty({ type: String, nullable: true })
  failedReason!: string | null;

  @ApiProperty({ description: 'The job’s payload' })
  data!: unknown;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  processedAt!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  finishedAt!: string | null;
}
