import { Association } from '@tashakkol/associations';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Axis, Criterion, Grade, IndicatorScore, Trend } from './scoring.types';

/** The worker's score of one association for one period; (association, period) is unique so a rerun overwrites. */
@Entity('kpi_scores')
@Index('ix_kpi_scores_period', ['period', 'composite'])
@Index('ix_kpi_scores_association_start', ['associationId', 'periodStart'])
export class KpiScore {
  @PrimaryColumn({ name: 'association_id', type: 'uuid', primaryKeyConstraintName: 'pk_kpi_scores' })
  associationId!: string;

  @PrimaryColumn({ type: 'varchar', length: 10, primaryKeyConstraintName: 'pk_kpi_scores' })
  period!: string;

  @ManyToOne(() => Association, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'association_id', foreignKeyConstraintName: 'fk_kpi_scores_association' })
  association?: Association;

  @Column({ name: 'period_start', type: 'timestamptz' })
  periodStart!: Date;

  /** The report revision these scores were computed from. */
  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'numeric', precision: 6, scale: 2, nullable: true })
  composite!: string | null;

  @Column({ type: 'varchar', length: 1, nullable: true })
  grade!: Grade | null;

  @Column({ type: 'jsonb' })
  trend!: Trend;

  @Column({ type: 'jsonb' })
  axes!: Record<Axis, number | null>;

  @Column({ type: 'jsonb' })
  criteria!: Record<Criterion, number | null>;

  /** Each indicator's score without the catalog's names and unit (joined back when read). */
  @Column({ type: 'jsonb' })
  indicators!: Omit<IndicatorScore, 'nameFa' | 'nameEn' | 'unit' | 'direction'>[];

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;
}
