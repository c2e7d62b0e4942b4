import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { KpiReport } from '../reports/report.entity';

/** A document (شواهد و مدارک) backing a report's values: PDF, image or spreadsheet. */
@Entity('kpi_evidence')
@Index('ix_kpi_evidence_report', ['reportId'])
export class KpiEvidence {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_kpi_evidence' })
  id!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => KpiReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'fk_kpi_evidence_report' })
  report?: KpiReport;

  /** The indicator the document supports, or null for the whole report. */
  @Column({ name: 'indicator_code', type: 'varchar', length: 40, nullable: true })
  indicatorCode!: string | null;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  /** Detected from the file's first bytes, not from what the client claimed. */
  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey!: string;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;
}
