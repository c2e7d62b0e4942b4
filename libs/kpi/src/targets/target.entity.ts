// A type-only import and the entity's name: the migration CLI loads entities without the path aliases.
import type { Association } from '@tashakkol/associations';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { KpiIndicator } from '../indicators/indicator.entity';

/** An association's own baseline and target for one indicator, agreed with its board. */
@Entity('kpi_targets')
export class KpiTarget {
  @PrimaryColumn({ name: 'association_id', type: 'uuid', primaryKeyConstraintName: 'pk_kpi_targets' })
  associationId!: string;

  @PrimaryColumn({
    name: 'indicator_code',
    type: 'varchar',
    length: 40,
    primaryKeyConstraintName: 'pk_kpi_targets',
  })
  indicatorCode!: string;

  @ManyToOne('Association', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'association_id', foreignKeyConstraintName: 'fk_kpi_targets_association' })
  association?: Association;

  @ManyToOne(() => KpiIndicator)
  @JoinColumn({ name: 'indicator_code', foreignKeyConstraintName: 'fk_kpi_targets_indicator' })
  indicator?: KpiIndicator;

  @Column({ type: 'numeric' })
  baseline!: string;

  @Column({ type: 'numeric' })
  target!: string;

  /** Overrides the catalog's default weight for this association (principle 2: culture-centric). */
  @Column({ type: 'numeric', nullable: true })
  weight!: string | null;

  /** Set when the association's board confirms the target; cleared when staff change it. */
  @Column({ name: 'agreed_at', type: 'timestamptz', nullable: true })
  agreedAt!: Date | null;

  @Column({ name: 'agreed_by', type: 'uuid', nullable: true })
  agreedBy!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
