import { Injectable } from '@nestjs/common';
import { AuditEntryView, AuditIntegrityView, toAuditEntryView, toIntegrityCheckView } from './audit.views';
import { InjectRepository } from '@nestjs/typeorm';
import {
  assertAssociationScope,
  AuthContext,
  NotFoundError,
  Page,
  pageOffset,
  toPage,
} from '@tashakkol/shared';
import { EntityManager, MoreThan, Repository } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';
import { AuditIntegrityCheck } from './audit-integrity-check.entity';
import { AuditQueryDto } from './audit.dto';
import { chainHash, ChainVerdict, GENESIS_HASH, verifyChain } from './hash-chain';

/** Who did it, as the audit log records it (an {@link AuthContext} fits; `null` actor = the system). */
export interface AuditActor {
  userId: string | null;
  role: string;
  requestId?: string;
}

export interface AuditRecord {
  action: string;
  entity: string;
  entityId: string;
  associationId?: string | null;
  before?: unknown;
  after?: unknown;
}

export const SYSTEM_ACTOR: AuditActor = { userId: null, role: 'system' };

/** Serialises appends so every row links to the one before it. */
const AUDIT_CHAIN_LOCK = 7_310_001;

const VERIFY_BATCH = 2000;

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>,
    @InjectRepository(AuditIntegrityCheck) private readonly checks: Repository<AuditIntegrityCheck>,
  ) {}

  /**
   * Appends a row in the caller's transaction, so the change and its record commit together.
   * Call it last in the transaction: it holds the chain lock until commit.
   */
  async record(em: EntityManager, actor: AuditActor, rec: AuditRecord): Promise<void> {
    await em.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const last: { hash: string }[] = await em.query('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1');
    const prevHash = last[0]?.hash ?? GENESIS_HASH;
    const fields = {
      occurredAt: new Date(),
      actorId: actor.userId,
      actorRole: actor.role,
      action: rec.action,
      entity: rec.entity,
      entityId: rec.entityId,
      associationId: rec.associationId ?? null,
      before: toJsonValue(rec.before),
      after: toJsonValue(rec.after),
      requestId: actor.requestId ?? null,
    };
    await em.save(em.create(AuditEntry, { ...fields, prevHash, hash: chainHash(prevHash, fields) }), {
      reload: false,
    });
  }

  async list(auth: AuthContext, query: AuditQueryDto): Promise<Page<AuditEntryView>> {
    let associationId = query.associationId;
    if (auth.role === 'board') {
      if (associationId) assertAssociationScope(auth, associationId);
      associationId = auth.associationId ?? undefined;
      if (!associationId) throw new NotFoundError('association');
    }
    const qb = this.entries.createQueryBuilder('a').orderBy('a.id', 'DESC');
    if (associationId) qb.andWhere('a.association_id = :associationId', { associationId });
    if (query.entity) qb.andWhere('a.entity = :entity', { entity: query.entity });
    if (query.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: query.entityId });
    const [items, total] = await qb.skip(pageOffset(query)).take(query.pageSize).getManyAndCount();
    return toPage(items.map(toAuditEntryView), total, query);
  }

  /** Re-reads the whole log in id order and checks every link; stores and returns the verdict. */
  async verifyChain(): Promise<AuditIntegrityCheck> {
    let verdict: ChainVerdict = {
      ok: true,
      rowsChecked: 0,
      firstBrokenId: null,
      problem: null,
      lastHash: GENESIS_HASH,
    };
    let afterId = '0';
    for (;;) {
      const rows = await this.entries.find({
        where: { id: MoreThan(afterId) },
        order: { id: 'ASC' },
        take: VERIFY_BATCH,
      });
      if (rows.length === 0) break;
      verdict = verifyChain(rows, verdict.lastHash, verdict.rowsChecked);
      if (!verdict.ok) break;
      afterId = rows[rows.length - 1].id;
    }
    return this.checks.save(
      this.checks.create({
        ok: verdict.ok,
        rowsChecked: verdict.rowsChecked,
        firstBrokenId: verdict.firstBrokenId,
        problem: verdict.problem,
      }),
    );
  }

  async latestCheck(): Promise<AuditIntegrityView> {
    const last = await this.checks.findOne({ where: {}, order: { id: 'DESC' } });
    return { check: last ? toIntegrityCheckView(last) : null };
  }
}

/** What the row will hold after a round trip through jsonb: plain JSON, dates as ISO text. */
function toJsonValue(value: unknown): Record<string, unknown> | null {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));
}
