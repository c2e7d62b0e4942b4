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
// Type-only imports of other libraries: the migration runner loads entity files without the path aliases.
import type { Association, PhaseKey } from '@tashakkol/associations';
import type { GrantStatus } from './grant-state-machine';
import { SupportBudget } from './support-budget.entity';
import { SupportKind } from './support-kind.entity';

/** A support grant (حمایت): always to an association, never to a person. */
@Entity('support_grants')
@Check(
  'ck_support_grants_status',
  `status IN ('requested', 'approved', 'delivered', 'rejected', 'cancelled')`,
)
@Check('ck_support_grants_quantity', `quantity >= 0`)
@Index('ix_support_grants_association', ['associationId', 'requestedAt'])
@Index('ix_support_grants_phase_kind', ['phase', 'kindCode'])
@Index('ix_support_grants_kind_year', ['kindCode', 'fiscalYear', 'status'])
@Index('ix_support_grants_status', ['status'])
@Index('ix_support_grants_year_association', ['fiscalYear', 'associationId', 'status'])
@Index('ix_support_grants_approver', ['approvedBy', 'kindCode', 'fiscalYear'])
// kpi's chamber funding and training delivered per period (the ledger port) filter on these.
@Index('ix_support_grants_delivered', ['associationId', 'deliveredAt'], { where: `"status" = 'delivered'` })
export class SupportGrant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @ManyToOne('Association', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'association_id', foreignKeyConstraintName: 'fk_support_grants_association' })
  association?: Association;

  @Column({ name: 'kind_code', type: 'varchar', length: 40 })
  kindCode!: string;

  @ManyToOne(() => SupportKind, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kind_code', foreignKeyConstraintName: 'fk_support_grants_kind' })
  kind?: SupportKind;

  /** The association's phase when the grant was requested, stamped from the lifecycle. */
  @Column({ type: 'varchar', length: 32 })
  phase!: PhaseKey;

  @Column({ name: 'suits_phase', type: 'boolean' })
  suitsPhase!: boolean;

  @Column({ name: 'override_reason', type: 'text', nullable: true })
  overrideReason!: string | null;

  @Column({ name: 'amount_rials', type: 'bigint', nullable: true })
  amountRials!: string | null;

  @Column({ type: 'integer', nullable: true })
  hours!: number | null;

  @Column({ type: 'integer', nullable: true })
  participants!: number | null;

  /** What the grant weighs against budgets and limits, in its kind's unit (Rials or hours). */
  @Column({ type: 'bigint', default: 0 })
  quantity!: string;

  @Column({ type: 'text' })
  justification!: string;

  @Column({ type: 'varchar', length: 16, default: 'requested' })
  status!: GrantStatus;

  /** Jalali year of the request: the budget it draws on. */
  @Column({ name: 'fiscal_year', type: 'integer' })
  fiscalYear!: number;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy!: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy!: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'delivered_by', type: 'uuid', nullable: true })
  deliveredBy!: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  /** Reference to the document that proves delivery. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  evidence!: string | null;

  /** The budget the approval reserved from (null for in-kind help outside any budget). */
  @Column({ name: 'budget_id', type: 'uuid', nullable: true })
  budgetId!: string | null;

  @ManyToOne(() => SupportBudget, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'budget_id', foreignKeyConstraintName: 'fk_support_grants_budget' })
  budget?: SupportBudget;

  /** Precautions acknowledged at approval (e.g. financial_independence); the roadmap flags them. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  precautions!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
