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

export const MEMBER_KINDS = ['firm', 'person'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];
export const DUES_STATUSES = ['paid', 'due', 'exempt'] as const;
export type DuesStatus = (typeof DUES_STATUSES)[number];

/**
 * "A member on `day`": joined by then and not yet left. The one home of the rule; SQL filters
 * derive from it (`day` is a parameter placeholder such as `:today` or `$2`).
 */
export function isCurrentMember(m: { joinedOn: string; leftOn: string | null }, day: string): boolean {
  return m.joinedOn <= day && (m.leftOn === null || m.leftOn > day);
}
export function currentMemberSql(day: string, alias = 'm'): string {
  return `${alias}.joined_on <= ${day} AND (${alias}.left_on IS NULL OR ${alias}.left_on > ${day})`;
}

/** One member (عضو) of an association: a firm or a person; kept after leaving, with the date. */
@Entity('members')
@Index('ux_members_association_identifier', ['associationId', 'identifier'], { unique: true })
@Index('ix_members_association_joined', ['associationId', 'joinedOn'])
@Check('ck_members_kind', `kind IN ('firm', 'person')`)
@Check('ck_members_dues', `dues_status IN ('paid', 'due', 'exempt')`)
@Check('ck_members_dates', `left_on IS NULL OR left_on >= joined_on`)
export class Member {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @ManyToOne(() => Association)
  @JoinColumn({ name: 'association_id', foreignKeyConstraintName: 'fk_members_association' })
  association?: Association;

  @Column({ type: 'varchar', length: 8 })
  kind!: MemberKind;

  @Column({ name: 'name_fa', type: 'varchar', length: 200 })
  nameFa!: string;

  /** The name folded for search (ی/ي, ک/ك, ZWNJ, digits): what `q` is compared with. */
  @Column({ name: 'name_search', type: 'varchar', length: 200 })
  nameSearch!: string;

  /** National id (کد ملی) of a person or registration number / national id of a firm. */
  @Column({ type: 'varchar', length: 20 })
  identifier!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  trade!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email!: string | null;

  @Column({ name: 'joined_on', type: 'date' })
  joinedOn!: string;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn!: string | null;

  @Column({ name: 'dues_status', type: 'varchar', length: 8, default: 'due' })
  duesStatus!: DuesStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
