import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tashakkol/audit';
import {
  AuthContext,
  LabelMap,
  labelsOf,
  NotFoundError,
  Page,
  pageOffset,
  StaleVersionError,
  toPage,
} from '@tashakkol/shared';
import { DataSource, EntityManager, FindOptionsWhere, Repository } from 'typeorm';
import { FormulaError, validateFormula } from '../domain/formula';
import { DuplicateIndicatorError, InvalidFormulaError, NotRecordableError } from '../kpi.errors';
import { isRecordedIndicator, RECORDED_INDICATORS } from '../records/chamber-records';
import { CreateIndicatorDto, IndicatorQueryDto, UpdateIndicatorDto } from './indicator.dto';
import { KpiIndicator } from './indicator.entity';

const num = (v: number | null | undefined): string | null =>
  v === null || v === undefined ? null : String(v);

@Injectable()
export class IndicatorsService {
  constructor(
    @InjectRepository(KpiIndicator) private readonly indicators: Repository<KpiIndicator>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: IndicatorQueryDto): Promise<Page<KpiIndicator>> {
    const where: FindOptionsWhere<KpiIndicator> = {};
    if (query.axis) where.axis = query.axis;
    if (query.criterion) where.criterion = query.criterion;
    if (query.frequency) where.frequency = query.frequency;
    if (query.active !== undefined) where.active = query.active;
    const [items, total] = await this.indicators.findAndCount({
      where,
      order: { code: 'ASC' },
      skip: pageOffset(query),
      take: query.pageSize,
    });
    return toPage(items, total, query);
  }

  /** Every indicator's code and names, in one read (for the labels the web app shows). */
  async labels(): Promise<LabelMap> {
    const rows = await this.indicators.find({ select: ['code', 'nameFa', 'nameEn'], order: { code: 'ASC' } });
    return labelsOf(
      rows,
      (r) => r.code,
      (r) => r.nameFa,
      (r) => r.nameEn,
    );
  }

  async get(code: string): Promise<KpiIndicator> {
    const ind = await this.indicators.findOne({ where: { code } });
    if (!ind) throw new NotFoundError('indicator', code);
    return ind;
  }

  async create(auth: AuthContext, dto: CreateIndicatorDto): Promise<KpiIndicator> {
    return this.db.transaction(async (em) => {
      // One catalog change at a time, so two concurrent saves cannot close a cycle between them.
      await em.query('LOCK TABLE kpi_indicators IN SHARE ROW EXCLUSIVE MODE');
      if (await em.exists(KpiIndicator, { where: { code: dto.code } }))
        throw new DuplicateIndicatorError(dto.code);
      const ind = em.create(KpiIndicator, {
        code: dto.code,
        nameFa: dto.nameFa,
        nameEn: dto.nameEn,
        axis: dto.axis,
        criterion: dto.criterion,
        unit: dto.unit,
        direction: dto.direction,
        kind: dto.kind,
        formula: dto.kind === 'derived' ? (dto.formula ?? null) : null,
        frequency: dto.frequency,
        defaultWeight: String(dto.defaultWeight),
        publicPolicy: dto.publicPolicy ?? false,
        publicTarget: num(dto.publicTarget),
        capPercent: num(dto.capPercent),
        active: dto.active ?? true,
      });
      await this.checkFormula(em, ind);
      const saved = await em.save(ind);
      await this.audit.record(em, auth, {
        action: 'kpi.indicator.create',
        entity: 'kpi_indicator',
        entityId: saved.code,
        after: saved,
      });
      return saved;
    });
  }

  async update(auth: AuthContext, code: string, dto: UpdateIndicatorDto): Promise<KpiIndicator> {
    return this.db.transaction(async (em) => {
      await em.query('LOCK TABLE kpi_indicators IN SHARE ROW EXCLUSIVE MODE');
      const ind = await em.findOne(KpiIndicator, { where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!ind) throw new NotFoundError('indicator', code);
      if (ind.version !== dto.version) throw new StaleVersionError('indicator', dto.version, ind.version);
      const before = { ...ind };
      const { version: _v, defaultWeight, publicTarget, capPercent, formula, ...plain } = dto;
      Object.assign(ind, plain);
      if (defaultWeight !== undefined) ind.defaultWeight = String(defaultWeight);
      if (publicTarget !== undefined) ind.publicTarget = num(publicTarget);
      if (capPercent !== undefined) ind.capPercent = num(capPercent);
      if (formula !== undefined) ind.formula = formula;
      if (ind.kind !== 'derived') ind.formula = null;
      await this.checkFormula(em, ind);
      const saved = await em.save(ind);
      await this.audit.record(em, auth, {
        action: 'kpi.indicator.update',
        entity: 'kpi_indicator',
        entityId: code,
        before,
        after: saved,
      });
      return saved;
    });
  }

  /** Formulas are checked against the whole catalog as it will be after the save. */
  private async checkFormula(em: EntityManager, ind: KpiIndicator): Promise<void> {
    if (ind.kind === 'recorded' && !isRecordedIndicator(ind.code))
      throw new NotRecordableError(ind.code, Object.keys(RECORDED_INDICATORS));
    const catalog = await em.find(KpiIndicator, { select: ['code', 'kind', 'formula', 'frequency'] });
    const after = [...catalog.filter((c) => c.code !== ind.code), ind];
    try {
      if (ind.kind === 'derived') validateFormula(ind, after);
      // A change of frequency or kind may break the formulas of the indicators that use this one.
      for (const other of after.filter((c) => c.kind === 'derived' && c.code !== ind.code)) {
        if (other.formula?.match(new RegExp(`\\b${ind.code}\\b`))) validateFormula(other, after);
      }
    } catch (err) {
      if (err instanceof FormulaError) throw new InvalidFormulaError(err.message, err.reasonFa);
      throw err;
    }
  }
}
