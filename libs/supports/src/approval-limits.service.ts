import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tashakkol/audit';
import { RecipientDirectory, User } from '@tashakkol/identity';
import {
  AuthContext,
  BadInputError,
  jalaliOf,
  jalaliYearOf,
  Page,
  pageOffset,
  toPage,
} from '@tashakkol/shared';
import { DataSource, EntityManager, LessThanOrEqual, MoreThan, Not, Repository } from 'typeorm';
import { ApprovalLimitView, ApproverLimitUseView, OwnLimitsView } from './supports.views';
import { checkDelegationWithinOwnLimit, isLimitValidAt, LimitTerms } from './approval-limit-rules';
import { ApprovalLimit } from './approval-limit.entity';
import { ApprovalLimitQueryDto, CreateApprovalLimitDto } from './supports.dto';
import { COMMITTED_STATUSES_SQL } from './grant-state-machine';
import { DelegationError } from './supports.errors';
import { SupportKindsService } from './support-kinds.service';

@Injectable()
export class ApprovalLimitsService {
  constructor(
    @InjectRepository(ApprovalLimit) private readonly limits: Repository<ApprovalLimit>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly kinds: SupportKindsService,
    private readonly audit: AuditService,
    private readonly people: RecipientDirectory,
  ) {}

  /** Set by the admin, or delegated by an approver within their own limit (تفویض اختیار). */
  async create(auth: AuthContext, dto: CreateApprovalLimitDto): Promise<ApprovalLimitView> {
    const now = new Date();
    const validFrom = dto.validFrom ? new Date(dto.validFrom) : now;
    const validUntil = new Date(dto.validUntil);
    if (validUntil <= validFrom)
      throw new BadInputError('supports.limit_period', 'validUntil must be after validFrom');
    const asked: LimitTerms = {
      perGrant: BigInt(dto.perGrant),
      yearly: BigInt(dto.yearly),
      validFrom,
      validUntil,
    };
    if (asked.yearly < asked.perGrant)
      throw new BadInputError('supports.limit_amounts', 'yearly must be at least perGrant');
    return this.db.transaction(async (em) => {
      const kind = await this.kinds.getForInput(em, dto.kindCode);
      const user = await em.findOne(User, { where: { id: dto.userId } });
      if (!user)
        throw new BadInputError('supports.unknown_user', `userId: user ${dto.userId} does not exist`);
      if (user.role !== 'approver' || !user.active) {
        throw new BadInputError(
          'supports.not_an_approver',
          `userId: user ${dto.userId} is not an active approver (role ${user.role})`,
        );
      }
      let delegatedFromId: string | null = null;
      if (auth.role === 'approver') {
        if (dto.userId === auth.userId)
          throw new DelegationError('userId: an approver cannot set their own limit');
        const own = await this.findValid(em, auth.userId, kind.code, now);
        checkDelegationWithinOwnLimit(own && toTerms(own), asked, kind.code, now);
        delegatedFromId = own!.id;
      }
      const limit = await em.save(
        em.create(ApprovalLimit, {
          userId: dto.userId,
          kindCode: kind.code,
          perGrant: dto.perGrant,
          yearly: dto.yearly,
          validFrom,
          validUntil,
          grantedBy: auth.userId,
          delegatedFromId,
        }),
      );
      await this.audit.record(em, auth, {
        action: delegatedFromId ? 'approval_limit.delegate' : 'approval_limit.set',
        entity: 'approval_limit',
        entityId: limit.id,
        after: limit,
      });
      return toLimitView(limit, now);
    });
  }

  async list(query: ApprovalLimitQueryDto): Promise<Page<ApprovalLimitView>> {
    const where = {
      ...(query.userId ? { userId: query.userId } : {}),
      ...(query.kindCode ? { kindCode: query.kindCode } : {}),
    };
    const [items, total] = await this.limits.findAndCount({
      where,
      order: { createdAt: 'DESC' },
      skip: pageOffset(query),
      take: query.pageSize,
    });
    const now = new Date();
    return toPage(
      items.map((l) => toLimitView(l, now)),
      total,
      query,
    );
  }

