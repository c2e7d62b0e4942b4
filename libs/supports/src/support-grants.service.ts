import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Association } from '@tashakkol/associations';
import { AuditService } from '@tashakkol/audit';
import { RecipientDirectory } from '@tashakkol/identity';
import { NotificationsService } from '@tashakkol/notifications';
import {
  assertAssociationScope,
  AuthContext,
  BadInputError,
  jalaliYearOf,
  NotFoundError,
  Page,
  pageOffset,
  SCORE_REQUESTS,
  ScoreRequests,
  StaleVersionError,
  toPage,
  withJalali,
} from '@tashakkol/shared';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { checkApprovalWithinLimit } from './approval-limit-rules';
import {
  ApprovalLimitsService,
  approvedThisYear,
  approversWhoCanApprove,
  toTerms,
} from './approval-limits.service';
import { BudgetFigures, consume, release, reserve } from './budget-arithmetic';
import {
  CHAMBER_FUNDING_SHARE_SOURCE,
  ChamberFundingShareSource,
  NoRevenueKnownSource,
} from './chamber-funding-share.source';
import { COMMITTED_STATUSES_SQL, GrantAction, GrantStatus, nextGrantStatus } from './grant-state-machine';
import { actorsOf, toGrantView } from './grant-view';
import { toBudgetView } from './support-budgets.service';
import { kindSuitsPhase } from './kind-suits-phase';
import { ApprovalContextView, GrantDetailView, GrantView } from './supports.views';
import { evaluateIndependence } from './independence-precaution';
import {
  ApproveSupportDto,
  AssociationSupportsQueryDto,
  CancelSupportDto,
  DeliverSupportDto,
  RejectSupportDto,
  RequestSupportDto,
  SupportsFilterDto,
  SupportsQueryDto,
} from './supports.dto';
import {
  ApprovalLimitError,
  KindNotSuitedError,
  NoBudgetError,
  PrecautionNotAcknowledgedError,
} from './supports.errors';
import { SupportBudget } from './support-budget.entity';
import { SupportGrantEvent } from './support-grant-event.entity';
import { supportsTextsFa } from './supports-notifications.fa';
import { SupportGrant } from './support-grant.entity';
import { SupportKind } from './support-kind.entity';
import { SupportKindsService } from './support-kinds.service';
import { SupportSettingsService } from './support-settings.service';

/** Roles whose approvals are not bounded by a delegated limit. */
const UNLIMITED_APPROVERS = new Set(['president', 'admin']);

