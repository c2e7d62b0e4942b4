import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import type { User } from '@tashakkol/identity';
import { SupportKind } from './support-kind.entity';

/** An approver's delegated authority (تفویض اختیار) for one kind, in the kind's unit, for a period. */
@Entity('approval_limits')
@Index('ix_approval_limits_user_kind', ['userId', 'kindCode', 'validUntil'])
@Check('ck_approval_limits_amounts', `per_grant >= 0 AND yearly >= per_grant`)
@Check('ck_approval_limits_period', `valid_until > valid_from`)
export class ApprovalLimit {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_approval_limits_user' })
  user?: User;

  @Column({ name: 'kind_code', type: 'varchar', length: 40 })
  kindCode!: string;

  @ManyToOne(() => SupportKind, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'kind_code', foreignKeyConstraintName: 'fk_approval_limits_kind' })
  kind?: SupportKind;

  @Column({ name: 'per_grant', type: 'bigint' })
  perGrant!: string;

  @Column({ type: 'bigint' })
  yearly!: string;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom!: Date;

  @Column({ name: 'valid_until', type: 'timestamptz' })
  validUntil!: Date;

  @Column({ name: 'granted_by', type: 'uuid' })
  grantedBy!: string;

  /** The limit of the approver who delegated this one (null when the admin or president set it). */
  @Column({ name: 'delegated_from_id', type: 'uuid', nullable: true })
  delegatedFromId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn()
  version!: number;
}
