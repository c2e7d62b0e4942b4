import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tashakkol/audit';
import { findOneById, isUniqueViolation } from '@tashakkol/database';
import {
  assertAssociationScope,
  AuthContext,
  NotFoundError,
  normalizePersian,
  Page,
  pageOffset,
  StaleVersionError,
  toPage,
} from '@tashakkol/shared';
import { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { checkParent, escapeLike, fieldsForbiddenToBoard, MAX_TREE_DEPTH } from './association-rules';
import { AssociationView, searchTextOf, toAssociationView } from './association-view';
import { Association, CultureProfile } from './association.entity';
import {
  AssociationFilterDto,
  AssociationQueryDto,
  CreateAssociationDto,
  PutCultureProfileDto,
  UpdateAssociationDto,
} from './associations.dto';
import {
  BoardFieldForbiddenError,
  DuplicateRegistrationNoError,
  ParentCycleError,
  TreeTooDeepError,
  UnknownCategoryError,
  UnknownLegalFormError,
  UnknownParentError,
} from './associations.errors';
import { LegalForm } from './legal-form.entity';
import { SectorCategory } from './sector-category.entity';

/** Serialises changes of the tree, so two concurrent moves cannot together close a loop. */
const TREE_LOCK = 7_310_101;

const SORT_COLUMNS: Record<string, string> = {
  nameFa: 'a.name_fa',
  createdAt: 'a.created_at',
  foundedAt: 'a.founded_at',
  memberCount: 'a.member_count',
};

const NULLABLE_SORTS = new Set(['a.founded_at', 'a.member_count']);

@Injectable()
export class AssociationsService {
  constructor(
    @InjectRepository(Association) private readonly associations: Repository<Association>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(auth: AuthContext, dto: CreateAssociationDto): Promise<AssociationView> {
    return this.db.transaction(async (em) => {
      await this.checkLegalForm(em, dto.legalForm);
      await this.checkCategory(em, dto.categoryId);
      await this.checkRegistrationNo(em, dto.registrationNo ?? null, null);
      let depth = 0;
      if (dto.parentId) {
        await em.query('SELECT pg_advisory_xact_lock($1)', [TREE_LOCK]);
        depth = await this.depthUnder(em, null, dto.parentId, 0);
      }
      const row = await this.insertRow(em, dto, depth);
      const view = toAssociationView(row);
      await this.audit.record(em, auth, {
        action: 'association.create',
        entity: 'association',
        entityId: row.id,
        associationId: row.id,
        after: view,
      });
      return view;
    });
  }

  /** Inserts one association whose references were already checked (shared with the import). */
  async insertRow(em: EntityManager, dto: CreateAssociationDto, depth: number): Promise<Association> {
    try {
      const result = await em.insert(Association, {
        nameFa: dto.nameFa,
        nameEn: dto.nameEn ?? null,
        legalForm: dto.legalForm,
        scope: dto.scope,
        membershipType: dto.membershipType,
        categoryId: dto.categoryId,
        city: dto.city,
        parentId: dto.parentId ?? null,
        depth,
        registrationNo: dto.registrationNo ?? null,
        registrationAuthority: dto.registrationAuthority ?? null,
        registeredAt: dto.registeredAt ?? null,
        foundedAt: dto.foundedAt ?? null,
        memberCount: dto.memberCount ?? null,
        status: dto.status ?? 'proposed',
        contact: { ...(dto.contact ?? {}) },
        searchText: searchTextOf(dto.nameFa, dto.nameEn),
      });
      const id = (result.identifiers[0] as { id: string }).id;
      return await em.findOneOrFail(Association, { where: { id } });
    } catch (err) {
      if (isUniqueViolation(err, 'uq_associations_registration_no')) {
        throw new DuplicateRegistrationNoError(dto.registrationNo ?? '');
      }
      throw err;
    }
  }

  async list(auth: AuthContext, query: AssociationQueryDto): Promise<Page<AssociationView>> {
    const qb = this.filtered(auth, query).skip(pageOffset(query)).take(query.pageSize);
    const [items, total] = await qb.getManyAndCount();
    return toPage(items.map(toAssociationView), total, query);
  }

  /** The filtered, sorted list as a query (also used by the export). */
  filtered(auth: AuthContext, f: AssociationFilterDto): SelectQueryBuilder<Association> {
    const qb = this.associations.createQueryBuilder('a');
    if (auth.role === 'board') qb.andWhere('a.id = :own', { own: auth.associationId });
    const q = f.q ? normalizePersian(f.q) : '';
    if (q) qb.andWhere(`a.search_text LIKE :q`, { q: `%${escapeLike(q)}%` });
    if (f.phase) qb.andWhere('a.phase = :phase', { phase: f.phase });
    if (f.status) qb.andWhere('a.status = :status', { status: f.status });
    if (f.categoryId) qb.andWhere('a.category_id = :categoryId', { categoryId: f.categoryId });
    if (f.legalForm) qb.andWhere('a.legal_form = :legalForm', { legalForm: f.legalForm });
    if (f.scope) qb.andWhere('a.scope = :scope', { scope: f.scope });
    if (f.parentId) qb.andWhere('a.parent_id = :parentId', { parentId: f.parentId });
    if (f.priority !== undefined) {
      qb.andWhere('a.category_id IN (SELECT c.id FROM sector_categories c WHERE c.priority = :priority)', {
        priority: f.priority,
      });
    }
    const sort = f.sort ?? '-createdAt';
    const desc = sort.startsWith('-');
    const column = SORT_COLUMNS[desc ? sort.slice(1) : sort];
    // name_fa and created_at are NOT NULL: no NULLS clause, so their indexes can give the order.
    const nulls = NULLABLE_SORTS.has(column) ? 'NULLS LAST' : undefined;
    qb.orderBy(column, desc ? 'DESC' : 'ASC', nulls).addOrderBy('a.id', 'ASC');
    return qb;
  }

  /** One association by id, as the caller may see it (another association's board user → 404). */
  async getVisible(auth: AuthContext, id: string): Promise<AssociationView> {
    assertAssociationScope(auth, id);
    const row = await findOneById(this.associations, id);
    if (!row) throw new NotFoundError('association', id);
    return toAssociationView(row);
  }

  async update(auth: AuthContext, id: string, dto: UpdateAssociationDto): Promise<AssociationView> {
    assertAssociationScope(auth, id);
    const { version, ...changes } = dto;
    const fields = Object.keys(changes).filter((k) => changes[k as keyof typeof changes] !== undefined);
    if (auth.role === 'board') {
      const forbidden = fieldsForbiddenToBoard(fields);
      if (forbidden.length) throw new BoardFieldForbiddenError(forbidden);
    }
    return this.db.transaction(async (em) => {
      const current = await this.lockForWrite(em, id, version);
      const patch: Partial<Association> = {};
      for (const f of fields) (patch as Record<string, unknown>)[f] = changes[f as keyof typeof changes];
      if (dto.legalForm !== undefined && dto.legalForm !== current.legalForm)
        await this.checkLegalForm(em, dto.legalForm);
      if (dto.categoryId !== undefined && dto.categoryId !== current.categoryId)
        await this.checkCategory(em, dto.categoryId);
      if (dto.registrationNo !== undefined && dto.registrationNo !== current.registrationNo) {
        await this.checkRegistrationNo(em, dto.registrationNo, id);
      }
      if (dto.cultureProfile) patch.cultureProfile = normalizeProfile(dto.cultureProfile);
      if (dto.contact) patch.contact = { ...dto.contact };
      if (dto.nameFa !== undefined || dto.nameEn !== undefined) {
        patch.searchText = searchTextOf(
          dto.nameFa ?? current.nameFa,
          dto.nameEn !== undefined ? dto.nameEn : current.nameEn,
        );
      }
      if (dto.parentId !== undefined && dto.parentId !== current.parentId) {
        patch.depth = await this.placeUnder(em, current, dto.parentId);
      }
      return this.saveAndAudit(em, auth, current, patch, 'association.update');
    });
  }

  async putCultureProfile(
    auth: AuthContext,
    id: string,
    dto: PutCultureProfileDto,
  ): Promise<AssociationView> {
    assertAssociationScope(auth, id);
    return this.db.transaction(async (em) => {
      const current = await this.lockForWrite(em, id, dto.version);
      return this.saveAndAudit(
        em,
        auth,
        current,
        { cultureProfile: normalizeProfile(dto) },
        'association.culture_profile',
      );
    });
  }

  /** Locks the row and checks the caller read the current version. */
  async lockForWrite(em: EntityManager, id: string, version: number): Promise<Association> {
    const current = await em.findOne(Association, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw new NotFoundError('association', id);
    if (current.version !== version) throw new StaleVersionError('association', version, current.version);
    return current;
  }

  private async saveAndAudit(
    em: EntityManager,
    auth: AuthContext,
    current: Association,
    patch: Partial<Association>,
    action: string,
  ): Promise<AssociationView> {
    try {
      // update() bumps version and updated_at; phase and lifecycle columns are never in the patch.
      await em.update(Association, { id: current.id }, patch);
    } catch (err) {
      if (isUniqueViolation(err, 'uq_associations_registration_no')) {
        throw new DuplicateRegistrationNoError(String(patch.registrationNo));
      }
      throw err;
    }
    const saved = toAssociationView(await em.findOneOrFail(Association, { where: { id: current.id } }));
    await this.audit.record(em, auth, {
      action,
      entity: 'association',
      entityId: current.id,
      associationId: current.id,
      before: toAssociationView(current),
      after: saved,
    });
    return saved;
  }

  async checkLegalForm(em: EntityManager, code: string): Promise<void> {
    if (!(await em.exists(LegalForm, { where: { code, active: true } })))
      throw new UnknownLegalFormError(code);
  }

  async checkCategory(em: EntityManager, id: number): Promise<void> {
    if (!(await em.exists(SectorCategory, { where: { id, active: true } })))
      throw new UnknownCategoryError(id);
  }

  private async checkRegistrationNo(
    em: EntityManager,
    no: string | null,
    selfId: string | null,
  ): Promise<void> {
    if (!no) return;
    const other = await em.findOne(Association, { where: { registrationNo: no }, select: { id: true } });
    if (other && other.id !== selfId) throw new DuplicateRegistrationNoError(no);
  }

  /**
   * Hangs `current` under `parentId` (null: a root) and shifts its sub-branches with it; returns the
   * new depth for the caller's update of the row. Refuses a loop or a tree too deep.
   */
  async placeUnder(
    em: EntityManager,
    current: Association,
    parentId: string | null,
    field = 'parentId',
  ): Promise<number> {
    await em.query('SELECT pg_advisory_xact_lock($1)', [TREE_LOCK]);
    const height = await this.subtreeHeight(em, current.id);
    const depth = parentId === null ? 0 : await this.depthUnder(em, current.id, parentId, height, field);
    if (depth !== current.depth) await this.shiftDescendants(em, current.id, depth - current.depth);
    return depth;
  }

  /** The depth `selfId` gets under `parentId`, refusing a loop or a tree too deep. */
  async depthUnder(
    em: EntityManager,
    selfId: string | null,
    parentId: string,
    subtreeHeight: number,
    field = 'parentId',
  ): Promise<number> {
    const rows: { id: string }[] = await em.query(
      `WITH RECURSIVE chain(id, parent_id, n) AS (
         SELECT id, parent_id, 1 FROM associations WHERE id = $1
         UNION ALL
         SELECT a.id, a.parent_id, c.n + 1 FROM associations a JOIN chain c ON a.id = c.parent_id WHERE c.n <= $2
       ) SELECT id FROM chain ORDER BY n`,
      [parentId, MAX_TREE_DEPTH + 1],
    );
    if (rows.length === 0) throw new UnknownParentError(parentId, field);
    const verdict = checkParent(
      selfId,
      rows.map((r) => r.id),
      subtreeHeight,
    );
    if (!verdict.ok)
      throw verdict.reason === 'cycle'
        ? new ParentCycleError(parentId, field)
        : new TreeTooDeepError(MAX_TREE_DEPTH, field);
    return verdict.depth;
  }

  private async subtreeHeight(em: EntityManager, id: string): Promise<number> {
    const rows: { h: number | null }[] = await em.query(
      `WITH RECURSIVE sub(id, lvl) AS (
         SELECT id, 0 FROM associations WHERE id = $1
         UNION ALL
         SELECT a.id, s.lvl + 1 FROM associations a JOIN sub s ON a.parent_id = s.id WHERE s.lvl <= $2
       ) SELECT max(lvl)::int AS h FROM sub`,
      [id, MAX_TREE_DEPTH + 1],
    );
    return rows[0]?.h ?? 0;
  }

  private async shiftDescendants(em: EntityManager, id: string, delta: number): Promise<void> {
    await em.query(
      `WITH RECURSIVE sub(id) AS (
         SELECT id FROM associations WHERE parent_id = $1
         UNION ALL
         SELECT a.id FROM associations a JOIN sub s ON a.parent_id = s.id
       ) UPDATE associations SET depth = depth + $2 WHERE id IN (SELECT id FROM sub)`,
      [id, delta],
    );
  }
}

function normalizeProfile(p: { narrative?: string | null; traits: string[] }): CultureProfile {
  const narrative = p.narrative?.trim();
  return { narrative: narrative ? narrative : null, traits: [...p.traits] };
}
