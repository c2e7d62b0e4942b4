import { Column, Entity, Index, PrimaryGeneratedColumn, JoinColumn, ManyToOne } from 'typeorm';
import { SurveyRun } from './survey-run.entity';

import type { SurveyAnswer } from './survey-rules';

/**
 * One member's answers. Deliberately carries neither the member, the link nor a timestamp, so
 * nobody (board, staff or a database reader) can tell who said what.
 */
@Entity('survey_responses')
@Index('ix_survey_responses_run', ['runId'])
export class SurveyResponse {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'run_id', type: 'uuid' })
  runId!: string;

  @ManyToOne(() => SurveyRun)
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'fk_survey_responses_run' })
  run?: SurveyRun;

  @Column({ type: 'jsonb' })
  answers!: SurveyAnswer[];
}
