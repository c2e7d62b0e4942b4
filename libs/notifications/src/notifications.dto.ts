import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@tashakkol/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { EMAIL_STATUSES, EmailStatus } from './notification.entity';

export class EmailDeliveryView {
  @ApiProperty({ enum: EMAIL_STATUSES, description: '`skipped`: no SMTP server was configured' })
  status!: EmailStatus;

  @ApiProperty({ description: 'Attempts made so far (failures are retried with backoff)' })
  attempts!: number;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  sentAt!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why the last attempt failed' })
  error!: string | null;
}

export class NotificationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'true: only the unread (`total` is then the unread count, for a bell); false: only the read',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsIn([true, false], { message: 'unread must be true or false' })
  unread?: boolean;
}

export class NotificationView {
  @ApiProperty({ example: '42' })
  id!: string;

  @ApiProperty({
    example: 'report_returned',
    description:
      'report_returned, report_due, report_missing, grant_over_limit, transition_pending, score_declining, phase_stalled',
  })
  kind!: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  associationId!: string | null;

  @ApiProperty()
  titleFa!: string;

  @ApiProperty()
  bodyFa!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ example: '1405/09/10' })
  createdAtJalali!: string;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  readAt!: string | null;

  @ApiProperty({ type: EmailDeliveryView })
  email!: EmailDeliveryView;
}

export class MarkedReadView {
  @ApiProperty({
    example: 3,
    description: 'How many unread notifications were marked read (0 when none were)',
  })
  marked!: number;
}
