import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationsService, RegisterWriter } from '@tashakkol/associations';
import { AuditService } from '@tashakkol/audit';
import {
  AuthContext,
  BadInputError,
  canSeeAssociation,
  ConflictError,
  jalaliYearOf,
  NotFoundError,
  StaleVersionError,
  jalaliOf,
} from '@tashakkol/shared';
import { randomUUID } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Assembly } from './assembly.entity';
import { Ballot } from './ballot.entity';
import { countPlurality, tally } from './election-rules';
import { Election } from './election.entity';
import { currentMemberSql, Member } from './member.entity';
import { todayUtc } from './members.service';
import { OneTimeLink } from './one-time-link.entity';
import {
  ElectionCountedError,
  ElectionTieError,
  LinkSpentError,
  NoMembersError,
} from './participation.errors';
import { BallotDto, CreateElectionDto, RecordedVotesDto } from './participation.dto';
import { BallotLinkViewDto, ElectionViewDto, IssuedLinkDto } from './participation.views';
import { newLinkToken } from './survey-rules';
import { findUsableLink, spendLink } from './one-time-links';

const DAY = 86_400_000;

export function toElectionView(e: Election, ballots: number): ElectionViewDto {
  return {
    id: e.id,
    associationId: e.associationId,
    assemblyId: e.assemblyId,
    seats: e.seats,
    termStart: e.termStart,
    termStartJalali: jalaliOf(e.termStart) as string,
    termEnd: e.termEnd,
    termEndJalali: jalaliOf(e.termEnd) as string,
    candidates: e.candidates,
    recordedVotes: e.recordedVotes,
    ballotsCast: ballots,
    status: e.status,
    result: e.result,
    countedOn: e.countedOn,
    countedOnJalali: jalaliOf(e.countedOn),
    version: e.version,
  };
}

