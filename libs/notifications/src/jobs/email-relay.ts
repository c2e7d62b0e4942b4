import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotificationsProducer } from '../notifications.producer';

const RELAY_INTERVAL_MS = 500;
const RELAY_BATCH = 200;

/**
 * Puts the e-mail of each new notification on the queue. Notifications are written in their
 * event's transaction (an outbox of their own); only after the queue took the jobs is the row
 * marked queued. SKIP LOCKED shares the rows among workers; the job id collapses a double enqueue.
 */
@Injectable()
export class EmailRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EmailRelay.name);
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly producer: NotificationsProducer,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick().finally(() => this.schedule()), RELAY_INTERVAL_MS);
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
        await this.producer.enqueueEmails(ids);
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