@Injectable()
export class SupportGrantsService {
  private readonly logger = new Logger(SupportGrantsService.name);
  private readonly revenue: ChamberFundingShareSource;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly kinds: SupportKindsService,
    private readonly limits: ApprovalLimitsService,
    private readonly settings: SupportSettingsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly people: RecipientDirectory,
    @Optional() @Inject(CHAMBER_FUNDING_SHARE_SOURCE) revenue?: ChamberFundingShareSource,
    @Optional() @Inject(SCORE_REQUESTS) private readonly scoreRequests?: ScoreRequests,
  ) {
    // KPI provides the port globally when it is loaded; without it no revenue is known.
    this.revenue = revenue ?? new NoRevenueKnownSource();
  }

  /** A request, stamped with the association's phase read in the same transaction. */
  async request(auth: AuthContext, associationId: string, dto: RequestSupportDto): Promise<GrantView> {
    return this.db.transaction(async (em) => {
      // FOR SHARE: a phase transition in flight finishes first, so the stamp is the committed phase.
      const association = await em.findOne(Association, {
        where: { id: associationId },
        lock: { mode: 'pessimistic_read' },
      });
      if (!association) throw new NotFoundError('association', associationId);
      const kind = await this.kinds.getForInput(em, dto.kindCode);
      const quantity = quantityOf(kind, dto);
      const suitsPhase = kindSuitsPhase(kind, association.phase);
      if (!suitsPhase && !dto.overrideReason) throw new KindNotSuitedError(kind.code, association.phase);
      const now = new Date();
      const grant = await em.save(
        em.create(SupportGrant, {
          associationId,
          kindCode: kind.code,
          phase: association.phase,
          suitsPhase,
          overrideReason: dto.overrideReason ?? null,
          amountRials: dto.amountRials ?? null,
          hours: dto.hours ?? null,
          participants: dto.participants ?? null,
          quantity: quantity.toString(),
          justification: dto.justification,
          status: 'requested',
          fiscalYear: jalaliYearOf(now),
          requestedBy: auth.userId,
          requestedAt: now,
          precautions: [],
        }),
      );
      await this.addEvent(em, auth, grant, 'request', null, dto.overrideReason ?? null);
      await this.audit.record(em, auth, {
        action: 'support.request',
        entity: 'support_grant',
        entityId: grant.id,
        associationId,
        after: grant,
      });
      return toGrantView({ ...grant, kind });
    });
  }

  async approve(auth: AuthContext, id: string, dto: ApproveSupportDto): Promise<GrantView> {
    const approval = this.move(
      auth,
      id,
      'approve',
      dto.version,
      dto.comment ?? null,
      async (em, grant, kind) => {
        const now = new Date();
        const amount = BigInt(grant.quantity);
        await this.checkIndependence(em, grant, dto.acknowledgePrecautions === true);
        if (!UNLIMITED_APPROVERS.has(auth.role)) {
          // Locking the limit row serialises this approver's approvals, so the yearly sum cannot be raced past.
          const limit = await this.limits.findValid(em, auth.userId, kind.code, now, true);
          const used = await approvedThisYear(em, auth.userId, kind.code, grant.fiscalYear);
          checkApprovalWithinLimit(limit && toTerms(limit), used, amount, {
            kindCode: kind.code,
            fiscalYear: grant.fiscalYear,
            at: now,
          });
        }
        // SELECT … FOR UPDATE on the budget row: parallel approvals of one (year, kind) queue here, so none can overspend.
        const budget = await em.findOne(SupportBudget, {
          where: { fiscalYear: grant.fiscalYear, kindCode: kind.code },
          lock: { mode: 'pessimistic_write' },
        });
        if (!budget && kind.carries !== 'in_kind') throw new NoBudgetError(grant.fiscalYear, kind.code);
        if (budget) {
          await this.saveBudget(
            em,
            budget,
            reserve(figures(budget), amount, { fiscalYear: grant.fiscalYear, kindCode: kind.code }),
          );
          grant.budgetId = budget.id;
        }
        grant.approvedBy = auth.userId;
        grant.approvedAt = now;
        grant.decidedBy = auth.userId;
        grant.decidedAt = now;
      },
    );
    return this.tellingWhoCanApprove(auth, id, approval);
  }

  /**
   * A grant over this approver's limit waits for someone who may approve it: the approvers whose
   * limit covers it and the president are told, once per grant, then the refusal stands.
   */
  private async tellingWhoCanApprove(
    auth: AuthContext,
    id: string,
    approval: Promise<GrantView>,
  ): Promise<GrantView> {
    try {
      return await approval;
    } catch (err) {
      if (err instanceof ApprovalLimitError) {
        await this.db
          .transaction((em) => this.notifyWhoCanApprove(em, auth, id))
          .catch((e: unknown) =>
            this.logger.warn(`Telling who can approve grant ${id} failed: ${String(e)}`),
          );
      }
      throw err;
    }
  }

  private async notifyWhoCanApprove(em: EntityManager, auth: AuthContext, id: string): Promise<void> {
    const grant = await em.findOneOrFail(SupportGrant, { where: { id }, relations: { kind: true } });
    const association = await em.findOneOrFail(Association, { where: { id: grant.associationId } });
    const approvers = await approversWhoCanApprove(em, grant, new Date());
    await this.notifications.notify(em, {
      key: `grant-over-limit:${grant.id}`,
      kind: 'grant_over_limit',
      associationId: grant.associationId,
      ...supportsTextsFa.grantOverLimit({
        kindNameFa: grant.kind?.nameFa ?? grant.kindCode,
        associationNameFa: association.nameFa,
        phase: grant.phase,
        carries: grant.kind?.carries ?? 'rials',
        quantity: grant.quantity,
      }),
      to: { userIds: approvers.filter((u) => u !== auth.userId), roles: ['president'] },
    });
  }

  reject(auth: AuthContext, id: string, dto: RejectSupportDto): Promise<GrantView> {
    return this.move(auth, id, 'reject', dto.version, dto.comment, async (_em, grant) => {
      grant.decidedBy = auth.userId;
      grant.decidedAt = new Date();
    });
  }

  deliver(auth: AuthContext, id: string, dto: DeliverSupportDto): Promise<GrantView> {
    return this.move(auth, id, 'deliver', dto.version, dto.comment ?? null, async (em, grant) => {
      const budget = await this.lockedBudgetOf(em, grant);
      if (budget) await this.saveBudget(em, budget, consume(figures(budget), BigInt(grant.quantity)));
      grant.deliveredBy = auth.userId;
      grant.deliveredAt = new Date();
      grant.evidence = dto.evidence;
      // The KPIs read delivered grants (chamber funding, training delivered): score again.
      await this.scoreRequests?.requestRescore(em, grant.associationId, 'grant_delivered', grant.id);
    });
  }

  cancel(auth: AuthContext, id: string, dto: CancelSupportDto): Promise<GrantView> {
    return this.move(auth, id, 'cancel', dto.version, dto.comment, async (em, grant, _kind, from) => {
      if (from !== 'approved') return;
      const budget = await this.lockedBudgetOf(em, grant);
      if (budget) await this.saveBudget(em, budget, release(figures(budget), BigInt(grant.quantity)));
    });
  }

  async get(auth: AuthContext, id: string): Promise<GrantDetailView> {
    const grant = await this.grantsQuery(this.db.manager).where('g.id = :id', { id }).getOne();
    if (!grant || (auth.role === 'board' && grant.associationId !== auth.associationId))
      throw new NotFoundError('support_grant', id);
    const events = await this.db.manager.find(SupportGrantEvent, {
      where: { grantId: id },
      order: { id: 'ASC' },
    });
    const names = await this.people.fullNamesOf([...actorsOf(grant), ...events.map((e) => e.actorId)]);
    return {
      ...toGrantView(grant, names),
      events: events.map((e) => ({
        ...withJalali(e, ['occurredAt']),
        actorName: names.get(e.actorId) ?? null,
      })),
    };
  }

  /**
   * Before an approval: the budget the grant would draw on and what is left of the caller's own
   * limit, computed as approve() checks them (so the screen shows what the refusal would say).
   */
  async approvalContext(auth: AuthContext, id: string): Promise<ApprovalContextView> {
    const em = this.db.manager;
    const grant = await em.findOne(SupportGrant, { where: { id }, relations: { kind: true } });
    if (!grant) throw new NotFoundError('support_grant', id);
    const budget = await em.findOne(SupportBudget, {
      where: { fiscalYear: grant.fiscalYear, kindCode: grant.kindCode },
      relations: { kind: true },
    });
    const unlimited = UNLIMITED_APPROVERS.has(auth.role);
    let limit: ApprovalContextView['limit'] = null;
    if (!unlimited) {
      limit = await this.limits.useOf(em, auth.userId, grant.kindCode, grant.fiscalYear, new Date());
    }
    return {
      grantId: grant.id,
      kindCode: grant.kindCode,
      fiscalYear: grant.fiscalYear,
      carries: grant.kind?.carries ?? 'rials',
      quantity: grant.quantity,
      budget: budget ? toBudgetView(budget) : null,
      unlimited,
      limit,
    };
  }

  async listForAssociation(
    auth: AuthContext,
    associationId: string,
    query: AssociationSupportsQueryDto,
  ): Promise<Page<GrantView>> {
    assertAssociationScope(auth, associationId);
    if (!(await this.db.manager.exists(Association, { where: { id: associationId } })))
      throw new NotFoundError('association', associationId);
    const qb = this.grantsQuery(this.db.manager).where('g.association_id = :associationId', {
      associationId,
    });
    if (query.status) qb.andWhere('g.status = :status', { status: query.status });
    return this.page(qb, query);
  }

  async list(query: SupportsQueryDto): Promise<Page<GrantView>> {
    return this.page(this.filtered(query), query);
  }

  /** Grants matching the chamber's filters, newest first, with their kind and association (one query). */
  filtered(f: SupportsFilterDto): SelectQueryBuilder<SupportGrant> {
    const qb = this.grantsQuery(this.db.manager);
    if (f.phase) qb.andWhere('g.phase = :phase', { phase: f.phase });
    if (f.kind) qb.andWhere('g.kind_code = :kind', { kind: f.kind });
    if (f.status) qb.andWhere('g.status = :status', { status: f.status });
    if (f.fiscalYear) qb.andWhere('g.fiscal_year = :fy', { fy: f.fiscalYear });
    if (f.associationId) qb.andWhere('g.association_id = :aid', { aid: f.associationId });
    return qb;
  }

  private grantsQuery(em: EntityManager): SelectQueryBuilder<SupportGrant> {
    return em
      .createQueryBuilder(SupportGrant, 'g')
      .leftJoinAndSelect('g.kind', 'k')
      .leftJoinAndSelect('g.association', 'a')
      .orderBy('g.requestedAt', 'DESC')
      .addOrderBy('g.id', 'DESC');
  }

  private async page(
    qb: SelectQueryBuilder<SupportGrant>,
    query: { page: number; pageSize: number },
  ): Promise<Page<GrantView>> {
    const [items, total] = await qb.skip(pageOffset(query)).take(query.pageSize).getManyAndCount();
    const names = await this.people.fullNamesOf(items.flatMap(actorsOf));
    return toPage(
      items.map((g) => toGrantView(g, names)),
      total,
      query,
    );
  }

  /** One state change: lock, compare version, check the move, apply its effects, record the step and the audit row. */
  private async move(
    auth: AuthContext,
    id: string,
    action: GrantAction,
    version: number,
    comment: string | null,
    effects: (em: EntityManager, grant: SupportGrant, kind: SupportKind, from: GrantStatus) => Promise<void>,
  ): Promise<GrantView> {
    return this.db.transaction(async (em) => {
      const grant = await em.findOne(SupportGrant, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!grant) throw new NotFoundError('support_grant', id);
      if (grant.version !== version) throw new StaleVersionError('support_grant', version, grant.version);
      const from = grant.status;
      const { to } = nextGrantStatus(from, action);
      const before = { ...grant };
      const kind = await em.findOneOrFail(SupportKind, { where: { code: grant.kindCode } });
      await effects(em, grant, kind, from);
      grant.status = to;
      const saved = await em.save(grant);
      await this.addEvent(em, auth, saved, action, from, comment);
      await this.audit.record(em, auth, {
        action: `support.${action}`,
        entity: 'support_grant',
        entityId: saved.id,
        associationId: saved.associationId,
        before,
        after: { ...saved, comment },
      });
      return toGrantView({ ...saved, kind });
    });
  }

  /**
   * Financial independence: the association's approved and delivered grants of the year plus this
   * one, against its revenue (once KPI reports it) or the chamber's Rials threshold.
   */
  private async checkIndependence(
    em: EntityManager,
    grant: SupportGrant,
    acknowledged: boolean,
  ): Promise<void> {
    if (!grant.amountRials || grant.amountRials === '0') return;
    // Parallel approvals for one association and year queue here until the one before commits,
    // so each sums what the others approved (without it, three 2 bn grants all fit under 5 bn).
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `supports.independence:${grant.associationId}:${grant.fiscalYear}`,
    ]);
    const granted = await sumAmount(em, grant.associationId, grant.fiscalYear);
    const revenue = await this.revenue.revenueRials(em, grant.associationId, grant.fiscalYear);
    const verdict = evaluateIndependence(
      granted,
      BigInt(grant.amountRials),
      revenue,
      await this.settings.independence(em),
    );
    if (verdict.precautions.length === 0) return;
    if (!acknowledged) throw new PrecautionNotAcknowledgedError(verdict.precautions, verdict.detail);
    grant.precautions = verdict.precautions;
  }

  private async lockedBudgetOf(em: EntityManager, grant: SupportGrant): Promise<SupportBudget | null> {
    if (!grant.budgetId) return null;
    return em.findOne(SupportBudget, { where: { id: grant.budgetId }, lock: { mode: 'pessimistic_write' } });
  }

  private async saveBudget(em: EntityManager, budget: SupportBudget, next: BudgetFigures): Promise<void> {
    budget.reserved = next.reserved.toString();
    budget.spent = next.spent.toString();
    await em.save(budget);
  }

  private async addEvent(
    em: EntityManager,
    auth: AuthContext,
    grant: SupportGrant,
    action: string,
    from: GrantStatus | null,
    comment: string | null,
  ) {
    await em.insert(SupportGrantEvent, {
      grantId: grant.id,
      action,
      fromStatus: from,
      toStatus: grant.status,
      actorId: auth.userId,
      actorRole: auth.role,
      comment,
    });
  }
}

