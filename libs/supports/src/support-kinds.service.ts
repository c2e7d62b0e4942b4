import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { PHASE_KEYS, PhaseKey } from '@tashakkol/associations';
import { AuditService } from '@tashakkol/audit';
import type { PhaseSupportOffer, PhaseSupportsReader } from '@tashakkol/lifecycle';
import { AuthContext, NotFoundError, StaleVersionError } from '@tashakkol/shared';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { kindSuitsPhase } from './kind-suits-phase';
import { CreateSupportKindDto, UpdateSupportKindDto } from './supports.dto';
import {
  DuplicateKindError,
  KindInUseError,
  KindRetiredError,
  UnknownSupportKindError,
} from './supports.errors';
import { SupportBudget } from './support-budget.entity';
import { SupportGrant } from './support-grant.entity';
import { SupportKind } from './support-kind.entity';

@Injectable()
export class SupportKindsService implements PhaseSupportsReader {
  constructor(
    @InjectRepository(SupportKind) private readonly kinds: Repository<SupportKind>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<SupportKind[]> {
    return this.kinds.find({ order: { sortOrder: 'ASC', code: 'ASC' } });
  }

  /** The lifecycle's port: for each phase, the kinds of the catalog that suit it (one query). */
  async offersByPhase(): Promise<Record<PhaseKey, PhaseSupportOffer[]>> {
    const kinds = await this.list();
    const offers = {} as Record<PhaseKey, PhaseSupportOffer[]>;
    for (const phase of PHASE_KEYS) {
      offers[phase] = kinds
        .filter((k) => kindSuitsPhase(k, phase))
        .map((k) => ({ code: k.code, nameFa: k.nameFa, nameEn: k.nameEn, carries: k.carries }));
    }
    return offers;
  }

  async create(auth: AuthContext, dto: CreateSupportKindDto): Promise<SupportKind> {
    return this.db.transaction(async (em) => {
      if (await em.exists(SupportKind, { where: { code: dto.code } })) throw new DuplicateKindError(dto.code);
      const kind = await em.save(em.create(SupportKind, { ...dto, sortOrder: 100 }));
      await this.audit.record(em, auth, {
        action: 'support_kind.create',
        entity: 'support_kind',
        entityId: kind.code,
        after: kind,
      });
      return kind;
    });
  }

  /** The admin edits a kind; the row lock plus the version let one of two concurrent edits win. */
  async update(auth: AuthContext, code: string, dto: UpdateSupportKindDto): Promise<SupportKind> {
    return this.db.transaction(async (em) => {
      const kind = await em.findOne(SupportKind, { where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!kind) throw new NotFoundError('support_kind', code);
      if (kind.version !== dto.version)
        throw new StaleVersionError('support_kind', dto.version, kind.version);
      if (dto.carries !== undefined && dto.carries !== kind.carries) {
        // A budget's unit and every grant's quantity were set in what the kind carried.
        const used =
          (await em.exists(SupportGrant, { where: { kindCode: code } })) ||
          (await em.exists(SupportBudget, { where: { kindCode: code } }));
        if (used) throw new KindInUseError(code);
      }
      const before = { ...kind };
      const { version: _version, ...changes } = dto;
      const patch = Object.fromEntries(
        Object.entries(changes).filter(([, v]) => v !== undefined),
      ) as Partial<SupportKind>;
      const saved = await em.save(Object.assign(kind, patch));
      await this.audit.record(em, auth, {
        action: 'support_kind.update',
        entity: 'support_kind',
        entityId: code,
        before,
        after: saved,
      });
      return saved;
    });
  }

  /** The kind named in a request body; an unknown one is bad input (400 naming kindCode). */
  async getForInput(em: EntityManager, code: string): Promise<SupportKind> {
    const kind = await em.findOne(SupportKind, { where: { code } });
    if (!kind) throw new UnknownSupportKindError(code);
    if (!kind.active) throw new KindRetiredError(code);
    return kind;
  }
}
