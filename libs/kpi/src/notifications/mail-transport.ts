import { Logger } from '@nestjs/common';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** How e-mail leaves the platform; provide another implementation under {@link MAIL_TRANSPORT} to really send. */
export interface MailTransport {
  readonly name: string;
  send(message: MailMessage): Promise<void>;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** The default when no transport is configured: the mail is written to the log, never silently dropped. */
export class LoggingMailTransport implements MailTransport {
  readonly name = 'log';
  private readonly logger = new Logger('Mail');

  async send(message: MailMessage): Promise<void> {
    this.logger.log(`(no mail transport configured) to=${message.to} subject="${message.subject}"`);
  }
}
