import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Environment } from '@tashakkol/config';
import { IdentityModule } from '@tashakkol/identity';
import { QueueName } from '@tashakkol/shared';
import { EmailRelay } from './jobs/email-relay';
import { NotificationsProcessor } from './jobs/notifications.processor';
import { SendEmailJob } from './jobs/send-email.job';
import { MAIL_TRANSPORT, mailTransportFor } from './mail-transport';
import { NotificationDeliveryService } from './notification-delivery.service';
import { Notification } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationsProducer } from './notifications.producer';
import { NotificationsService } from './notifications.service';

/** Telling people it is their turn: used by every context that has something to tell. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Notification]),
    BullModule.registerQueue({ name: QueueName.Notifications }),
    IdentityModule,
  ],
  providers: [
    NotificationsService,
    NotificationsProducer,
    { provide: MAIL_TRANSPORT, inject: [Environment], useFactory: mailTransportFor },
  ],
  exports: [NotificationsService, NotificationsProducer, MAIL_TRANSPORT],
})
export class NotificationsModule {}

@Module({ imports: [NotificationsModule], controllers: [NotificationsController] })
export class NotificationsApiModule {}

/** Registered by apps/worker only: the e-mail relay and the queue's processor. */
@Module({
  imports: [NotificationsModule, IdentityModule],
  providers: [NotificationsProcessor, SendEmailJob, NotificationDeliveryService, EmailRelay],
})
export class NotificationsJobsModule {}