/** What a grant weighs against budgets and limits, checked against what its kind carries. */
function quantityOf(kind: SupportKind, dto: RequestSupportDto): bigint {
  if (kind.carries === 'hours') {
    if (dto.amountRials !== undefined)
      throw new BadInputError(
        'supports.wrong_measure',
        `amountRials: ${kind.code} is measured in hours, not Rials`,
      );
    if (dto.hours === undefined)
      throw new BadInputError('supports.hours_required', `hours is required for ${kind.code}`);
    if (dto.participants === undefined)
      throw new BadInputError(
        'supports.participants_required',
        `participants is required for ${kind.code} (hours × participants is the training delivered)`,
      );
    return BigInt(dto.hours);
  }
  if (dto.hours !== undefined)
    throw new BadInputError(
      'supports.wrong_measure',
      `hours: only training is measured in hours, not ${kind.code}`,
    );
  if (dto.participants !== undefined)
    throw new BadInputError('supports.wrong_measure', `participants: only training records participants`);
  if (kind.carries === 'rials') {
    if (dto.amountRials === undefined)
      throw new BadInputError('supports.amount_required', `amountRials is required for ${kind.code}`);
    if (dto.amountRials === '0')
      throw new BadInputError('supports.amount_required', `amountRials must be more than 0`);
  }
  return BigInt(dto.amountRials ?? '0');
}

function figures(b: SupportBudget): BudgetFigures {
  return { total: BigInt(b.total), reserved: BigInt(b.reserved), spent: BigInt(b.spent) };
}

async function sumAmount(em: EntityManager, associationId: string, fiscalYear: number): Promise<bigint> {
  const rows: { s: string }[] = await em.query(
    `SELECT COALESCE(SUM(amount_rials), 0)::text AS s FROM support_grants
      WHERE association_id = $1 AND fiscal_year = $2 AND status IN (${COMMITTED_STATUSES_SQL})`,
    [associationId, fiscalYear],
  );
  return BigInt(rows[0].s);
}
