import { Association } from '@tashakkol/associations';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

export const ALERT_KINDS = ['score_declining', 'report_missing', 'phase_stalled'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Something the chamber should look at; one per (association, kind, period), so reruns never repeat it. */
@Entity('kpi_alerts')
@Unique('uq_kpi_alerts_association_kind_period', ['associationId', 'kind', 'period'])
@Index('ix_kpi_alerts_association_created', ['associationId', 'createdAt'])
@Check('ck_kpi_alerts_kind', `"kind" IN ('score_declining', 'report_missing', 'phase_stalled')`)
export class KpiAlert {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_kpi_alerts' })
  id!: string;

  @Column({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @ManyToOne(() => Association, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'association_id', foreignKeyConstraintName: 'fk_kpi_alerts_association' })
  association?: Association;

  @Column({ type: 'varchar', length: 20 })
  kind!: AlertKind;

  /** The period concerned, or for a stalled phase the phase key. */
  @Column({ type: 'varchar', length: 32 })
  period!: string;

  @Column({ name: 'message_fa', type: 'text' })
  messageFa!: string;

  @Column({ name: 'message_en', type: 'text' })
  messageEn!: string;

  @Column({ type: 'jsonb', nullable: true })
  details!: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;
}