  /**
   * An approver's page of delegation: each limit in force (the latest per kind) with its use this
   * fiscal year, the limits they delegated, and the active approvers they may delegate to.
   */
  async mine(auth: AuthContext): Promise<OwnLimitsView> {
    const em = this.db.manager;
    const now = new Date();
    const fiscalYear = jalaliYearOf(now);
    const inForce = await em.find(ApprovalLimit, {
      where: { userId: auth.userId, validFrom: LessThanOrEqual(now), validUntil: MoreThan(now) },
      relations: { kind: true },
      order: { kindCode: 'ASC' },
    });
    const carries = new Map(inForce.map((l) => [l.kindCode, l.kind?.carries ?? 'rials']));
    const limits: OwnLimitsView['limits'] = [];
    for (const kindCode of [...new Set(inForce.map((l) => l.kindCode))]) {
      const found = await this.useOf(em, auth.userId, kindCode, fiscalYear, now);
      if (!found) continue;
      const { limitId, ...use } = found;
      limits.push({ ...use, id: limitId, kindCode, carries: carries.get(kindCode) ?? 'rials' });
    }
    const given = await em.find(ApprovalLimit, {
      where: { grantedBy: auth.userId, userId: Not(auth.userId) },
      relations: { kind: true },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: 50,
    });
    const names = await this.people.fullNamesOf(given.map((l) => l.userId));
    const delegates = (await this.people.activeWithRole('approver')).filter((u) => u.id !== auth.userId);
    return {
      fiscalYear,
      limits,
      delegated: given.map((l) => ({
        ...toLimitView(l, now),
        userName: names.get(l.userId) ?? '',
        carries: l.kind?.carries ?? 'rials',
      })),
      delegates,
    };
  }

  /** The approver's limit in force for a kind and what they approved of that kind in the fiscal year, as approve() counts it. */
  async useOf(
    em: EntityManager,
    userId: string,
    kindCode: string,
    fiscalYear: number,
    at: Date,
  ): Promise<(ApproverLimitUseView & { limitId: string; validFrom: Date }) | null> {
    const limit = await this.findValid(em, userId, kindCode, at);
    if (!limit) return null;
    const used = await approvedThisYear(em, userId, kindCode, fiscalYear);
    const left = BigInt(limit.yearly) - used;
    return {
      limitId: limit.id,
      perGrant: limit.perGrant,
      yearly: limit.yearly,
      usedThisYear: used.toString(),
      yearlyLeft: (left > 0n ? left : 0n).toString(),
      validFrom: limit.validFrom,
      validUntil: limit.validUntil,
      validUntilJalali: jalaliOf(limit.validUntil) ?? '',
    };
  }

  /** The approver's limit in force for a kind (the latest one set); `lock` serialises approvals against the yearly limit. */
  findValid(
    em: EntityManager,
    userId: string,
    kindCode: string,
    at: Date,
    lock = false,
  ): Promise<ApprovalLimit | null> {
    return em.findOne(ApprovalLimit, {
      where: { userId, kindCode, validFrom: LessThanOrEqual(at), validUntil: MoreThan(at) },
      order: { createdAt: 'DESC', id: 'DESC' },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }
}

/**
 * The approvers whose limit in force (the latest one set) for the kind covers this grant: the
 * amount within the per-grant limit and within what is left of the yearly one.
 */
export async function approversWhoCanApprove(
  em: EntityManager,
  grant: { kindCode: string; quantity: string; fiscalYear: number },
  at: Date,
): Promise<string[]> {
  const rows: { user_id: string }[] = await em.query(
    `WITH in_force AS (
       SELECT DISTINCT ON (l.user_id) l.user_id, l.per_grant, l.yearly FROM approval_limits l
        WHERE l.kind_code = $1 AND l.valid_from <= $2 AND l.valid_until > $2
        ORDER BY l.user_id, l.created_at DESC, l.id DESC)
     SELECT f.user_id FROM in_force f
      WHERE f.per_grant >= $3::bigint
        AND f.yearly - COALESCE((SELECT SUM(g.quantity) FROM support_grants g
              WHERE g.approved_by = f.user_id AND g.kind_code = $1 AND g.fiscal_year = $4
                AND g.status IN (${COMMITTED_STATUSES_SQL})), 0) >= $3::bigint`,
    [grant.kindCode, at, grant.quantity, grant.fiscalYear],
  );
  return rows.map((r) => r.user_id);
}

/** What an approver approved of a kind in a fiscal year (approved or delivered), in the kind's unit. */
export async function approvedThisYear(
  em: EntityManager,
  userId: string,
  kindCode: string,
  fiscalYear: number,
): Promise<bigint> {
  const rows: { s: string }[] = await em.query(
    `SELECT COALESCE(SUM(quantity), 0)::text AS s FROM support_grants
      WHERE approved_by = $1 AND kind_code = $2 AND fiscal_year = $3 AND status IN (${COMMITTED_STATUSES_SQL})`,
    [userId, kindCode, fiscalYear],
  );
  return BigInt(rows[0].s);
}

export function toTerms(l: ApprovalLimit): LimitTerms {
  return {
    perGrant: BigInt(l.perGrant),
    yearly: BigInt(l.yearly),
    validFrom: l.validFrom,
    validUntil: l.validUntil,
  };
}

function toLimitView(l: ApprovalLimit, now: Date): ApprovalLimitView {
  const { user: _u, kind: _k, ...row } = l;
  return { ...row, active: isLimitValidAt(l, now) };
}
