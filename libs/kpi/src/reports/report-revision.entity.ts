import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { KpiReport } from './report.entity';

export interface RevisionValue {
  indicatorCode: string;
  value: string;
  comment: string | null;
}

/** An accepted revision of a report, kept when the board reopens it (the history is never lost). */
@Entity('kpi_report_revisions')
@Unique('uq_kpi_report_revisions_report_revision', ['reportId', 'revision'])
export class KpiReportRevision {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_kpi_report_revisions' })
  id!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => KpiReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'fk_kpi_report_revisions_report' })
  report?: KpiReport;

  /** The revision that was accepted and is now superseded. */
  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'jsonb' })
  values!: RevisionValue[];

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment!: string | null;

  /** The board's reason for opening the next revision. */
  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'reopened_by', type: 'uuid', nullable: true })
  reopenedBy!: string | null;

  @CreateDateColumn({ name: 'reopened_at', type: 'timestamptz' })
  reopenedAt!: Date;
}
