import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@tashakkol/audit';
import {
  withJalali,
  assertAssociationScope,
  AuthContext,
  BadInputError,
  NotFoundError,
  StaleVersionError,
  todayInTehran,
} from '@tashakkol/shared';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { isServing, seatIsTaken } from './association-rules';
import { Association } from './association.entity';
import { BoardMember } from './board-member.entity';
import { BoardMembersView, BoardMemberView } from './board-member.view';
import { BoardMemberQueryDto, CreateBoardMemberDto, UpdateBoardMemberDto } from './board-members.dto';
import { BoardSeatTakenError } from './associations.errors';

function view(m: BoardMember, day = todayInTehran()): BoardMemberView {
  const { association: _a, ...row } = m;
  return { ...withJalali(row, ['termStart', 'termEnd']), serving: isServing(m, day) };
}

/** The board (هیئت مدیره) of an association: seats by term, kept as history when the board changes. */
@Injectable()
export class BoardMembersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(
    auth: AuthContext,
    associationId: string,
    query: BoardMemberQueryDto,
  ): Promise<BoardMembersView> {
    assertAssociationScope(auth, associationId);
    if (!(await this.db.getRepository(Association).exists({ where: { id: associationId } }))) {
      throw new NotFoundError('association', associationId);
    }
    const qb = this.db
      .getRepository(BoardMember)
      .createQueryBuilder('m')
      .where('m.association_id = :associationId', { associationId })
      .orderBy('m.term_start', 'DESC')
      .addOrderBy('m.role', 'ASC')
      .addOrderBy('m.full_name', 'ASC');
    const day = todayInTehran();
    if (query.current === true) {
      qb.andWhere('m.term_start <= :day', { day }).andWhere(
        new Brackets((b) => b.where('m.term_end IS NULL').orWhere('m.term_end >= :day', { day })),
      );
    } else if (query.current === false) {
      qb.andWhere('(m.term_end < :day OR m.term_start > :day)', { day });
    }
    return { items: (await qb.getMany()).map((m) => view(m, day)) };
  }

  async create(
    auth: AuthContext,
    associationId: string,
    dto: CreateBoardMemberDto,
  ): Promise<BoardMemberView> {
    checkTerm(dto.termStart, dto.termEnd ?? null);
    return this.db.transaction(async (em) => {
      await this.lockAssociation(em, associationId);
      const member = em.create(BoardMember, {
        associationId,
        fullName: dto.fullName,
        role: dto.role,
        firmName: dto.firmName ?? null,
        termStart: dto.termStart,
        termEnd: dto.termEnd ?? null,
        electedBy: dto.electedBy,
        endReason: null,
      });
      await this.checkSeat(em, member);
      const saved = await em.save(member);
      await this.audit.record(em, auth, {
        action: 'board_member.create',
        entity: 'board_member',
        entityId: saved.id,
        associationId,
        after: saved,
      });
      return view(saved);
    });
  }

  async update(
    auth: AuthContext,
    associationId: string,
    id: string,
    dto: UpdateBoardMemberDto,
  ): Promise<BoardMemberView> {
    return this.db.transaction(async (em) => {
      await this.lockAssociation(em, associationId);
      const current = await em.findOne(BoardMember, {
        where: { id, associationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw new NotFoundError('board_member', id);
      if (current.version !== dto.version)
        throw new StaleVersionError('board_member', dto.version, current.version);
      const before = { ...current };
      const { version: _v, ...changes } = dto;
      const patch = Object.fromEntries(
        Object.entries(changes).filter(([, v]) => v !== undefined),
      ) as Partial<BoardMember>;
      const next = Object.assign(em.create(BoardMember, current), patch);
      checkTerm(next.termStart, next.termEnd);
      await this.checkSeat(em, next);
      await em.update(BoardMember, { id }, patch);
      const saved = await em.findOneOrFail(BoardMember, { where: { id } });
      await this.audit.record(em, auth, {
        action: 'board_member.update',
        entity: 'board_member',
        entityId: id,
        associationId,
        before,
        after: saved,
      });
      return view(saved);
    });
  }

  /** Serialises board changes of one association, so two officers cannot take one seat at once. */
  private async lockAssociation(em: EntityManager, associationId: string): Promise<void> {
    const row = await em.findOne(Association, {
      where: { id: associationId },
      select: { id: true },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) throw new NotFoundError('association', associationId);
  }

  private async checkSeat(em: EntityManager, m: BoardMember): Promise<void> {
    const day = todayInTehran();
    if (m.role === 'member' || !isServing(m, day)) return;
    const serving = (
      await em.find(BoardMember, { where: { associationId: m.associationId, role: m.role } })
    ).filter((s) => isServing(s, day));
    if (seatIsTaken(m.role, serving, m.id)) throw new BoardSeatTakenError(m.role);
  }
}

function checkTerm(start: string, end: string | null): void {
  if (end !== null && end < start) {
    throw new BadInputError(
      'associations.term_end_before_start',
      `termEnd: ${end} is before termStart ${start}`,
    );
  }
}
