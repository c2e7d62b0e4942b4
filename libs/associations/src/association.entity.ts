import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export const PHASE_KEYS = [
  'concept_review',
  'diagnosis',
  'potential_assessment',
  'formation',
  'support_monitoring',
  'development',
] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];

/** An association (تشکل): the register's row. Lifecycle owns `phase`, `phaseEnteredAt`, `lifecycleVersion`. */
@Entity('associations')
@Index('ix_associations_phase', ['phase'])
export class Association {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'name_fa', type: 'varchar', length: 200 })
  nameFa!: string;

  /** Current phase of the six (a new association starts in concept review). */
  @Column({ type: 'varchar', length: 32, default: 'concept_review' })
  phase!: PhaseKey;

  @Column({ name: 'phase_entered_at', type: 'timestamptz', default: () => 'now()' })
  phaseEnteredAt!: Date;

  /** Optimistic version of the lifecycle state (transitions), apart from the register's `version`. */
  @Column({ name: 'lifecycle_version', type: 'integer', default: 1 })
  lifecycleVersion!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
