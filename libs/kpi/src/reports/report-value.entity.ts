import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { KpiIndicator } from '../indicators/indicator.entity';
import { KpiReport } from './report.entity';

/** One reported value of a report. */
@Entity('kpi_report_values')
export class KpiReportValue {
  @PrimaryColumn({ name: 'report_id', type: 'uuid', primaryKeyConstraintName: 'pk_kpi_report_values' })
  reportId!: string;

  @PrimaryColumn({
    name: 'indicator_code',
    type: 'varchar',
    length: 40,
    primaryKeyConstraintName: 'pk_kpi_report_values',
  })
  indicatorCode!: string;

  @ManyToOne(() => KpiReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'fk_kpi_report_values_report' })
  report?: KpiReport;

  @ManyToOne(() => KpiIndicator)
  @JoinColumn({ name: 'indicator_code', foreignKeyConstraintName: 'fk_kpi_report_values_indicator' })
  indicator?: KpiIndicator;

  @Column({ type: 'numeric' })
  value!: string;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;
}
