import { Injectable } from '@nestjs/common';
import { AuditActor, AuditService } from '@tashakkol/audit';
import { isUniqueViolation } from '@tashakkol/database';
import { NotFoundError } from '@tashakkol/shared';
import { EntityManager } from 'typeorm';
import { dayBefore, isServing, sameSeat, statusForPhase } from './association-rules';
import { toAssociationView } from './association-view';
import { Association, AssociationStatus, PhaseKey } from './association.entity';
import { BoardOfficerTwiceError, DuplicateRegistrationNoError } from './associations.errors';
import { AssociationsService } from './associations.service';
import { BoardMember, BoardRole, ElectionMethod } from './board-member.entity';

export interface RegistrationFacts {
  registrationNo: string;
  authority: string;
  /** ISO date (a time part is ignored). */
  registeredAt: string;
}

/** A board elected as a whole: its seats begin on `electedAt` and end on `termEnd` (null: open). */
export interface ElectedBoard {
  electedAt: string;
  termEnd: string | null;
  electedBy: ElectionMethod;
  seats: { fullName: string; role: BoardRole; firmName?: string | null }[];
}

/**
 * The register's writes that other contexts cause (a phase output, a phase move, a members'
 * election). Each runs in the caller's transaction and writes its own audit row, so the cause and
 * its effect on the register commit together. Lifecycle and participation call it; nobody else
 * writes the `associations` or `board_members` tables.
 */
@Injectable()
export class RegisterWriter {
  constructor(
    private readonly associations: AssociationsService,
    private readonly audit: AuditService,
  ) {}

  /** The registration (ثبت) sets the register's number, authority and date. */
  async recordRegistration(
    em: EntityManager,
    actor: AuditActor,
    associationId: string,
    facts: RegistrationFacts,
  ): Promise<void> {
    const current = await this.lock(em, associationId);
    const patch = {
      registrationNo: facts.registrationNo.trim(),
      registrationAuthority: facts.authority.trim(),
      registeredAt: facts.registeredAt.slice(0, 10),
    };
    if (
      current.registrationNo === patch.registrationNo &&
      current.registrationAuthority === patch.registrationAuthority &&
      current.registeredAt === patch.registeredAt
    )
      return;
    const other = await em.findOne(Association, {
      where: { registrationNo: patch.registrationNo },
      select: { id: true },
    });
    if (other && other.id !== associationId) throw new DuplicateRegistrationNoError(patch.registrationNo);
    await this.update(em, actor, current, patch, 'association.registration');
  }

  /**
   * Puts an elected board in place: the serving seats it does not give again end the day before
   * the election, the new seats begin on it. Rows are never deleted, so the board keeps its history.
   * Re-recording the same election keeps the seats it already gave.
   */
  async replaceElectedBoard(
    em: EntityManager,
    actor: AuditActor,
    associationId: string,
    board: ElectedBoard,
  ): Promise<BoardMember[]> {
    await this.lock(em, associationId);
    const officers = board.seats.filter((s) => s.role !== 'member').map((s) => s.role);
    const twice = officers.find((r, i) => officers.indexOf(r) !== i);
    if (twice) throw new BoardOfficerTwiceError(twice);
    const day = board.electedAt.slice(0, 10);
    const seats = await em.find(BoardMember, { where: { associationId }, order: { termStart: 'ASC' } });
    // Seats serving on election day, and any that begin later (an earlier recording of this election).
    const open = seats.filter((s) => isServing(s, day) || s.termStart > day);
    const kept: BoardMember[] = [];
    const closed: BoardMember[] = [];
    for (const seat of open) {
      const again = seat.termStart === day && board.seats.some((n) => sameSeat(n, seat));
      if (again) {
        if (seat.termEnd !== board.termEnd) {
          seat.termEnd = board.termEnd;
          await em.save(seat);
        }
        kept.push(seat);
        continue;
      }
      seat.termEnd = seat.termStart < day ? dayBefore(day) : seat.termStart;
      seat.endReason = `هیئت مدیره جدید منتخب ${day}`;
      closed.push(await em.save(seat));
    }
    const added: BoardMember[] = [];
    for (const s of board.seats) {
      if (kept.some((k) => sameSeat(s, k))) continue;
      added.push(
        await em.save(
          em.create(BoardMember, {
            associationId,
            fullName: s.fullName.trim(),
            role: s.role,
            firmName: s.firmName ?? null,
            termStart: day,
            termEnd: board.termEnd,
            electedBy: board.electedBy,
            endReason: null,
          }),
        ),
      );
    }
    if (closed.length || added.length) {
      await this.audit.record(em, actor, {
        action: 'board.replace_elected',
        entity: 'board',
        entityId: associationId,
        associationId,
        before: { closed: closed.map((s) => ({ id: s.id, fullName: s.fullName, role: s.role })) },
        after: { electedAt: day, termEnd: board.termEnd, seats: [...kept, ...added] },
      });
    }
    return [...kept, ...added];
  }

