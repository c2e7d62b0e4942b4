import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** The chamber's settings for supports: one row (id 1). */
@Entity('support_settings')
@Check('ck_support_settings_single_row', `id = 1`)
@Check('ck_support_settings_share', `independence_max_share_percent BETWEEN 0 AND 100`)
export class SupportSettings {
  @PrimaryColumn({ type: 'integer', default: 1 })
  id!: number;

  /** While no revenue is known: the yearly grants of one association may not pass this without an acknowledgement. */
  @Column({ name: 'independence_threshold_rials', type: 'bigint' })
  independenceThresholdRials!: string;

  /** Once revenue is reported: the chamber's share of it may not pass this percentage without an acknowledgement. */
  @Column({ name: 'independence_max_share_percent', type: 'integer' })
  independenceMaxSharePercent!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
