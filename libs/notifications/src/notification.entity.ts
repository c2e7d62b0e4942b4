import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const EMAIL_STATUSES = ['pending', 'sent', 'failed', 'skipped'] as const;
/** `skipped`: no SMTP_URL configured when it was written (in-app only). */
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/**
 * A message to one user that it is their turn (a returned report, a grant above a limit …), shown
 * in the app and e-mailed when SMTP is configured. One per (event key, recipient): the insert that
 * would repeat it does nothing, so a job that runs twice tells nobody twice.
 */
@Entity('notifications')
@Index('ix_notifications_user_created', ['userId', 'createdAt'])
@Unique('uq_notifications_key_user', ['dedupeKey', 'userId'])
@Index('ix_notifications_email_unqueued', ['id'], {
  where: `"email_status" = 'pending' AND "email_queued_at" IS NULL`,
})
@Check('ck_notifications_email_status', `"email_status" IN ('pending', 'sent', 'failed', 'skipped')`)
export class Notification {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_notifications' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'association_id', type: 'uuid', nullable: true })
  associationId!: string | null;

  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  /** The event it tells of, e.g. `report-returned:<id>:v3`; with the user, unique. */
  @Column({ name: 'dedupe_key', type: 'varchar', length: 200 })
  dedupeKey!: string;

  @Column({ name: 'title_fa', type: 'varchar', length: 300 })
  titleFa!: string;

  @Column({ name: 'body_fa', type: 'text' })
  bodyFa!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Column({ name: 'email_status', type: 'varchar', length: 10, default: 'pending' })
  emailStatus!: EmailStatus;

  @Column({ name: 'email_attempts', type: 'integer', default: 0 })
  emailAttempts!: number;

  /** When the relay put its e-mail job on the queue. */
  @Column({ name: 'email_queued_at', type: 'timestamptz', nullable: true })
  emailQueuedAt!: Date | null;

  /** Set by the attempt that is sending it now, so a second run of the job does not send it too. */
  @Column({ name: 'email_claimed_at', type: 'timestamptz', nullable: true })
  emailClaimedAt!: Date | null;

  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;

  @Column({ name: 'email_error', type: 'text', nullable: true })
  emailError!: string | null;
}
