import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A message to one user (an alert or a reminder), also sent by e-mail when a transport is configured. */
@Entity('notifications')
@Index('ix_notifications_user_created', ['userId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_notifications' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'association_id', type: 'uuid', nullable: true })
  associationId!: string | null;

  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ name: 'title_fa', type: 'varchar', length: 300 })
  titleFa!: string;

  @Column({ name: 'body_fa', type: 'text' })
  bodyFa!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;

  @Column({ name: 'email_error', type: 'text', nullable: true })
  emailError!: string | null;
}
