import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Role } from '@tashakkol/shared';

@Entity('users')
@Check('ck_users_role', `role IN ('admin', 'staff', 'approver', 'president', 'board')`)
@Check('ck_users_board_association', `(role = 'board') = (association_id IS NOT NULL)`)
@Index('ix_users_association', ['associationId'])
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored trimmed and lower-cased, so uniqueness is case-insensitive. */
  @Index('uq_users_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 200, select: false })
  passwordHash!: string;

  @Column({ name: 'full_name', type: 'varchar', length: 120 })
  fullName!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  /** Board users belong to exactly one association. */
  @Column({ name: 'association_id', type: 'uuid', nullable: true })
  associationId!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;

  /** In every access token (`tv`); raised on logout, deactivation, a new role, association or password. */
  @Column({ name: 'token_version', type: 'integer', default: 1, select: false })
  tokenVersion!: number;
}
