import { Column, Entity, Index, PrimaryGeneratedColumn, JoinColumn, ManyToOne } from 'typeorm';
import { Election } from './election.entity';

/** One secret ballot cast by one-time link: the choices only, never who cast it. */
@Entity('ballots')
@Index('ix_ballots_election', ['electionId'])
export class Ballot {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'election_id', type: 'uuid' })
  electionId!: string;

  @ManyToOne(() => Election)
  @JoinColumn({ name: 'election_id', foreignKeyConstraintName: 'fk_ballots_election' })
  election?: Election;

  @Column({ type: 'jsonb' })
  choices!: string[];
}