/** Board elections by the members: candidates, secret ballots by link or paper votes, the count. */
@Injectable()
export class ElectionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly associations: AssociationsService,
    private readonly register: RegisterWriter,
    private readonly audit: AuditService,
  ) {}

  async list(auth: AuthContext, associationId: string): Promise<{ items: ElectionViewDto[] }> {
    await this.associations.getVisible(auth, associationId);
    const rows = await this.db
      .getRepository(Election)
      .find({ where: { associationId }, order: { createdAt: 'DESC' } });
    const counts = await this.ballotCounts(rows.map((r) => r.id));
    return { items: rows.map((r) => toElectionView(r, counts.get(r.id) ?? 0)) };
  }

  async create(auth: AuthContext, associationId: string, dto: CreateElectionDto): Promise<ElectionViewDto> {
    await this.associations.getVisible(auth, associationId);
    if (dto.termEnd <= dto.termStart)
      throw new BadInputError('participation.term_end_before_start', 'termEnd: must be after termStart', {
        field: 'termEnd',
      });
    if (dto.candidates.length < dto.seats)
      throw new BadInputError(
        'participation.too_few_candidates',
        `candidates: at least ${dto.seats} for ${dto.seats} seats`,
        {
          field: 'candidates',
        },
      );
    return this.db.transaction(async (em) => {
      if (
        dto.assemblyId &&
        !(await em.getRepository(Assembly).exists({ where: { id: dto.assemblyId, associationId } }))
      )
        throw new BadInputError(
          'participation.unknown_assembly',
          'assemblyId: no such assembly of this association',
          {
            field: 'assemblyId',
          },
        );
      const row = await em.getRepository(Election).save(
        em.getRepository(Election).create({
          associationId,
          assemblyId: dto.assemblyId ?? null,
          seats: dto.seats,
          termStart: dto.termStart,
          termEnd: dto.termEnd,
          candidates: dto.candidates.map((c) => ({
            id: randomUUID(),
            fullName: c.fullName,
            firmName: c.firmName ?? null,
          })),
          recordedVotes: {},
        }),
      );
      const view = toElectionView(row, 0);
      await this.audit.record(em, auth, {
        action: 'election.create',
        entity: 'election',
        entityId: row.id,
        associationId,
        after: view,
      });
      return view;
    });
  }

  /** One secret-ballot link per current member, once per election. */
  async issueBallots(
    auth: AuthContext,
    electionId: string,
    expiresInDays = 7,
  ): Promise<{ links: IssuedLinkDto[] }> {
    return this.db.transaction(async (em) => {
      const election = await this.visible(auth, electionId, em);
      if (election.status === 'counted') throw new ElectionCountedError();
      if (
        await em.getRepository(OneTimeLink).exists({ where: { purpose: 'ballot', subjectId: election.id } })
      )
        throw new ConflictError(
          'participation.ballots_issued',
          'Ballot links were issued for this election already',
        );
      const today = todayUtc();
      const members = await em
        .getRepository(Member)
        .createQueryBuilder('m')
        .select(['m.id', 'm.nameFa'])
        .where('m.association_id = :id', { id: election.associationId })
        .andWhere(currentMemberSql(':today'), { today })
        .orderBy('m.name_fa')
        .getMany();
      if (!members.length) throw new NoMembersError();
      const expiresAt = new Date(Date.now() + expiresInDays * DAY);
      const links = members.map((m) => ({ member: m, ...newLinkToken() }));
      await em.getRepository(OneTimeLink).insert(
        links.map((l) => ({
          purpose: 'ballot' as const,
          subjectId: election.id,
          associationId: election.associationId,
          memberId: l.member.id,
          tokenHash: l.hash,
          expiresAt,
        })),
      );
      await this.audit.record(em, auth, {
        action: 'election.ballots_issued',
        entity: 'election',
        entityId: election.id,
        associationId: election.associationId,
        after: { links: links.length, expiresAt },
      });
      return {
        links: links.map((l) => ({
          memberId: l.member.id,
          memberNameFa: l.member.nameFa,
          token: l.token,
          path: `/ballot/${l.token}`,
        })),
      };
    });
  }

  async readBallot(token: string): Promise<BallotLinkViewDto> {
    const election = await this.usableBallot(token);
    const names = await this.associations.namesOf([election.associationId]);
    return {
      associationNameFa: names.get(election.associationId) ?? '',
      seats: election.seats,
      candidates: election.candidates,
      termStart: election.termStart,
      termStartJalali: jalaliOf(election.termStart) as string,
    };
  }

  async castBallot(token: string, dto: BallotDto): Promise<{ recorded: true }> {
    const election = await this.usableBallot(token);
    const known = new Set(election.candidates.map((c) => c.id));
    dto.choices.forEach((c, i) => {
      if (!known.has(c))
        throw new BadInputError(
          'participation.unknown_candidate',
          `choices[${i}]: not a candidate of this election`,
          {
            field: `choices[${i}]`,
          },
        );
      if (dto.choices.indexOf(c) !== i)
        throw new BadInputError(
          'participation.repeated_choice',
          `choices[${i}]: a candidate can be chosen once`,
          {
            field: `choices[${i}]`,
          },
        );
    });
    if (dto.choices.length > election.seats)
      throw new BadInputError(
        'participation.too_many_choices',
        `choices: at most ${election.seats} candidates`,
        { field: 'choices' },
      );
    await this.db.transaction(async (em) => {
      if (!(await spendLink(em, 'ballot', token))) throw new LinkSpentError('used');
      await em.getRepository(Ballot).insert({ electionId: election.id, choices: dto.choices });
    });
    return { recorded: true };
  }

  async recordVotes(auth: AuthContext, electionId: string, dto: RecordedVotesDto): Promise<ElectionViewDto> {
    return this.db.transaction(async (em) => {
      const election = await this.visible(auth, electionId, em, true);
      if (election.version !== dto.version)
        throw new StaleVersionError('election', dto.version, election.version);
      if (election.status === 'counted') throw new ElectionCountedError();
      const known = new Set(election.candidates.map((c) => c.id));
      for (const [id, n] of Object.entries(dto.votes ?? {})) {
        if (!known.has(id))
          throw new BadInputError(
            'participation.unknown_candidate',
            `votes.${id}: not a candidate of this election`,
            { field: `votes.${id}` },
          );
        if (!Number.isInteger(n) || n < 0 || n > 1_000_000)
          throw new BadInputError('participation.bad_votes', `votes.${id}: must be a whole number of votes`, {
            field: `votes.${id}`,
          });
      }
      const before = election.recordedVotes;
      election.recordedVotes = dto.votes;
      const saved = await em.getRepository(Election).save(election);
      await this.audit.record(em, auth, {
        action: 'election.recorded_votes',
        entity: 'election',
        entityId: election.id,
        associationId: election.associationId,
        before,
        after: dto.votes,
      });
      return toElectionView(saved, (await this.ballotCounts([saved.id])).get(saved.id) ?? 0);
    });
  }

  /**
   * Counts the ballots and the paper votes and writes the elected board into the register with
   * its term, through the register's own write (the one the formation phase uses), in one
   * transaction with the result.
   */
  async count(auth: AuthContext, electionId: string, version: number): Promise<ElectionViewDto> {
    return this.db.transaction(async (em) => {
      const election = await this.visible(auth, electionId, em, true);
      if (election.version !== version) throw new StaleVersionError('election', version, election.version);
      if (election.status === 'counted') throw new ElectionCountedError();
      const ballots = await em
        .getRepository(Ballot)
        .find({ where: { electionId }, select: { choices: true } });
      const votes = tally(
        election.candidates.map((c) => c.id),
        ballots.map((b) => b.choices),
        election.recordedVotes,
      );
      const outcome = countPlurality(election.seats, votes);
      if (outcome.kind === 'tie')
        throw new ElectionTieError(
          outcome.seat,
          outcome.tied.map((t) => t.candidateId),
        );
      const byId = new Map(election.candidates.map((c) => [c.id, c]));
      await this.register.replaceElectedBoard(em, auth, election.associationId, {
        electedAt: election.termStart,
        termEnd: election.termEnd,
        electedBy: 'general_assembly',
        seats: outcome.elected.map((c) => ({
          fullName: byId.get(c.candidateId)?.fullName ?? '',
          firmName: byId.get(c.candidateId)?.firmName ?? null,
          role: 'member' as const,
        })),
      });
      election.status = 'counted';
      election.countedOn = todayUtc();
      election.fiscalYear = jalaliYearOf(new Date());
      election.result = {
        ranking: outcome.ranking,
        elected: outcome.elected.map((c) => c.candidateId),
        ballots: ballots.length,
      };
      const saved = await em.getRepository(Election).save(election);
      const view = toElectionView(saved, ballots.length);
      await this.audit.record(em, auth, {
        action: 'election.count',
        entity: 'election',
        entityId: election.id,
        associationId: election.associationId,
        after: view,
      });
      return view;
    });
  }

  private async usableBallot(token: string): Promise<Election> {
    const link = await findUsableLink(this.db.manager, 'ballot', token);
    const election = await this.db.getRepository(Election).findOneByOrFail({ id: link.subjectId });
    if (election.status === 'counted') throw new LinkSpentError('closed');
    return election;
  }

  private async visible(
    auth: AuthContext,
    electionId: string,
    em: EntityManager,
    lock = false,
  ): Promise<Election> {
    const qb = em.getRepository(Election).createQueryBuilder('e').where('e.id = :electionId', { electionId });
    if (lock) qb.setLock('pessimistic_write');
    const election = await qb.getOne();
    if (!election || !canSeeAssociation(auth, election.associationId))
      throw new NotFoundError('election', electionId);
    return election;
  }

  private async ballotCounts(ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows: { election_id: string; n: number }[] = await this.db.query(
      `SELECT election_id, count(*)::int AS n FROM ballots WHERE election_id = ANY($1) GROUP BY election_id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.election_id, r.n]));
  }
}
