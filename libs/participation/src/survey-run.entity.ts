import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  VersionColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import { Survey } from './survey.entity';

import { Association } from '@tashakkol/associations';

import type { RunResults } from './survey-rules';

/** One questionnaire sent to one association's members for one Jalali period. */
@Entity('survey_runs')
@Index('ux_survey_runs_once', ['associationId', 'surveyId', 'period'], { unique: true })
@Check('ck_survey_runs_status', `status IN ('open', 'closed')`)
export class SurveyRun {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => Survey)
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'fk_survey_runs_survey' })
  survey?: Survey;

  @Column({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @ManyToOne(() => Association)
  @JoinColumn({ name: 'association_id', foreignKeyConstraintName: 'fk_survey_runs_association' })
  association?: Association;

  @Column({ type: 'varchar', length: 10 })
  period!: string;

  @Column({ type: 'varchar', length: 8, default: 'open' })
  status!: 'open' | 'closed';

  @Column({ type: 'integer' })
  invited!: number;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  /** Figures computed by the worker from the answers; null until first computed. */
  @Column({ type: 'jsonb', nullable: true })
  results!: RunResults | null;

  @Column({ name: 'results_at', type: 'timestamptz', nullable: true })
  resultsAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn()
  version!: number;
}
