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
import { LegalForm } from './legal-form.entity';
import { SectorCategory } from './sector-category.entity';

export const PHASE_KEYS = [
  'concept_review',
  'diagnosis',
  'potential_assessment',
  'formation',
  'support_monitoring',
  'development',
] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];

export const ASSOCIATION_SCOPES = ['provincial', 'national'] as const;
export type AssociationScope = (typeof ASSOCIATION_SCOPES)[number];

export const MEMBERSHIP_TYPES = ['firms', 'persons', 'mixed'] as const;
export type MembershipType = (typeof MEMBERSHIP_TYPES)[number];

export const ASSOCIATION_STATUSES = ['proposed', 'forming', 'active', 'dormant', 'dissolved'] as const;
export type AssociationStatus = (typeof ASSOCIATION_STATUSES)[number];
/** A new entry may start in any status but `dissolved`: an association is dissolved only after it existed. */
export const INITIAL_ASSOCIATION_STATUSES = ASSOCIATION_STATUSES.filter((s) => s !== 'dissolved');

export interface AssociationContact {
  phone?: string;
  email?: string;
  website?: string;
  address?: string;
  postalCode?: string;
}

/** The culture profile (principle 2): the board's own words plus traits it picks from a fixed list. */
export interface CultureProfile {
  narrative: string | null;
  traits: string[];
}

/** An association (تشکل): the register's row. Lifecycle owns `phase`, `phaseEnteredAt`, `lifecycleVersion`. */
@Entity('associations')
@Index('ix_associations_phase', ['phase'])
@Index('ix_associations_status', ['status'])
@Index('ix_associations_phase_entered_at', ['phaseEnteredAt'])
@Index('ix_associations_category', ['categoryId'])
@Index('ix_associations_legal_form', ['legalForm'])
@Index('ix_associations_scope', ['scope'])
@Index('ix_associations_parent', ['parentId'])
@Index('ix_associations_name_fa', ['nameFa'])
@Index('ix_associations_created_at', ['createdAt'])
@Index('uq_associations_registration_no', ['registrationNo'], {
  unique: true,
  where: 'registration_no IS NOT NULL',
})
@Check('ck_associations_scope', `scope IN ('provincial', 'national')`)
@Check('ck_associations_membership_type', `membership_type IN ('firms', 'persons', 'mixed')`)
@Check('ck_associations_status', `status IN ('proposed', 'forming', 'active', 'dormant', 'dissolved')`)
@Check('ck_associations_member_count', `member_count IS NULL OR member_count >= 0`)
@Check('ck_associations_not_own_parent', `parent_id IS NULL OR parent_id <> id`)
export class Association {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'name_fa', type: 'varchar', length: 200 })
  nameFa!: string;

  /** Current phase of the six (a new association starts in concept review). */
  @Column({ type: 'varchar', length: 32, default: 'concept_review' })
  phase!: PhaseKey;

  @Column({ name: 'phase_entered_at', type: 'timestamptz', default: () => 'now()' })
  phaseEnteredAt!: Date;

  /** Optimistic version of the lifecycle state (transitions), apart from the register's `version`. */
  @Column({ name: 'lifecycle_version', type: 'integer', default: 1 })
  lifecycleVersion!: number;

  @Column({ name: 'name_en', type: 'varchar', length: 200, nullable: true })
  nameEn!: string | null;

  @Column({ name: 'legal_form', type: 'varchar', length: 32, nullable: true })
  legalForm!: string | null;

  @ManyToOne(() => LegalForm, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'legal_form', foreignKeyConstraintName: 'fk_associations_legal_form' })
  legalFormRef?: LegalForm;

  @Column({ type: 'varchar', length: 16, default: 'provincial' })
  scope!: AssociationScope;

  @Column({ name: 'membership_type', type: 'varchar', length: 16, default: 'firms' })
  membershipType!: MembershipType;

  /** Sector category (رسته). KPI compares associations within one category. */
  @Column({ name: 'category_id', type: 'integer', nullable: true })
  categoryId!: number | null;

  @ManyToOne(() => SectorCategory, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'fk_associations_category' })
  category?: SectorCategory;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city!: string | null;

  @Column({ name: 'registration_no', type: 'varchar', length: 50, nullable: true })
  registrationNo!: string | null;

  @Column({ name: 'registration_authority', type: 'varchar', length: 200, nullable: true })
  registrationAuthority!: string | null;

  @Column({ name: 'registered_at', type: 'date', nullable: true })
  registeredAt!: string | null;

  @Column({ name: 'founded_at', type: 'date', nullable: true })
  foundedAt!: string | null;

  @Column({ name: 'member_count', type: 'integer', nullable: true })
  memberCount!: number | null;

  @Column({ type: 'varchar', length: 16, default: 'proposed' })
  status!: AssociationStatus;

  /** Parent for a sub-branch (زیرشاخه); the tree never has a cycle. */
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Association, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_associations_parent' })
  parent?: Association;

  /** 0 for a root; a sub-branch is its parent's depth + 1. */
  @Column({ type: 'integer', default: 0 })
  depth!: number;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  contact!: AssociationContact;

  @Column({ name: 'culture_profile', type: 'jsonb', default: () => `'{"traits": [], "narrative": null}'` })
  cultureProfile!: CultureProfile;

  /** normalizePersian(nameFa + ' ' + nameEn): what `q` searches; its GIN trigram index is written by hand in the migration. */
  @Index('ix_associations_search_trgm', { synchronize: false })
  @Column({ name: 'search_text', type: 'text', default: '', select: false })
  searchText!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
