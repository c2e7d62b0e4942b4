import { Association } from '@tashakkol/associations';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Axis, Criterion } from '../scoring/scoring.types';
import type { YearlyIndicator } from './yearly-rating';

/** The worker's yearly rating of one association for one Jalali year, from every scored period of it. */
@Entity('kpi_ratings')
@Index('ix_kpi_ratings_year', ['year', 'composite'])
export class KpiRating {
  @PrimaryColumn({ name: 'association_id', type: 'uuid', primaryKeyConstraintName: 'pk_kpi_ratings' })
  associationId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_kpi_ratings' })
  year!: number;

  @ManyToOne(() => Association, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'association_id', foreignKeyConstraintName: 'fk_kpi_ratings_association' })
  association?: Association;

  @Column({ type: 'numeric', precision: 6, scale: 2, nullable: true })
  composite!: string | null;

  @Column({ type: 'jsonb' })
  criteria!: Record<Criterion, number | null>;

  @Column({ type: 'jsonb' })
  axes!: Record<Axis, number | null>;

  @Column({ type: 'jsonb' })
  indicators!: YearlyIndicator[];

  @Column({ type: 'jsonb' })
  periods!: string[];

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;
}
