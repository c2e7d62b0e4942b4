import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Association } from './association.entity';

export const BOARD_ROLES = ['chair', 'deputy', 'secretary', 'treasurer', 'member'] as const;
export type BoardRole = (typeof BOARD_ROLES)[number];

export const ELECTION_METHODS = [
  'general_assembly',
  'founding_assembly',
  'board_vote',
  'by_election',
  'appointed',
] as const;
export type ElectionMethod = (typeof ELECTION_METHODS)[number];

/**
 * One seat held on an association's board (هیئت مدیره) for one term. Rows are never deleted:
 * a term that ends keeps its row, so the board's history stays visible.
 */
@Entity('board_members')
@Index('ix_board_members_association', ['associationId', 'termStart'])
@Check('ck_board_members_role', `role IN ('chair', 'deputy', 'secretary', 'treasurer', 'member')`)
@Check(
  'ck_board_members_elected_by',
  `elected_by IN ('general_assembly', 'founding_assembly', 'board_vote', 'by_election', 'appointed')`,
)
@Check('ck_board_members_term', `term_end IS NULL OR term_end >= term_start`)
export class BoardMember {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @ManyToOne(() => Association, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'association_id', foreignKeyConstraintName: 'fk_board_members_association' })
  association?: Association;

  @Column({ name: 'full_name', type: 'varchar', length: 120 })
  fullName!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: BoardRole;

  @Column({ name: 'firm_name', type: 'varchar', length: 200, nullable: true })
  firmName!: string | null;

  @Column({ name: 'term_start', type: 'date' })
  termStart!: string;

  @Column({ name: 'term_end', type: 'date', nullable: true })
  termEnd!: string | null;

  @Column({ name: 'elected_by', type: 'varchar', length: 24 })
  electedBy!: ElectionMethod;

  @Column({ name: 'end_reason', type: 'varchar', length: 300, nullable: true })
  endReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
