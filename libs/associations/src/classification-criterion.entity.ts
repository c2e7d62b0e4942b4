import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** A classification criterion (معیار تفکیک تشکل ها) the chamber applies in concept review. */
@Entity('classification_criteria')
export class ClassificationCriterion {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ name: 'name_fa', type: 'varchar', length: 150 })
  nameFa!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 150 })
  nameEn!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  description!: string | null;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @VersionColumn()
  version!: number;
}
