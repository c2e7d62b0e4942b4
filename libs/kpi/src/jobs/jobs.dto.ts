import { ApiPropertyOptional } from '@nestjs/swagger';
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
