import type { RescoreReason } from '@tashakkol/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Work for the worker, written in the same transaction as the acceptance, so a scoring job is
 * never lost when Redis is down: a relay moves pending rows to the queue.
 */
@Entity('kpi_outbox')
@Index('ix_kpi_outbox_pending', ['dispatchedAt'], { where: '"dispatched_at" IS NULL' })
// One waiting request per (association, reason, subject): many answers to one survey run make one job.
@Index('ux_kpi_outbox_pending_request', ['associationId', 'reason', 'ref'], {
  unique: true,
  where: '"dispatched_at" IS NULL AND "ref" IS NOT NULL',
})
export class KpiOutbox {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_kpi_outbox' })
  id!: string;

  @Column({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @Column({ type: 'varchar', length: 10 })
  period!: string;

  @Column({ type: 'integer' })
  revision!: number;

  /** `accepted` (a report's acceptance), or another fact the scores read changed (a grant delivered …). */
  @Column({ type: 'varchar', length: 20, default: 'accepted' })
  reason!: 'accepted' | RescoreReason;

  /** What a re-scoring request is about (a grant, a survey run …); null for an acceptance. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  ref!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;
}
