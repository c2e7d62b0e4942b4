import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import { Association } from '@tashakkol/associations';

import type { AssemblyKind, QuorumRule } from './assembly-rules';

/** A general assembly (مجمع عمومی): its notice, agenda, quorum, attendance and resolutions. */
@Entity('assemblies')
@Index('ix_assemblies_association_notice', ['associationId', 'noticeDate'])
@Check('ck_assemblies_kind', `kind IN ('ordinary', 'extraordinary', 'founding')`)
@Check('ck_assemblies_quorum', `quorum_rule IN ('half_plus_one', 'two_thirds', 'one_third', 'any')`)
export class Assembly {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @ManyToOne(() => Association)
  @JoinColumn({ name: 'association_id', foreignKeyConstraintName: 'fk_assemblies_association' })
  association?: Association;

  @Column({ type: 'varchar', length: 16 })
  kind!: AssemblyKind;

  @Column({ name: 'fiscal_year', type: 'integer' })
  fiscalYear!: number;

  @Column({ name: 'notice_date', type: 'date' })
  noticeDate!: string;

  @Column({ name: 'scheduled_on', type: 'date' })
  scheduledOn!: string;

  @Column({ name: 'due_by', type: 'date', nullable: true })
  dueBy!: string | null;

  @Column({ type: 'jsonb' })
  agenda!: string[];

  @Column({ name: 'quorum_rule', type: 'varchar', length: 16 })
  quorumRule!: QuorumRule;

  @Column({ name: 'held_on', type: 'date', nullable: true })
  heldOn!: string | null;

  @Column({ type: 'integer', nullable: true })
  eligible!: number | null;

  @Column({ type: 'integer', nullable: true })
  attended!: number | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  resolutions!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
