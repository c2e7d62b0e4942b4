import { ApiProperty } from '@nestjs/swagger';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { PhaseKey } from '@tashakkol/associations';
import { SUPPORT_CARRIES, type SupportCarries } from './support-kind.catalog';

/** A kind of support the chamber grants (catalog kept by the admin). */
@Entity('support_kinds')
@Check('ck_support_kinds_carries', `carries IN ('rials', 'hours', 'in_kind')`)
export class SupportKind {
  @ApiProperty({ example: 'financial' })
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  @ApiProperty({ example: 'حمایت مالی' })
  @Column({ name: 'name_fa', type: 'varchar', length: 200 })
  nameFa!: string;

  @ApiProperty({ example: 'Financial support' })
  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn!: string;

  @ApiProperty({
    enum: SUPPORT_CARRIES,
    description:
      'What a grant of this kind carries: Rials, training hours, or in-kind help (optionally valued in Rials)',
  })
  @Column({ type: 'varchar', length: 16 })
  carries!: SupportCarries;

  @ApiProperty({
    type: String,
    isArray: true,
    example: ['support_monitoring', 'development'],
    description: 'The phases this kind suits (phase keys)',
  })
  @Column({ type: 'text', array: true })
  phases!: PhaseKey[];

  @ApiProperty()
  @Column({ name: 'sort_order', type: 'integer', default: 100 })
  sortOrder!: number;

  @ApiProperty({ description: 'A retired kind (false) is offered in no phase and cannot be requested' })
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ApiProperty()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ApiProperty({ description: 'Send it back with PATCH /support-kinds/:code' })
  @VersionColumn()
  version!: number;
}
