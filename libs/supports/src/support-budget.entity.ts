import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { SupportKind } from './support-kind.entity';

/** The budget of one kind for one fiscal (Jalali) year, in the kind's unit: Rials, or hours for training. */
@Entity('support_budgets')
@Index('uq_support_budgets_year_kind', ['fiscalYear', 'kindCode'], { unique: true })
@Check('ck_support_budgets_within_total', `reserved >= 0 AND spent >= 0 AND reserved + spent <= total`)
@Check('ck_support_budgets_unit', `unit IN ('rials', 'hours')`)
export class SupportBudget {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'fiscal_year', type: 'integer' })
  fiscalYear!: number;

  @Column({ name: 'kind_code', type: 'varchar', length: 40 })
  kindCode!: string;

  @ManyToOne(() => SupportKind, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kind_code', foreignKeyConstraintName: 'fk_support_budgets_kind' })
  kind?: SupportKind;

  @Column({ type: 'varchar', length: 8 })
  unit!: 'rials' | 'hours';

  @Column({ type: 'bigint' })
  total!: string;

  @Column({ type: 'bigint', default: 0 })
  reserved!: string;

  @Column({ type: 'bigint', default: 0 })
  spent!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
