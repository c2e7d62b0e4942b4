import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type LinkPurpose = 'survey' | 'ballot';

/**
 * A one-time link given to one member: to answer a survey run or to cast a ballot. Only the
 * token's SHA-256 is stored; the link is spent by a conditional update, so two racing answers
 * count once.
 */
@Entity('one_time_links')
@Index('ix_one_time_links_subject', ['purpose', 'subjectId'])
@Index('ux_one_time_links_member_in_force', ['purpose', 'subjectId', 'memberId'], {
  unique: true,
  where: '"voided_at" IS NULL',
})
@Check('ck_one_time_links_purpose', `purpose IN ('survey', 'ballot')`)
export class OneTimeLink {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 8 })
  purpose!: LinkPurpose;

  /** The survey run or the election. */
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @Column({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ name: 'token_hash', type: 'char', length: 64, unique: true })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  /** Replaced by a re-issued link: it no longer works (410 `participation.link_replaced`). */
  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
