import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Association, PhaseKey, RegisterWriter } from '@tashakkol/associations';
import { AuditService } from '@tashakkol/audit';
import { RecipientDirectory } from '@tashakkol/identity';
import { NotificationsService } from '@tashakkol/notifications';
import {
  assertAssociationScope,
  AuthContext,
  NotFoundError,
  PageQueryDto,
  pageOffset,
  StaleVersionError,
  toJalaliDate,
  toPage,
} from '@tashakkol/shared';
import { DataSource, EntityManager } from 'typeorm';
import { GateService, PrefetchedIndicators } from './gate.service';
import { IllegalTransitionError } from './lifecycle.errors';
import { DecideTransitionDto, TransitionDto } from './lifecycle.dto';
import { lifecycleTextsFa } from './lifecycle-notifications.fa';
import { LifecycleSettingsService, withWording } from './lifecycle-settings.service';
import { PhaseTransition } from './phase-transition.entity';
import { nextPhase, phaseOf } from './phase-table';
import { daysBetween, daysPerPhase, phaseStays } from './time-in-phase';
import { decideTransition } from './transition-rule';

@Injectable()
export class LifecycleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly settings: LifecycleSettingsService,
    private readonly gates: GateService,
    private readonly notifications: NotificationsService,
    private readonly register: RegisterWriter,
    private readonly people: RecipientDirectory,
  ) {}

  /** Where the association stands: its phase, the gate item by item, the phase's supports and precautions. */
  async get(auth: AuthContext, associationId: string) {
    assertAssociationScope(auth, associationId);
    const em = this.db.manager;
    const association = await this.association(em, associationId);
    const settings = await this.settings.current(em);
    const [gate, pending, offers] = await Promise.all([
      this.gates.evaluate(em, associationId, association.phase, settings),
      em.findOne(PhaseTransition, { where: { associationId, status: 'pending' } }),
      this.settings.supportOffers(),
    ]);
    const def = withWording(phaseOf(association.phase), settings.phaseWording);
    const next = nextPhase(association.phase);
    return {
      associationId,
      phase: association.phase,
      order: def.order,
      nameFa: def.nameFa,
      nameEn: def.nameEn,
      phaseEnteredAt: association.phaseEnteredAt,
      phaseEnteredAtJalali: toJalaliDate(association.phaseEnteredAt),
      daysInPhase: daysBetween(association.phaseEnteredAt, new Date()),
      version: association.lifecycleVersion,
      nextPhase: next,
      canAdvance: next !== null && gate.met,
      gate,
      supports: offers[association.phase] ?? [],
      precautions: def.precautions,
      transitionsNeedApproval: settings.transitionsNeedApproval,
      pendingTransition: pending,
    };
  }

  async history(auth: AuthContext, associationId: string, query: PageQueryDto) {
    assertAssociationScope(auth, associationId);
    const em = this.db.manager;
    const association = await this.association(em, associationId);
    const [applied, [items, total]] = await Promise.all([
      em.find(PhaseTransition, { where: { associationId, status: 'applied' }, order: { appliedAt: 'ASC' } }),
      em.findAndCount(PhaseTransition, {
        where: { associationId },
        order: { proposedAt: 'DESC' },
        skip: pageOffset(query),
        take: query.pageSize,
      }),
    ]);
    const stays = phaseStays({
      createdAt: association.createdAt,
      currentPhase: association.phase,
      phaseEnteredAt: association.phaseEnteredAt,
      moves: applied.map((t) => ({ from: t.fromPhase, to: t.toPhase, at: t.appliedAt as Date })),
      now: new Date(),
    });
    const names = await this.people.fullNamesOf(
      items.flatMap((t) => [t.proposedBy, t.decidedBy]).filter((u): u is string => !!u),
    );
    const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
    return {
      ...toPage(
        items.map((t) => ({
          ...t,
          proposedAtJalali: toJalaliDate(t.proposedAt),
          appliedAtJalali: t.appliedAt ? toJalaliDate(t.appliedAt) : null,
          proposedByName: nameOf(t.proposedBy),
          decidedByName: nameOf(t.decidedBy),
        })),
        total,
        query,
      ),
      phase: association.phase,
      stays: stays.map((s) => ({ ...s, enteredAtJalali: toJalaliDate(s.enteredAt) })),
      daysPerPhase: daysPerPhase(stays),
    };
  }

  /**
   * Moves an association (or, when approval is on and the caller is staff, proposes the move).
   * The row lock plus the version check let exactly one of many concurrent requests win.
   */
  async transition(auth: AuthContext, associationId: string, dto: TransitionDto) {
    assertAssociationScope(auth, associationId);
    const indicators = await this.prefetchIndicators(associationId);
    return this.db.transaction(async (em) => {
      const association = await this.lockAssociation(em, associationId, dto.version);
      const settings = await this.settings.current(em);
      const pending = await em.findOne(PhaseTransition, { where: { associationId, status: 'pending' } });
      if (pending) {
        throw new IllegalTransitionError(
          `to: a transition to ${pending.toPhase} (${pending.id}) is waiting for approval; approve or reject it first`,
          'lifecycle.transition_pending',
        );
      }
      const gate = await this.gates.evaluate(em, associationId, association.phase, settings, indicators);
      const direction = decideTransition({ from: association.phase, to: dto.to, reason: dto.reason, gate });
      const needsApproval = settings.transitionsNeedApproval && auth.role === 'staff';
      const now = new Date();
      const transition = await em.save(
        em.create(PhaseTransition, {
          associationId,
          fromPhase: association.phase,
          toPhase: dto.to,
          direction,
          reason: dto.reason?.trim() || null,
          status: needsApproval ? 'pending' : 'applied',
          gateSnapshot: { ...gate },
          proposedBy: auth.userId,
          proposedAt: now,
          decidedBy: needsApproval ? null : auth.userId,
          decidedAt: needsApproval ? null : now,
          appliedAt: needsApproval ? null : now,
        }),
      );
      const version = await this.bump(em, auth, associationId, needsApproval ? null : dto.to, now);
      if (needsApproval) {
        // The approvers must act now; told once per proposed transition.
        await this.notifications.notify(em, {
          key: `transition-pending:${transition.id}`,
          kind: 'transition_pending',
          associationId,
          ...lifecycleTextsFa.transitionPending({
            associationNameFa: association.nameFa,
            from: association.phase,
            to: dto.to,
            reason: transition.reason,
          }),
          to: { roles: ['approver'] },
        });
      }
      await this.audit.record(em, auth, {
        action: needsApproval ? 'lifecycle.transition_propose' : 'lifecycle.transition',
        entity: 'association_lifecycle',
        entityId: transition.id,
        associationId,
        before: { phase: association.phase, version: association.lifecycleVersion },
        after: { phase: needsApproval ? association.phase : dto.to, version, transition },
      });
      return { transition, phase: needsApproval ? association.phase : dto.to, version };
    });
  }

  async approve(auth: AuthContext, associationId: string, transitionId: string, dto: DecideTransitionDto) {
    assertAssociationScope(auth, associationId);
    const indicators = await this.prefetchIndicators(associationId);
    return this.db.transaction(async (em) => {
      const association = await this.lockAssociation(em, associationId, dto.version);
      const transition = await this.pendingTransition(em, associationId, transitionId);
      if (transition.fromPhase !== association.phase) {
        throw new IllegalTransitionError(
          `transition: the association is no longer in ${transition.fromPhase}`,
        );
      }
      const settings = await this.settings.current(em);
      const gate = await this.gates.evaluate(em, associationId, association.phase, settings, indicators);
      decideTransition({ from: association.phase, to: transition.toPhase, reason: transition.reason, gate });
      const now = new Date();
      const before = { ...transition };
      Object.assign(transition, {
        status: 'applied',
        decidedBy: auth.userId,
        decidedAt: now,
        appliedAt: now,
        gateSnapshot: { ...gate },
      });
      if (dto.comment)
        transition.reason = transition.reason ? `${transition.reason} — ${dto.comment}` : dto.comment;
      const saved = await em.save(transition);
      const version = await this.bump(em, auth, associationId, transition.toPhase, now);
      await this.audit.record(em, auth, {
        action: 'lifecycle.transition_approve',
        entity: 'association_lifecycle',
        entityId: transition.id,
        associationId,
        before: { phase: association.phase, version: association.lifecycleVersion, transition: before },
        after: { phase: transition.toPhase, version, transition: saved },
      });
      return { transition: saved, phase: transition.toPhase, version };
    });
  }

  async reject(auth: AuthContext, associationId: string, transitionId: string, dto: DecideTransitionDto) {
    assertAssociationScope(auth, associationId);
    return this.db.transaction(async (em) => {
      const association = await this.lockAssociation(em, associationId, dto.version);
      const transition = await this.pendingTransition(em, associationId, transitionId);
      const before = { ...transition };
      Object.assign(transition, { status: 'rejected', decidedBy: auth.userId, decidedAt: new Date() });
      if (dto.comment)
        transition.reason = transition.reason ? `${transition.reason} — ${dto.comment}` : dto.comment;
      const saved = await em.save(transition);
      const version = await this.bump(em, auth, associationId, null, new Date());
      await this.audit.record(em, auth, {
        action: 'lifecycle.transition_reject',
        entity: 'association_lifecycle',
        entityId: transition.id,
        associationId,
        before: { transition: before },
        after: { transition: saved, version },
      });
      return { transition: saved, phase: association.phase, version };
    });
  }

  private async prefetchIndicators(associationId: string): Promise<PrefetchedIndicators> {
    return this.gates.indicatorsFor(
      associationId,
      (await this.association(this.db.manager, associationId)).phase,
    );
  }

  private async association(em: EntityManager, id: string): Promise<Association> {
    const association = await em.findOne(Association, { where: { id } });
    if (!association) throw new NotFoundError('association', id);
    return association;
  }

  private async lockAssociation(em: EntityManager, id: string, version: number): Promise<Association> {
    const association = await em.findOne(Association, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!association) throw new NotFoundError('association', id);
    if (association.lifecycleVersion !== version)
      throw new StaleVersionError('lifecycle', version, association.lifecycleVersion);
    return association;
  }

  private async pendingTransition(
    em: EntityManager,
    associationId: string,
    id: string,
  ): Promise<PhaseTransition> {
    const transition = await em.findOne(PhaseTransition, { where: { id, associationId } });
    if (!transition) throw new NotFoundError('transition', id);
    if (transition.status !== 'pending') {
      throw new IllegalTransitionError(
        `transition: it is already ${transition.status}`,
        'lifecycle.transition_decided',
      );
    }
    return transition;
  }

  /**
   * Moves the lifecycle columns (phase null: only the version) and, when the phase changes, the
   * register's status with it (proposed → forming → active; dormant and dissolved stay).
   */
  private async bump(
    em: EntityManager,
    auth: AuthContext,
    associationId: string,
    phase: PhaseKey | null,
    at: Date,
  ): Promise<number> {
    const version = await this.register.movePhase(em, associationId, phase, at);
    if (phase) await this.register.setStatusForPhase(em, auth, associationId, phase);
    return version;
  }
}
