import type { Association } from '@tashakkol/associations';
import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Criterion } from '../scoring/scoring.types';

export interface AssessedCriterion {
  criterion: Criterion;
  score: number;
  comment: string;
}

/** The chamber expert's assessment of an association for a period (ارزیابی کارشناس اتاق): the chamber axis. */
@Entity('kpi_chamber_assessments')
@Unique('uq_kpi_chamber_assessments_association_period', ['associationId', 'period'])
export class KpiChamberAssessment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_kpi_chamber_assessments' })
  id!: string;

  @Column({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @ManyToOne('Association', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'association_id', foreignKeyConstraintName: 'fk_kpi_chamber_assessments_association' })
  association?: Association;

  /** Jalali period: `1405-Q2` or `1405`, the period of the score it feeds. */
  @Column({ type: 'varchar', length: 10 })
  period!: string;

  @Column({ type: 'jsonb' })
  criteria!: AssessedCriterion[];

  @Column({ name: 'assessed_by', type: 'uuid' })
  assessedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
