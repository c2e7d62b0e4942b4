// A type-only import and the entity's name: the migration CLI loads entities without the path aliases.
import type { Association } from '@tashakkol/associations';
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
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A board's periodic report (its self-declaration, خوداظهاری) of indicator values. */
@Entity('kpi_reports')
@Unique('uq_kpi_reports_association_period', ['associationId', 'period'])
@Index('ix_kpi_reports_status', ['status'])
@Index('ix_kpi_reports_period', ['period'])
@Check('ck_kpi_reports_status', `"status" IN ('draft', 'submitted', 'returned', 'accepted')`)
export class KpiReport {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_kpi_reports' })
  id!: string;

  @Column({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @ManyToOne('Association', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'association_id', foreignKeyConstraintName: 'fk_kpi_reports_association' })
  association?: Association;

  /** Jalali period: `1405-07`, `1405-Q2` or `1405`. */
  @Column({ type: 'varchar', length: 10 })
  period!: string;

  @Column({ name: 'period_start', type: 'timestamptz' })
  periodStart!: Date;

  @Column({ name: 'period_end', type: 'timestamptz' })
  periodEnd!: Date;

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  status!: ReportStatus;

  /** 1, 2, …: bumped when the board reopens an accepted report. */
  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** The first submission of the period's report, kept through returns and revisions (report_on_time_rate). */
  @Column({ name: 'first_submitted_at', type: 'timestamptz', nullable: true })
  firstSubmittedAt!: Date | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true })
  returnedAt!: Date | null;

  /** The staff's last comment (on return or acceptance). */
  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment!: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  /** Why the board reopened the accepted report (the current revision's reason). */
  @Column({ name: 'revision_reason', type: 'text', nullable: true })
  revisionReason!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
