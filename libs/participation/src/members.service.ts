import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationsService, parseSheet, Upload } from '@tashakkol/associations';
import { AuditService } from '@tashakkol/audit';
import {
  AuthContext,
  BadInputError,
  normalizePersian,
  NotFoundError,
  Page,
  pageOffset,
  SCORE_REQUESTS,
  ScoreRequests,
  StaleVersionError,
  toPage,
  validationProblems,
  todayInTehran,
} from '@tashakkol/shared';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { toMemberView, MemberView } from './member-view';
import { currentMemberSql, Member } from './member.entity';
import { DuplicateMemberError } from './participation.errors';
import { CreateMemberDto, MemberQueryDto, UpdateMemberDto } from './participation.dto';
import { MembersSummaryDto as MembersSummary } from './participation.views';

const IMPORT_COLUMNS = [
  'kind',
  'nameFa',
  'identifier',
  'trade',
  'phone',
  'email',
  'joinedOn',
  'leftOn',
  'duesStatus',
];
const MAX_IMPORT_ROWS = 5000;

/** The member registry of an association, kept by its board; the chamber sees counts, not contacts. */
@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly associations: AssociationsService,
    private readonly audit: AuditService,
    @Optional() @Inject(SCORE_REQUESTS) private readonly scoreRequests?: ScoreRequests,
  ) {}

  /** The members count and the member database's records are read by kpi's scoring: score again. */
  private async registryChanged(em: EntityManager, associationId: string): Promise<void> {
    await this.scoreRequests?.requestRescore(em, associationId, 'members_changed', associationId);
  }

  async list(auth: AuthContext, associationId: string, query: MemberQueryDto): Promise<Page<MemberView>> {
    await this.associations.getVisible(auth, associationId);
    const today = todayInTehran();
    const qb = this.db
      .getRepository(Member)
      .createQueryBuilder('m')
      .where('m.association_id = :associationId', { associationId })
      .orderBy('m.name_fa', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .offset(pageOffset(query))
      .limit(query.pageSize);
    if (query.current === true) qb.andWhere(currentMemberSql(':today'), { today });
    if (query.current === false) qb.andWhere('m.left_on IS NOT NULL AND m.left_on <= :today', { today });
    if (query.q)
      qb.andWhere('m.name_search LIKE :q', {
        q: `%${normalizePersian(query.q).replace(/[%_\\]/g, '\\$&')}%`,
      });
    const [rows, total] = await qb.getManyAndCount();
    const ownBoard = auth.role === 'board';
    return toPage(
      rows.map((m) => toMemberView(m, ownBoard, today)),
      total,
      query,
    );
  }

  async summary(auth: AuthContext, associationId: string): Promise<MembersSummary> {
    await this.associations.getVisible(auth, associationId);
    const [row] = await this.summaries([associationId], todayInTehran());
    return row;
  }

  /** Counts for many associations in one query (the KPI worker reads them for a whole batch). */
  async summaries(associationIds: string[], day: string): Promise<MembersSummary[]> {
    if (!associationIds.length) return [];
    const current = currentMemberSql('$2');
    const rows: {
      association_id: string;
      current: string;
      firms: string;
      persons: string;
      left: string;
      paid: string;
      due: string;
      exempt: string;
    }[] = await this.db.query(
      `SELECT a.id AS association_id,
              count(m.id) FILTER (WHERE ${current}) AS current,
              count(m.id) FILTER (WHERE m.kind = 'firm' AND ${current}) AS firms,
              count(m.id) FILTER (WHERE m.kind = 'person' AND ${current}) AS persons,
              count(m.id) FILTER (WHERE m.left_on IS NOT NULL AND m.left_on <= $2) AS left,
              count(m.id) FILTER (WHERE m.dues_status = 'paid' AND ${current}) AS paid,
              count(m.id) FILTER (WHERE m.dues_status = 'due' AND ${current}) AS due,
              count(m.id) FILTER (WHERE m.dues_status = 'exempt' AND ${current}) AS exempt
         FROM unnest($1::uuid[]) AS a(id)
         LEFT JOIN members m ON m.association_id = a.id
        GROUP BY a.id`,
      [associationIds, day],
    );
    return rows.map((r) => {
      const paid = Number(r.paid);
      const due = Number(r.due);
      return {
        associationId: r.association_id,
        current: Number(r.current),
        firms: Number(r.firms),
        persons: Number(r.persons),
        left: Number(r.left),
        duesPaid: paid,
        duesDue: due,
        duesExempt: Number(r.exempt),
        duesPaidRate: paid + due > 0 ? Math.round((paid / (paid + due)) * 1000) / 10 : null,
      };
    });
  }

  async create(auth: AuthContext, associationId: string, dto: CreateMemberDto): Promise<MemberView> {
    await this.associations.getVisible(auth, associationId);
    checkDates(dto.joinedOn, dto.leftOn ?? null);
    return this.db.transaction(async (em) => {
      const row = await this.insert(em, associationId, dto);
      await this.audit.record(em, auth, {
        action: 'member.create',
        entity: 'member',
        entityId: row.id,
        associationId,
        after: auditable(row),
      });
      await this.registryChanged(em, associationId);
      return toMemberView(row, true, todayInTehran());
    });
  }

  async update(
    auth: AuthContext,
    associationId: string,
    memberId: string,
    dto: UpdateMemberDto,
  ): Promise<MemberView> {
    await this.associations.getVisible(auth, associationId);
    return this.db.transaction(async (em) => {
      const row = await em
        .getRepository(Member)
        .createQueryBuilder('m')
        .setLock('pessimistic_write')
        .where('m.id = :memberId AND m.association_id = :associationId', { memberId, associationId })
        .getOne();
      if (!row) throw new NotFoundError('member', memberId);
      if (row.version !== dto.version) throw new StaleVersionError('member', dto.version, row.version);
      const before = auditable(row);
      const { version: _version, ...changes } = dto;
      Object.assign(row, changes);
      row.nameSearch = normalizePersian(row.nameFa);
      checkDates(row.joinedOn, row.leftOn);
      const saved = await em.getRepository(Member).save(row);
      await this.audit.record(em, auth, {
        action: 'member.update',
        entity: 'member',
        entityId: row.id,
        associationId,
        before,
        after: auditable(saved),
      });
      await this.registryChanged(em, associationId);
      return toMemberView(saved, true, todayInTehran());
    });
  }

  /** All or nothing: every bad row is reported by its line, and then nothing is imported. */
  async import(auth: AuthContext, associationId: string, upload: Upload): Promise<{ imported: number }> {
    await this.associations.getVisible(auth, associationId);
    const sheet = await parseSheet(upload);
    const unknown = sheet.headers.filter((h) => h && !IMPORT_COLUMNS.includes(h));
    if (unknown.length)
      throw new BadInputError(
        'participation.import_unknown_column',
        `file: unknown column(s) ${unknown.join(', ')}`,
      );
    if (!sheet.rows.length) throw new BadInputError('participation.import_empty', 'file: no rows to import');
    if (sheet.rows.length > MAX_IMPORT_ROWS)
      throw new BadInputError(
        'participation.import_too_large',
        `file: at most ${MAX_IMPORT_ROWS} rows per import`,
      );
    const problems: { line: number; field: string; message: string; messageFa?: string }[] = [];
    const dtos: CreateMemberDto[] = [];
    const seen = new Map<string, number>();
    for (const row of sheet.rows) {
      const body = Object.fromEntries(Object.entries(row.values).filter(([, v]) => v !== ''));
      const dto = plainToInstance(CreateMemberDto, body);
      const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
      // The shared reading of validation errors: it says each one in Persian too (the web page's row report).
      for (const e of validationProblems(errors))
        problems.push({ line: row.line, field: e.field, message: e.message, messageFa: e.messageFa });
      if (dto.identifier) {
        const id = normalizePersian(String(dto.identifier));
        const first = seen.get(id);
        if (first !== undefined)
          problems.push({
            line: row.line,
            field: 'identifier',
            message: `identifier: ${id} repeats line ${first}`,
            messageFa: `شناسه ${id} در ردیف ${first} هم آمده است`,
          });
        else seen.set(id, row.line);
      }
      dtos.push(dto);
    }
    if (seen.size) {
      const taken: { identifier: string }[] = await this.db.query(
        `SELECT identifier FROM members WHERE association_id = $1 AND identifier = ANY($2)`,
        [associationId, [...seen.keys()]],
      );
      for (const t of taken)
        problems.push({
          line: seen.get(t.identifier) as number,
          field: 'identifier',
          message: `identifier: ${t.identifier} is already registered`,
          messageFa: `عضوی با شناسه ${t.identifier} پیش از این ثبت شده است`,
        });
    }
    if (problems.length) {
      problems.sort((a, b) => a.line - b.line);
      const lines = new Set(problems.map((p) => p.line)).size;
      const shown = problems
        .slice(0, 5)
        .map((p) => `line ${p.line}: ${p.message}`)
        .join('; ');
      throw new BadInputError(
        'participation.import_invalid_rows',
        `file: ${lines} of ${sheet.rows.length} rows are invalid, nothing was imported (${shown}${problems.length > 5 ? '; …' : ''})`,
        { problems },
      );
    }
    return this.db.transaction(async (em) => {
      for (const dto of dtos) await this.insert(em, associationId, dto);
      await this.audit.record(em, auth, {
        action: 'member.import',
        entity: 'association',
        entityId: associationId,
        associationId,
        after: { imported: dtos.length },
      });
      await this.registryChanged(em, associationId);
      return { imported: dtos.length };
    });
  }

  private async insert(em: EntityManager, associationId: string, dto: CreateMemberDto): Promise<Member> {
    const identifier = normalizePersian(dto.identifier);
    const exists = await em.getRepository(Member).exists({ where: { associationId, identifier } });
    if (exists) throw new DuplicateMemberError(identifier);
    return em.getRepository(Member).save(
      em.getRepository(Member).create({
        associationId,
        kind: dto.kind,
        nameFa: dto.nameFa,
        nameSearch: normalizePersian(dto.nameFa),
        identifier,
        trade: dto.trade ?? null,
        phone: dto.phone ? normalizePersian(dto.phone) : null,
        email: dto.email ?? null,
        joinedOn: dto.joinedOn,
        leftOn: dto.leftOn ?? null,
        duesStatus: dto.duesStatus ?? 'due',
      }),
    );
  }
}

function checkDates(joinedOn: string, leftOn: string | null): void {
  if (leftOn && leftOn < joinedOn)
    throw new BadInputError('participation.left_before_joined', 'leftOn: must not be before joinedOn', {
      field: 'leftOn',
    });
}

/** The audit row keeps who joined and left, not how to reach them. */
function auditable(m: Member) {
  return { kind: m.kind, nameFa: m.nameFa, joinedOn: m.joinedOn, leftOn: m.leftOn, duesStatus: m.duesStatus };
}
