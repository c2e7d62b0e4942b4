import { ApiProperty } from '@nestjs/swagger';
import { PHASE_KEYS } from '@tashakkol/associations';
import type { Association, PhaseKey } from '@tashakkol/associations';
import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
} from 'typeorm';

/** The current revision of one output of one phase of one association. */
@Entity('lifecycle_phase_outputs')
@Unique('uq_lifecycle_phase_outputs_key', ['associationId', 'phase', 'key'])
export class PhaseOutput {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne('Association', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'association_id', foreignKeyConstraintName: 'fk_lifecycle_phase_outputs_association' })
  association?: Association;

  @ApiProperty({ format: 'uuid' })
  @Column({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @ApiProperty({ enum: PHASE_KEYS, example: 'concept_review' })
  @Column({ type: 'varchar', length: 32 })
  phase!: PhaseKey;

  @ApiProperty({ example: 'classification' })
  @Column({ type: 'varchar', length: 48 })
  key!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The output as validated by its DTO',
  })
  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @ApiProperty({ example: 1, description: 'How many times it was recorded (1 = first)' })
  @Column({ type: 'integer' })
  revision!: number;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @ApiProperty({ example: 1 })
  @VersionColumn()
  version!: number;
}
