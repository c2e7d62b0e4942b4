import { ApiProperty } from '@nestjs/swagger';
import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** A legal form of association (انجمن، اتحادیه، سندیکا …), a catalog the admin keeps. */
@Entity('legal_forms')
export class LegalForm {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  @ApiProperty({ example: 'anjoman' })
  code!: string;

  @Column({ name: 'name_fa', type: 'varchar', length: 100 })
  @ApiProperty()
  nameFa!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 100 })
  @ApiProperty()
  nameEn!: string;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  @ApiProperty()
  sortOrder!: number;

  @Column({ type: 'boolean', default: true })
  @ApiProperty()
  active!: boolean;

  @VersionColumn()
  @ApiProperty()
  version!: number;
}
