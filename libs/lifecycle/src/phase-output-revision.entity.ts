import { ApiProperty } from '@nestjs/swagger';
import { PHASE_KEYS } from '@tashakkol/associations';
import type { PhaseKey } from '@tashakkol/associations';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PhaseOutput } from './phase-output.entity';

/** Every revision of an output, kept so the history of what was recorded, by whom and when, stays readable. */
@Entity('lifecycle_phase_output_revisions')
@Unique('uq_lifecycle_output_revisions_revision', ['outputId', 'revision'])
@Index('ix_lifecycle_output_revisions_association', ['associationId', 'phase'])
export class PhaseOutputRevision {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => PhaseOutput, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'output_id', foreignKeyConstraintName: 'fk_lifecycle_output_revisions_output' })
  output?: PhaseOutput;

  @ApiProperty({ format: 'uuid' })
  @Column({ name: 'output_id', type: 'uuid' })
  outputId!: string;

  @ApiProperty({ format: 'uuid' })
  @Column({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @ApiProperty({ enum: PHASE_KEYS })
  @Column({ type: 'varchar', length: 32 })
  phase!: PhaseKey;

  @ApiProperty()
  @Column({ type: 'varchar', length: 48 })
  key!: string;

  @ApiProperty()
  @Column({ type: 'integer' })
  revision!: number;

  @ApiProperty({ type: 'object', additionalProperties: true })
  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
