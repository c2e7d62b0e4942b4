import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Environment } from '@tashakkol/config';
import { jobIds, JobName, JobPayloads, QueueName } from '@tashakkol/shared';
import { Queue } from 'bullmq';

@Injectable()
export class NotificationsProducer {
  constructor(
    @InjectQueue(QueueName.Notifications) private readonly queue: Queue,
    private readonly env: Environment,
  ) {}

  /** One e-mail job per notification; its id collapses a second enqueue of the same one. */
  async enqueueEmails(notificationIds: string[]): Promise<void> {
    const name: JobName = 'notifications.send-email';
    await this.queue.addBulk(
      notificationIds.map((notificationId) => ({
        name,
        data: { notificationId } satisfies JobPayloads['notifications.send-email'],
        opts: {
          jobId: jobIds.sendEmail(notificationId),
          attempts: this.env.MAIL_ATTEMPTS,
          backoff: { type: 'exponential', delay: this.env.MAIL_RETRY_DELAY_MS },
          removeOnComplete: { count: 1000 },
          removeOnFail: { count: 5000 },
        },
      })),
    );
  }
}
