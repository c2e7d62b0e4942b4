import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export const AXES = ['chamber', 'association', 'members'] as const;
export type Axis = (typeof AXES)[number];
/** The five criteria of the national chamber's rating (اتاق ایران). */
export const CRITERIA = ['governance', 'membership', 'services', 'policy_influence', 'regulation'] as const;
export type Criterion = (typeof CRITERIA)[number];
export const UNITS = ['count', 'percent', 'rials', 'hours', 'score'] as const;
export type Unit = (typeof UNITS)[number];
export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];
/** reported by the board; derived by a formula; recorded: a fact the chamber holds (grants delivered, report dates). */
export const INDICATOR_KINDS = ['reported', 'derived', 'recorded'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export const FREQUENCIES = ['monthly', 'quarterly', 'yearly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

const inList = (col: string, values: readonly string[]) =>
  `"${col}" IN (${values.map((v) => `'${v}'`).join(', ')})`;

/** A performance indicator of the catalog (شاخص سنجش عملکرد). */
@Entity('kpi_indicators')
@Check('ck_kpi_indicators_axis', inList('axis', AXES))
@Check('ck_kpi_indicators_criterion', inList('criterion', CRITERIA))
@Check('ck_kpi_indicators_unit', inList('unit', UNITS))
@Check('ck_kpi_indicators_direction', inList('direction', DIRECTIONS))
@Check('ck_kpi_indicators_kind', inList('kind', INDICATOR_KINDS))
@Check('ck_kpi_indicators_frequency', inList('frequency', FREQUENCIES))
@Check('ck_kpi_indicators_formula', `("kind" = 'derived') = ("formula" IS NOT NULL)`)
export class KpiIndicator {
  @ApiProperty({ example: 'training_hours_per_member' })
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'pk_kpi_indicators' })
  code!: string;

  @ApiProperty({ example: 'ساعت آموزش به ازای هر عضو' })
  @Column({ name: 'name_fa', type: 'varchar', length: 200 })
  nameFa!: string;

  @ApiProperty({ example: 'Training hours per member' })
  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn!: string;

  @ApiProperty({ enum: AXES })
  @Column({ type: 'varchar', length: 20 })
  axis!: Axis;

  @ApiProperty({ enum: CRITERIA, description: "The national chamber's rating criterion it feeds" })
  @Column({ type: 'varchar', length: 20 })
  criterion!: Criterion;

  @ApiProperty({ enum: UNITS })
  @Column({ type: 'varchar', length: 10 })
  unit!: Unit;

  @ApiProperty({ enum: DIRECTIONS, description: 'Whether a higher or a lower value is better' })
  @Column({ type: 'varchar', length: 10 })
  direction!: Direction;

  @ApiProperty({ enum: INDICATOR_KINDS })
  @Column({ type: 'varchar', length: 10 })
  kind!: IndicatorKind;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'training_hours / members_count' })
  @Column({ type: 'text', nullable: true })
  formula!: string | null;

  @ApiProperty({ enum: FREQUENCIES })
  @Column({ type: 'varchar', length: 10 })
  frequency!: Frequency;

  @ApiProperty({ example: '1.000', description: 'Decimal string' })
  @Column({ name: 'default_weight', type: 'numeric', precision: 6, scale: 3 })
  defaultWeight!: string;

  @ApiProperty({ description: 'A public-policy indicator has one target common to every association' })
  @Column({ name: 'public_policy', type: 'boolean', default: false })
  publicPolicy!: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, example: '30' })
  @Column({ name: 'public_target', type: 'numeric', nullable: true })
  publicTarget!: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '120',
    description: 'Achievement cap in percent (120 when null)',
  })
  @Column({ name: 'cap_percent', type: 'numeric', nullable: true })
  capPercent!: string | null;

  @ApiProperty()
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ApiProperty()
  @VersionColumn()
  version!: number;
}
