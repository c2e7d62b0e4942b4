import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RescoreReason } from '@tashakkol/shared';
import { DataSource } from 'typeorm';
import { KpiProducer } from './kpi.producer';

export const RELAY_INTERVAL_MS = 200;
const RELAY_BATCH = 100;
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
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly producer: KpiProducer,
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
    this.timer = setTimeout(() => {
      void this.tick().finally(() => this.schedule());
    }, RELAY_INTERVAL_MS);
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
    }
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`queue did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
