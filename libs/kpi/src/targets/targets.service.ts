import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@tashakkol/audit';
import {
  assertAssociationScope,
  AuthContext,
  BadInputError,
  NotFoundError,
  StaleVersionError,
  toJalaliDate,
} from '@tashakkol/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { indicatorAgreement } from '../domain/agreement';
import { KpiIndicator } from '../indicators/indicator.entity';
import { PublicTargetError, UnknownIndicatorError } from '../kpi.errors';
import { AgreeTargetsDto, PutTargetsDto, TargetsView, TargetView } from './target.dto';
import { KpiTarget } from './target.entity';

/** 404 for a missing association, and for another association's to a board user. */
export async function assertAssociation(
  em: EntityManager,
  auth: AuthContext,
  associationId: string,
): Promise<void> {
  assertAssociationScope(auth, associationId);
  const rows: unknown[] = await em.query('SELECT 1 FROM associations_register_v WHERE id = $1', [
    associationId,
  ]);
  if (rows.length === 0) throw new NotFoundError('association', associationId);
}

@Injectable()
export class TargetsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(auth: AuthContext, associationId: string): Promise<TargetsView> {
    await assertAssociation(this.db.manager, auth, associationId);
    return this.view(this.db.manager, associationId);
  }

  /** Staff set baselines, targets and weights with the board; a change waits for the board's agreement again. */
  async put(auth: AuthContext, associationId: string, dto: PutTargetsDto): Promise<TargetsView> {
    return this.db.transaction(async (em) => {
      await assertAssociation(em, auth, associationId);
      const codes = dto.targets.map((t) => t.indicatorCode);
      const dup = codes.find((c, i) => codes.indexOf(c) !== i);
      if (dup) throw new BadInputError('kpi.duplicate_target', `targets: ${dup} appears more than once`);
      const indicators = new Map(
        (await em.find(KpiIndicator, { where: { code: In(codes) } })).map((i) => [i.code, i]),
      );
      const existing = new Map(
        (
          await em.find(KpiTarget, {
            where: { associationId, indicatorCode: In(codes) },
            lock: { mode: 'pessimistic_write' },
          })
        ).map((t) => [t.indicatorCode, t]),
      );
      const before = [...existing.values()].map((t) => ({ ...t }));
      const saved: KpiTarget[] = [];
      for (const [i, input] of dto.targets.entries()) {
        const field = `targets.${i}`;
        const ind = indicators.get(input.indicatorCode);
        if (!ind || !ind.active)
          throw new UnknownIndicatorError(`${field}.indicatorCode`, input.indicatorCode);
        let target: string;
        if (ind.publicPolicy) {
          if (
            ind.publicTarget === null ||
            (input.target !== undefined && Number(input.target) !== Number(ind.publicTarget))
          ) {
            throw new PublicTargetError(`${field}.target`, ind.code, ind.publicTarget);
          }
          target = ind.publicTarget;
        } else {
          if (input.target === undefined)
            throw new BadInputError('kpi.target_required', `${field}.target is required`);
          target = String(input.target);
        }
        const row = existing.get(ind.code);
        if (row && input.version !== row.version) {
          throw new StaleVersionError('target', input.version ?? 0, row.version);
        }
        const next =
          row ??
          em.create(KpiTarget, { associationId, indicatorCode: ind.code, agreedAt: null, agreedBy: null });
        const weight =
          input.weight === undefined
            ? (row?.weight ?? null)
            : input.weight === null
              ? null
              : String(input.weight);
        const changed =
          !row ||
          Number(row.baseline) !== input.baseline ||
          Number(row.target) !== Number(target) ||
          (row.weight === null ? weight !== null : weight === null || Number(row.weight) !== Number(weight));
        if (!changed) continue;
        Object.assign(next, {
          baseline: String(input.baseline),
          target,
          weight,
          agreedAt: null,
          agreedBy: null,
          updatedAt: new Date(),
        });
        saved.push(await em.save(next));
      }
      if (saved.length > 0) {
        await this.audit.record(em, auth, {
          action: 'kpi.targets.set',
          entity: 'kpi_targets',
          entityId: associationId,
          associationId,
          before,
          after: saved,
        });
      }
      return this.view(em, associationId);
    });
  }

  /** The board confirms the targets it agreed with the chamber (agreement is the board's act). */
  async agree(auth: AuthContext, associationId: string, dto: AgreeTargetsDto): Promise<TargetsView> {
    return this.db.transaction(async (em) => {
      await assertAssociation(em, auth, associationId);
      const rows = await em.find(KpiTarget, {
        where: { associationId, ...(dto.indicatorCodes ? { indicatorCode: In(dto.indicatorCodes) } : {}) },
        lock: { mode: 'pessimistic_write' },
      });
      for (const code of dto.indicatorCodes ?? []) {
        if (!rows.some((r) => r.indicatorCode === code)) {
          throw new UnknownIndicatorError('indicatorCodes', `${code} (no target set for this association)`);
        }
      }
      const pending = rows.filter((r) => r.agreedAt === null);
      const now = new Date();
      for (const r of pending) Object.assign(r, { agreedAt: now, agreedBy: auth.userId });
      if (pending.length > 0) {
        await em.save(pending);
        await this.audit.record(em, auth, {
          action: 'kpi.targets.agree',
          entity: 'kpi_targets',
          entityId: associationId,
          associationId,
          after: pending.map((r) => ({
            indicatorCode: r.indicatorCode,
            baseline: r.baseline,
            target: r.target,
          })),
        });
      }
      return this.view(em, associationId);
    });
  }

  /** Every active indicator with the association's target, the common one, or none yet. */
  async view(em: EntityManager, associationId: string): Promise<TargetsView> {
    // In turn: `em` may be a transaction's single connection.
    const indicators = await em.find(KpiIndicator, { where: { active: true }, order: { code: 'ASC' } });
    const targets = await em.find(KpiTarget, { where: { associationId } });
    const byCode = new Map(targets.map((t) => [t.indicatorCode, t]));
    const items: TargetView[] = indicators.map((ind) => {
      const t = byCode.get(ind.code);
      return {
        indicatorCode: ind.code,
        nameFa: ind.nameFa,
        nameEn: ind.nameEn,
        unit: ind.unit,
        direction: ind.direction,
        frequency: ind.frequency,
        publicPolicy: ind.publicPolicy,
        baseline: t?.baseline ?? null,
        target: ind.publicPolicy ? ind.publicTarget : (t?.target ?? null),
        weight: t?.weight ?? ind.defaultWeight,
        weightOverride: t?.weight ?? null,
        source: ind.publicPolicy ? 'public_policy' : t ? 'association' : 'none',
        agreedAt: t?.agreedAt ?? null,
        agreedAtJalali: t?.agreedAt ? toJalaliDate(t.agreedAt) : null,
        agreedBy: t?.agreedBy ?? null,
        version: t?.version ?? null,
      };
    });
    return { associationId, items, agreement: indicatorAgreement(requiredCodes(indicators), targets) };
  }
}

/**
 * The indicators whose targets hold the phase-5 gate: active, not public policy, and counting in
 * the score (a default weight above zero; raw ingredients of formulas such as fees due carry none).
 */
export function requiredCodes(indicators: KpiIndicator[]): string[] {
  return indicators
    .filter((i) => i.active && !i.publicPolicy && Number(i.defaultWeight) > 0)
    .map((i) => i.code);
}
