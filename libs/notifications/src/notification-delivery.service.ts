import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RecipientDirectory } from '@tashakkol/identity';
import { DataSource } from 'typeorm';
import { MAIL_TRANSPORT, MailTransport } from './mail-transport';

/** A claim older than this belongs to an attempt that died mid-send; another may take it over. */
const CLAIM_TTL = '10 minutes';

export type DeliveryOutcome = 'sent' | 'not-due' | 'no-recipient';

@Injectable()
export class NotificationDeliveryService {
  private readonly logger = new Logger(NotificationDeliveryService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly recipients: RecipientDirectory,
    @Inject(MAIL_TRANSPORT) private readonly mail: MailTransport,
  ) {}

  /**
   * E-mails one notification. The claim is committed before the send, so a second run of the job
   * (or a second worker) finds it claimed or sent and sends nothing. A failure is recorded on the
   * row and rethrown for BullMQ to retry with backoff.
   */
  async deliver(notificationId: string): Promise<DeliveryOutcome> {
    const claimed: { user_id: string; title_fa: string; body_fa: string; email_attempts: number }[][] =
      await this.db.query(
        `UPDATE notifications SET email_claimed_at = now(), email_attempts = email_attempts + 1
          WHERE id = $1 AND email_status IN ('pending', 'failed')
            AND (email_claimed_at IS NULL OR email_claimed_at < now() - interval '${CLAIM_TTL}')
          RETURNING user_id, title_fa, body_fa, email_attempts`,
        [notificationId],
      );
    // node-postgres answers an UPDATE … RETURNING through TypeORM as [rows, count].
    const row = claimed[0]?.[0];
    if (!row) return 'not-due';
    const contact = await this.recipients.contactOf(row.user_id);
    if (!contact) {
      await this.db.query(
        `UPDATE notifications SET email_status = 'skipped', email_claimed_at = NULL, email_error = $2 WHERE id = $1`,
        [notificationId, 'the recipient is no longer an active user'],
      );
      return 'no-recipient';
    }
    try {
      await this.mail.send({ to: contact.email, subject: row.title_fa, text: row.body_fa });
    } catch (err) {
      const reason = (err instanceof Error ? err.message : String(err)).slice(0, 500);
      await this.db.query(
        `UPDATE notifications SET email_status = 'failed', email_claimed_at = NULL, email_error = $2 WHERE id = $1`,
        [notificationId, reason],
      );
      this.logger.warn(
        `E-mail of notification ${notificationId} failed (attempt ${row.email_attempts}): ${reason}`,
      );
      throw err;
    }
    await this.db.query(
      `UPDATE notifications SET email_status = 'sent', emailed_at = now(), email_claimed_at = NULL, email_error = NULL
        WHERE id = $1`,
      [notificationId],
    );
    return 'sent';
  }
}