  /** A sub-branch (زیرشاخه) hangs under its parent, with the tree's cycle and depth checks. */
  async setParent(
    em: EntityManager,
    actor: AuditActor,
    associationId: string,
    parentId: string | null,
    field = 'parentId',
  ): Promise<void> {
    const current = await this.lock(em, associationId);
    if (current.parentId === parentId) return;
    const depth = await this.associations.placeUnder(em, current, parentId, field);
    await this.update(em, actor, current, { parentId, depth }, 'association.set_parent');
  }

  /** The status that follows from the phase the association moves into; dormant and dissolved stay. */
  async setStatusForPhase(
    em: EntityManager,
    actor: AuditActor,
    associationId: string,
    phase: PhaseKey,
  ): Promise<AssociationStatus> {
    const current = await this.lock(em, associationId);
    const status = statusForPhase(current.status, phase);
    if (status !== current.status)
      await this.update(em, actor, current, { status }, 'association.status_for_phase');
    return status;
  }

  /**
   * The lifecycle's own columns (phase, when it was entered, the lifecycle version); the register's
   * `version` stays untouched so an edit of the register in flight is not refused by a phase move.
   */
  async movePhase(
    em: EntityManager,
    associationId: string,
    phase: PhaseKey | null,
    at: Date,
  ): Promise<number> {
    // TypeORM answers an UPDATE with [rows, affectedCount].
    const [rows]: [{ lifecycle_version: number }[], number] = phase
      ? await em.query(
          `UPDATE associations SET phase = $2, phase_entered_at = $3, lifecycle_version = lifecycle_version + 1 WHERE id = $1 RETURNING lifecycle_version`,
          [associationId, phase, at],
        )
      : await em.query(
          `UPDATE associations SET lifecycle_version = lifecycle_version + 1 WHERE id = $1 RETURNING lifecycle_version`,
          [associationId],
        );
    if (!rows[0]) throw new NotFoundError('association', associationId);
    return rows[0].lifecycle_version;
  }

  private async lock(em: EntityManager, id: string): Promise<Association> {
    const row = await em.findOne(Association, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw new NotFoundError('association', id);
    return row;
  }

  /** update() bumps the register's version, so a PATCH read before this change gets 409. */
  private async update(
    em: EntityManager,
    actor: AuditActor,
    current: Association,
    patch: Partial<Association>,
    action: string,
  ): Promise<void> {
    try {
      await em.update(Association, { id: current.id }, patch);
    } catch (err) {
      if (isUniqueViolation(err, 'uq_associations_registration_no'))
        throw new DuplicateRegistrationNoError(String(patch.registrationNo));
      throw err;
    }
    const saved = await em.findOneOrFail(Association, { where: { id: current.id } });
    await this.audit.record(em, actor, {
      action,
      entity: 'association',
      entityId: current.id,
      associationId: current.id,
      before: toAssociationView(current),
      after: toAssociationView(saved),
    });
  }
}
