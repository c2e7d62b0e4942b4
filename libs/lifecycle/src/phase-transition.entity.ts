import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PHASE_KEYS } from '@tashakkol/associations';
import type { Association, PhaseKey } from '@tashakkol/associations';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';

export type TransitionStatus = 'applied' | 'pending' | 'rejected';

/** One move of an association between phases: from, to, who, why, the gate as it stood, when. */
@Entity('lifecycle_transitions')
@Index('ix_lifecycle_transitions_association', ['associationId', 'proposedAt'])
@Index('ix_lifecycle_transitions_status', ['status'])
@Check('ck_lifecycle_transitions_status', `status IN ('applied', 'pending', 'rejected')`)
@Check('ck_lifecycle_transitions_direction', `direction IN ('forward', 'back')`)
export class PhaseTransition {
  @ApiProperty({ format: 'uuid' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne('Association', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'association_id', foreignKeyConstraintName: 'fk_lifecycle_transitions_association' })
  association?: Association;

  @ApiProperty({ format: 'uuid' })
  @Column({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @ApiProperty({ enum: PHASE_KEYS, example: 'concept_review' })
  @Column({ name: 'from_phase', type: 'varchar', length: 32 })
  fromPhase!: PhaseKey;

  @ApiProperty({ enum: PHASE_KEYS, example: 'diagnosis' })
  @Column({ name: 'to_phase', type: 'varchar', length: 32 })
  toPhase!: PhaseKey;

  @ApiProperty({ enum: ['forward', 'back'] })
  @Column({ type: 'varchar', length: 8 })
  direction!: 'forward' | 'back';

  @ApiPropertyOptional({ type: String, nullable: true, example: 'اعضای موسس کافی نیستند' })
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @ApiProperty({ enum: ['applied', 'pending', 'rejected'] })
  @Column({ type: 'varchar', length: 10 })
  status!: TransitionStatus;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The gate of the phase left, item by item, as it stood at the move',
  })
  @Column({ name: 'gate_snapshot', type: 'jsonb' })
  gateSnapshot!: Record<string, unknown>;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @Column({ name: 'proposed_by', type: 'uuid', nullable: true })
  proposedBy!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  @Column({ name: 'proposed_at', type: 'timestamptz' })
  proposedAt!: Date;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the association entered the new phase',
  })
  @Column({ name: 'applied_at', type: 'timestamptz', nullable: true })
  appliedAt!: Date | null;

  @ApiProperty()
  @VersionColumn()
  version!: number;
}
