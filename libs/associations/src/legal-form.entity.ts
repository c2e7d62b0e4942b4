import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** A legal form of association (انجمن، اتحادیه، سندیکا …), a catalog the admin keeps. */
@Entity('legal_forms')
export class LegalForm {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ name: 'name_fa', type: 'varchar', length: 100 })
  nameFa!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 100 })
  nameEn!: string;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @VersionColumn()
  version!: number;
}
