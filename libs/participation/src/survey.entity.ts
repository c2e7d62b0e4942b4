import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { SurveyItem } from './survey-rules';

/** A questionnaire the chamber defines (پرسشنامه); runs of it go to an association's members. */
@Entity('surveys')
export class Survey {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  code!: string;

  @Column({ name: 'title_fa', type: 'varchar', length: 200 })
  titleFa!: string;

  @Column({ name: 'title_en', type: 'varchar', length: 200, nullable: true })
  titleEn!: string | null;

  @Column({ type: 'jsonb' })
  items!: SurveyItem[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn()
  version!: number;
}
