import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@tashakkol/audit';
import { isUniqueViolation } from '@tashakkol/database';
import { AuthContext, NotFoundError, StaleVersionError } from '@tashakkol/shared';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { isValidIsic } from './association-rules';
import { DuplicateCatalogEntryError, InvalidIsicError } from './associations.errors';
import {
  CreateCategoryDto,
  CreateCodedEntryDto,
  CreateCriterionDto,
  UpdateCategoryDto,
  UpdateCodedEntryDto,
  UpdateCriterionDto,
} from './catalogs.dto';
import { ClassificationCriterion } from './classification-criterion.entity';
import { CULTURE_TRAITS } from './culture-traits';
import { LegalForm } from './legal-form.entity';
import { SectorCategory } from './sector-category.entity';

/** The catalogs the admin keeps: sector categories (رسته), legal forms, classification criteria. */
@Injectable()
export class CatalogsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  categories(): Promise<SectorCategory[]> {
    return this.db.getRepository(SectorCategory).find({ order: { nameFa: 'ASC' } });
  }

  legalForms(): Promise<LegalForm[]> {
    return this.db.getRepository(LegalForm).find({ order: { sortOrder: 'ASC', code: 'ASC' } });
  }

  criteria(): Promise<ClassificationCriterion[]> {
    return this.db.getRepository(ClassificationCriterion).find({ order: { sortOrder: 'ASC', code: 'ASC' } });
  }

  cultureTraits() {
    return CULTURE_TRAITS;
  }

  async createCategory(auth: AuthContext, dto: CreateCategoryDto): Promise<SectorCategory> {
    if (!isValidIsic(dto.isic)) throw new InvalidIsicError(dto.isic);
    return this.write('nameFa', dto.nameFa, (em) =>
      this.insertAndAudit(
        em,
        auth,
        SectorCategory,
        'sector_category',
        { ...dto, priority: dto.priority ?? false },
        (c) => String(c.id),
      ),
    );
  }

  async updateCategory(auth: AuthContext, id: number, dto: UpdateCategoryDto): Promise<SectorCategory> {
    if (dto.isic !== undefined && !isValidIsic(dto.isic)) throw new InvalidIsicError(dto.isic);
    if (id > 2_147_483_647) throw new NotFoundError('sector_category', id);
    return this.write('nameFa', dto.nameFa ?? '', (em) =>
      this.updateAndAudit(em, auth, SectorCategory, 'sector_category', { id }, String(id), dto),
    );
  }

  createLegalForm(auth: AuthContext, dto: CreateCodedEntryDto): Promise<LegalForm> {
    return this.write('code', dto.code, (em) =>
      this.insertAndAudit(em, auth, LegalForm, 'legal_form', dto, (f) => f.code),
    );
  }

  updateLegalForm(auth: AuthContext, code: string, dto: UpdateCodedEntryDto): Promise<LegalForm> {
    return this.db.transaction((em) =>
      this.updateAndAudit(em, auth, LegalForm, 'legal_form', { code }, code, dto),
    );
  }

  createCriterion(auth: AuthContext, dto: CreateCriterionDto): Promise<ClassificationCriterion> {
    return this.write('code', dto.code, (em) =>
      this.insertAndAudit(em, auth, ClassificationCriterion, 'classification_criterion', dto, (c) => c.code),
    );
  }

  updateCriterion(
    auth: AuthContext,
    code: string,
    dto: UpdateCriterionDto,
  ): Promise<ClassificationCriterion> {
    return this.db.transaction((em) =>
      this.updateAndAudit(em, auth, ClassificationCriterion, 'classification_criterion', { code }, code, dto),
    );
  }

  /** Runs a catalog write in a transaction; a duplicate key becomes a 409 naming the field. */
  private async write<T>(field: string, value: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (err) {
      if (isUniqueViolation(err)) throw new DuplicateCatalogEntryError(field, value);
      throw err;
    }
  }

  private async insertAndAudit<E extends ObjectLiteral>(
    em: EntityManager,
    auth: AuthContext,
    target: EntityTarget<E>,
    entity: string,
    values: Partial<E>,
    idOf: (row: E) => string,
  ): Promise<E> {
    // insert(), not save(): save() would quietly overwrite an entry whose code already exists.
    const result = await em.insert(target, em.create(target, values as E));
    const saved = await em.findOneOrFail(target, { where: result.identifiers[0] as never });
    await this.audit.record(em, auth, {
      action: `${entity}.create`,
      entity,
      entityId: idOf(saved),
      after: saved,
    });
    return saved;
  }

  private async updateAndAudit<E extends ObjectLiteral & { version: number }>(
    em: EntityManager,
    auth: AuthContext,
    target: EntityTarget<E>,
    entity: string,
    where: Partial<E>,
    id: string,
    dto: { version: number },
  ): Promise<E> {
    const current = await em.findOne(target, { where: where as never, lock: { mode: 'pessimistic_write' } });
    if (!current) throw new NotFoundError(entity, id);
    if (current.version !== dto.version) throw new StaleVersionError(entity, dto.version, current.version);
    const { version: _v, ...changes } = dto;
    const patch = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    if (Object.keys(patch).length) await em.update(target, where as never, patch as never);
    const saved = await em.findOneOrFail(target, { where: where as never });
    await this.audit.record(em, auth, {
      action: `${entity}.update`,
      entity,
      entityId: id,
      before: current,
      after: saved,
    });
    return saved;
  }
}
