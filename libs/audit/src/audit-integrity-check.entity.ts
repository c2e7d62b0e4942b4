import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The result of one run of the audit log's integrity check. */
@Entity('audit_integrity_check')
export class AuditIntegrityCheck {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @CreateDateColumn({ name: 'checked_at', type: 'timestamptz' })
  checkedAt!: Date;

  @Column({ type: 'boolean' })
  ok!: boolean;

  @Column({ name: 'rows_checked', type: 'integer' })
  rowsChecked!: number;

  @Column({ name: 'first_broken_id', type: 'bigint', nullable: true })
  firstBrokenId!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  problem!: string | null;
}
