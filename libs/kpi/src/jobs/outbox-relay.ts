import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Environment } from '@tashakkol/config';
import { PgListener } from '@tashakkol/database';
import { Poller, RescoreReason, withTimeout } from '@tashakkol/shared';
import { DataSource } from 'typeorm';
import { KpiProducer } from './kpi.producer';

export const RELAY_INTERVAL_MS = 200;
const RELAY_BATCH = 100;
/** Written by the trigger on `kpi_outbox` (migration KpiOutboxNotify): a row is waiting. */
export const OUTBOX_CHANNEL = 'kpi_outbox';
/** A queue that does not answer in this time is treated as down; the row stays for the next tick. */
const ENQUEUE_TIMEOUT_MS = 2000;

interface OutboxRow {
  id: string;
  association_id: string;
  period: string;
  revision: number;
  reason: 'accepted' | RescoreReason;
  attempts: number;
}

/**
 * Moves `kpi_outbox` rows (written in the acceptance's transaction) onto the queue. A row is
 * marked dispatched only after the queue took the job; while Redis is down the row stays, its
 * attempts and last error are counted, and the next tick tries again. Several workers may run:
 * SKIP LOCKED gives each row to one of them, and the job id makes a double dispatch collapse.
 * Each insert NOTIFYs the relay, which runs at once; the poll catches what a lost connection missed.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly poller = new Poller(RELAY_INTERVAL_MS, () => this.tick());
  private readonly listener: PgListener;
  private running = false;
  /** A notification came while a pass was running: run once more after it. */
  private again = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly producer: KpiProducer,
    env: Environment,
  ) {
    this.listener = new PgListener(env.DATABASE_URL, OUTBOX_CHANNEL, () => this.wake());
  }

  onApplicationBootstrap(): void {
    this.listener.start();
    this.poller.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.poller.stop();
    await this.listener.close();
  }

  private wake(): void {
    if (this.running) this.again = true;
    else void this.tick();
  }

  /** One pass over the pending rows; returns how many were dispatched. */
  async tick(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      return await this.dataSource.transaction(async (em) => {
        const rows: OutboxRow[] = await em.query(
          `SELECT id, association_id, period, revision, reason, attempts FROM kpi_outbox
           WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [RELAY_BATCH],
        );
        let dispatched = 0;
        for (const row of rows) {
          try {
            await withTimeout(
              row.reason === 'accepted'
                ? this.producer.scoreReport(row.association_id, row.period, row.revision)
                : this.producer.rescore(row.association_id, row.reason, row.id),
              ENQUEUE_TIMEOUT_MS,
            );
            await em.query(
              `UPDATE kpi_outbox SET dispatched_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`,
              [row.id],
            );
            dispatched++;
          } catch (err) {
            const reason = err instanceof Error ? err.message : String(err);
            await em.query(`UPDATE kpi_outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [
              row.id,
              reason.slice(0, 1000),
            ]);
            this.logger.warn(
              `Outbox row ${row.id} (${row.association_id} ${row.period} r${row.revision}) not dispatched, attempt ${row.attempts + 1}: ${reason}; retrying next tick`,
            );
            // The queue is down: the rest of the batch would fail the same way.
            break;
          }
        }
        return dispatched;
      });
    } catch (err) {
      this.logger.error(`Outbox relay failed: ${err instanceof Error ? err.message : String(err)}`);
      return 0;
    } finally {
      this.running = false;
      if (this.again) {
        this.again = false;
        setImmediate(() => this.wake());
      }
    }
  }
}
