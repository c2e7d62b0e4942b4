import { ApiProperty } from '@nestjs/swagger';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { PhaseNote } from './phase-table';

export type PhaseWording = Partial<Record<string, { precautions?: PhaseNote[] }>>;

/** The chamber's lifecycle settings: one row (id 1), edited by the admin. */
@Entity('lifecycle_settings')
@Check('ck_lifecycle_settings_singleton', 'id = 1')
@Check('ck_lifecycle_settings_threshold', 'potential_threshold BETWEEN 0 AND 100')
export class LifecycleSettings {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id!: number;

  @ApiProperty({ example: 60, description: 'Potential score (0–100) needed to leave potential assessment' })
  @Column({ name: 'potential_threshold', type: 'integer' })
  potentialThreshold!: number;

  @ApiProperty({ example: 7 })
  @Column({ name: 'min_founding_members', type: 'integer' })
  minFoundingMembers!: number;

  @ApiProperty({ description: 'Staff propose transitions; an approver or the admin approves them' })
  @Column({ name: 'transitions_need_approval', type: 'boolean' })
  transitionsNeedApproval!: boolean;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      "The admin's wording of the precautions, by phase (overrides the defaults); supports come from the support-kind catalog",
  })
  @Column({ name: 'phase_wording', type: 'jsonb', default: () => "'{}'" })
  phaseWording!: PhaseWording;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ApiProperty()
  @VersionColumn()
  version!: number;
}
