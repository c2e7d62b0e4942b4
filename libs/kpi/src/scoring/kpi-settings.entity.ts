import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** The chamber's scoring settings (one row): grade thresholds and how long a phase may last before an alert. */
@Entity('kpi_settings')
@Check(
  'ck_kpi_settings_rating_grades',
  `"rating_grade_a" > "rating_grade_b" AND "rating_grade_b" > "rating_grade_c" AND "rating_grade_c" >= 0 AND "rating_grade_a" <= 100`,
)
@Check('ck_kpi_settings_singleton', `"id" = 1`)
@Check(
  'ck_kpi_settings_grades',
  `"grade_a" > "grade_b" AND "grade_b" > "grade_c" AND "grade_c" >= 0 AND "grade_a" <= 100`,
)
export class KpiSettings {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_kpi_settings' })
  id!: number;

  @Column({ name: 'grade_a', type: 'numeric', precision: 5, scale: 2, default: 85 })
  gradeA!: string;

  @Column({ name: 'grade_b', type: 'numeric', precision: 5, scale: 2, default: 70 })
  gradeB!: string;

  @Column({ name: 'grade_c', type: 'numeric', precision: 5, scale: 2, default: 50 })
  gradeC!: string;

  /** The yearly rating's grades (رتبه سالانه), set apart from the progress grades of the periods. */
  @Column({ name: 'rating_grade_a', type: 'numeric', precision: 5, scale: 2, default: 85 })
  ratingGradeA!: string;

  @Column({ name: 'rating_grade_b', type: 'numeric', precision: 5, scale: 2, default: 70 })
  ratingGradeB!: string;

  @Column({ name: 'rating_grade_c', type: 'numeric', precision: 5, scale: 2, default: 50 })
  ratingGradeC!: string;

  /** Days in one phase after which the association is "stalled". */
  @Column({ name: 'stall_days', type: 'integer', default: 180 })
  stallDays!: number;

  /** Days after a period's end before its missing report raises an alert. */
  @Column({ name: 'report_grace_days', type: 'integer', default: 15 })
  reportGraceDays!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
