export * from './notification.entity';
export * from './mail-transport';
export * from './notifications.dto';
export * from './notifications.service';
export * from './notifications.producer';
export * from './notification-delivery.service';
export * from './notifications.module';
