import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Poller, withTimeout } from '@tashakkol/shared';
import { DataSource } from 'typeorm';
import { NotificationsProducer } from '../notifications.producer';

const RELAY_INTERVAL_MS = 500;
const RELAY_BATCH = 200;
/** A queue that does not answer in this time is treated as down: the rows stay for the next tick. */
const ENQUEUE_TIMEOUT_MS = 2000;

/**
 * Puts the e-mail of each new notification on the queue. Notifications are written in their
 * event's transaction (an outbox of their own); only after the queue took the jobs is the row
 * marked queued. SKIP LOCKED shares the rows among workers; the job id collapses a double enqueue.
 */
@Injectable()
export class EmailRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EmailRelay.name);
  private readonly poller = new Poller(RELAY_INTERVAL_MS, () => this.tick());

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly producer: NotificationsProducer,
  ) {}

  onApplicationBootstrap(): void {
    this.poller.start();
  }

  onApplicationShutdown(): void {
    this.poller.stop();
  }

  /** One pass; returns how many e-mails were queued. */
  async tick(): Promise<number> {
    try {
      return await this.db.transaction(async (em) => {
        const rows: { id: string }[] = await em.query(
          `SELECT id FROM notifications WHERE email_status = 'pending' AND email_queued_at IS NULL
            ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [RELAY_BATCH],
        );
        if (rows.length === 0) return 0;
        const ids = rows.map((r) => r.id);
        await withTimeout(this.producer.enqueueEmails(ids), ENQUEUE_TIMEOUT_MS);
        await em.query(`UPDATE notifications SET email_queued_at = now() WHERE id = ANY($1::bigint[])`, [
          ids,
        ]);
        return ids.length;
      });
    } catch (err) {
      // The queue is down: the rows stay unqueued for the next tick.
      this.logger.warn(`E-mail relay: ${err instanceof Error ? err.message : String(err)}; retrying`);
      return 0;
    }
  }
}
