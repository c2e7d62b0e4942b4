import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler, JobPayloads, QueueName } from '@tashakkol/shared';
import { DeliveryOutcome, NotificationDeliveryService } from '../notification-delivery.service';

@Injectable()
@HandlesJob(QueueName.Notifications, 'notifications.send-email')
export class SendEmailJob implements JobHandler<'notifications.send-email'> {
  constructor(private readonly delivery: NotificationDeliveryService) {}

  handle(data: JobPayloads['notifications.send-email']): Promise<DeliveryOutcome> {
    return this.delivery.deliver(data.notificationId);
  }
}
