import { ApiProperty } from '@nestjs/swagger';
import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A sector category (رسته) with its ISIC Rev.4 code and whether the chamber prioritises it (رسته های مدنظر اتاق). */
@Entity('sector_categories')
@Index('uq_sector_categories_name_fa', ['nameFa'], { unique: true })
@Index('ix_sector_categories_priority', ['priority'])
export class SectorCategory {
  @PrimaryGeneratedColumn()
  @ApiProperty()
  id!: number;

  @Column({ name: 'name_fa', type: 'varchar', length: 150 })
  @ApiProperty({ example: 'خرما' })
  nameFa!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 150 })
  @ApiProperty()
  nameEn!: string;

  /** ISIC Rev.4: a section letter, or a division, group or class (2–4 digits). */
  @Column({ type: 'varchar', length: 4 })
  @ApiProperty({ example: '0122', description: 'ISIC Rev.4 section, division, group or class' })
  isic!: string;

  @Column({ type: 'boolean', default: false })
  @ApiProperty({ description: 'A category the chamber prioritises' })
  priority!: boolean;

  @Column({ type: 'boolean', default: true })
  @ApiProperty()
  active!: boolean;

  @VersionColumn()
  @ApiProperty()
  version!: number;
}
