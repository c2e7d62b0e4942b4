import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import { Association } from '@tashakkol/associations';

export interface ElectionCandidate {
  id: string;
  /** The member of the register the candidate stands as (absent on candidates typed by hand). */
  memberId?: string | null;
  fullName: string;
  firmName: string | null;
}

export interface ElectionResult {
  ranking: { candidateId: string; votes: number }[];
  elected: string[];
  ballots: number;
}

/** A board election (انتخابات هیئت مدیره): candidates, ballots by one-time link or paper, the count. */
@Entity('elections')
@Index('ix_elections_association', ['associationId', 'createdAt'])
@Check('ck_elections_status', `status IN ('open', 'counted')`)
@Check('ck_elections_seats', `seats BETWEEN 1 AND 25`)
export class Election {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @ManyToOne(() => Association)
  @JoinColumn({ name: 'association_id', foreignKeyConstraintName: 'fk_elections_association' })
  association?: Association;

  @Column({ name: 'assembly_id', type: 'uuid', nullable: true })
  assemblyId!: string | null;

  @Column({ type: 'integer' })
  seats!: number;

  @Column({ name: 'term_start', type: 'date' })
  termStart!: string;

  @Column({ name: 'term_end', type: 'date' })
  termEnd!: string;

  @Column({ type: 'jsonb' })
  candidates!: ElectionCandidate[];

  /** Votes counted on paper in the assembly, by candidate id. */
  @Column({ name: 'recorded_votes', type: 'jsonb', default: () => `'{}'` })
  recordedVotes!: Record<string, number>;

  @Column({ type: 'varchar', length: 8, default: 'open' })
  status!: 'open' | 'counted';

  @Column({ type: 'jsonb', nullable: true })
  result!: ElectionResult | null;

  /** The Jalali year the count fell in (the governance indicator "board elections held"). */
  @Column({ name: 'fiscal_year', type: 'integer', nullable: true })
  fiscalYear!: number | null;

  @Column({ name: 'counted_on', type: 'date', nullable: true })
  countedOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
