import { ApiProperty } from '@nestjs/swagger';
import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** A classification criterion (معیار تفکیک تشکل ها) the chamber applies in concept review. */
@Entity('classification_criteria')
export class ClassificationCriterion {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  @ApiProperty()
  code!: string;

  @Column({ name: 'name_fa', type: 'varchar', length: 150 })
  @ApiProperty()
  nameFa!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 150 })
  @ApiProperty()
  nameEn!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

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
