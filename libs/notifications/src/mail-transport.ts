import { Logger } from '@nestjs/common';
import { Environment } from '@tashakkol/config';
import { createTransport, Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** How e-mail leaves the platform. */
export interface MailTransport {
  /** False when no SMTP server is configured: notifications stay in-app (`skipped`). */
  readonly configured: boolean;
  send(message: MailMessage): Promise<void>;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** SMTP through nodemailer, to the server of `SMTP_URL`. */
export class SmtpMailTransport implements MailTransport {
  readonly configured = true;
  private readonly transporter: Transporter;

  constructor(url: string, from: string) {
    // Bounded waits: a server that does not answer fails the attempt, and BullMQ retries it later.
    this.transporter = createTransport(
      { url, connectionTimeout: 10000, greetingTimeout: 10000, socketTimeout: 20000 },
      { from },
    );
  }

  async send(message: MailMessage): Promise<void> {
    await this.transporter.sendMail(message);
  }
}

/** Without SMTP_URL: nothing is sent (the notification is only in-app), and the log says so once. */
export class NoMailTransport implements MailTransport {
  readonly configured = false;

  constructor() {
    new Logger('Mail').log('SMTP_URL is not set: notifications are in-app only');
  }

  async send(): Promise<void> {
    throw new Error('no SMTP server is configured (SMTP_URL)');
  }
}

export function mailTransportFor(env: Environment): MailTransport {
  return env.SMTP_URL ? new SmtpMailTransport(env.SMTP_URL, env.MAIL_FROM) : new NoMailTransport();
}
