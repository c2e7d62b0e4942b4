import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationsService, RegisterWriter } from '@tashakkol/associations';
import { AuditService } from '@tashakkol/audit';
import {
  AuthContext,
  BadInputError,
  canSeeAssociation,
  ConflictError,
  jalaliOf,
  jalaliYearOf,
  NotFoundError,
  SCORE_REQUESTS,
  ScoreRequests,
  StaleVersionError,
  todayInTehran,
} from '@tashakkol/shared';
import { randomUUID } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Assembly } from './assembly.entity';
import { Ballot } from './ballot.entity';
import { CandidateOutcome, countPlurality, resolveCandidates, tally } from './election-rules';
import { Election, ElectionCandidate } from './election.entity';
import { currentMemberSql, isCurrentMember, Member } from './member.entity';
import { OneTimeLink } from './one-time-link.entity';
import {
  BallotsExpiredError,
  ElectionCountedError,
  ElectionTieError,
  LinkSpentError,
  NoMembersError,
} from './participation.errors';
import { BallotDto, CreateElectionDto, RecordedVotesDto, ReissueBallotsDto } from './participation.dto';
import { BallotLinkViewDto, ElectionViewDto, IssuedLinkDto } from './participation.views';
import { newLinkToken } from './survey-rules';
import { findUsableLink, spendLink } from './one-time-links';

const DAY = 86_400_000;

/** What the election's links have given so far: secret ballots cast, ballot links issued. */
export interface BallotTally {
  ballots: number;
  links: number;
}

const NO_BALLOTS: BallotTally = { ballots: 0, links: 0 };

const CANDIDATE_REFUSALS: Record<Extract<CandidateOutcome, { ok: false }>['code'], [string, string]> = {
  not_member: ['participation.candidate_not_member', 'not a current member of this association'],
  repeated: ['participation.candidate_repeated', 'a member stands once'],
  representative_required: [
    'participation.candidate_representative_required',
    'the name of the candidate (for a firm member, its representative) is required',
  ],
};

/** Candidates as read (those stored before candidates came from the register have no memberId). */
const candidateViews = (candidates: ElectionCandidate[]) =>
  candidates.map((c) => ({
    id: c.id,
    memberId: c.memberId ?? null,
    fullName: c.fullName,
    firmName: c.firmName,
  }));

export function toElectionView(e: Election, tally: BallotTally): ElectionViewDto {
  return {
    id: e.id,
    associationId: e.associationId,
    assemblyId: e.assemblyId,
    seats: e.seats,
    termStart: e.termStart,
    termStartJalali: jalaliOf(e.termStart) as string,
    termEnd: e.termEnd,
    termEndJalali: jalaliOf(e.termEnd) as string,
    candidates: candidateViews(e.candidates),
    recordedVotes: e.recordedVotes,
    ballotsCast: tally.ballots,
    ballotLinksIssued: tally.links,
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
    @Optional() @Inject(SCORE_REQUESTS) private readonly scoreRequests?: ScoreRequests,
  ) {}

  async list(auth: AuthContext, associationId: string): Promise<{ items: ElectionViewDto[] }> {
    await this.associations.getVisible(auth, associationId);
    const rows = await this.db
      .getRepository(Election)
      .find({ where: { associationId }, order: { createdAt: 'DESC' } });
    const counts = await this.ballotCounts(rows.map((r) => r.id));
    return { items: rows.map((r) => toElectionView(r, counts.get(r.id) ?? NO_BALLOTS)) };
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
      const candidates = await this.candidatesOf(em, associationId, dto);
      const row = await em.getRepository(Election).save(
        em.getRepository(Election).create({
          associationId,
          assemblyId: dto.assemblyId ?? null,
          seats: dto.seats,
          termStart: dto.termStart,
          termEnd: dto.termEnd,
          candidates: candidates.map((c) => ({ id: randomUUID(), ...c })),
          recordedVotes: {},
        }),
      );
      const view = toElectionView(row, NO_BALLOTS);
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
      const today = todayInTehran();
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
      const links = await this.insertLinks(em, election, members, () => ({ expiresAt, usedAt: null }));
      await this.audit.record(em, auth, {
        action: 'election.ballots_issued',
        entity: 'election',
        entityId: election.id,
        associationId: election.associationId,
        after: { links: links.length, expiresAt },
      });
      return { links };
    });
  }

  /** The candidates as the rule resolves them, the members named read in one query. */
  private async candidatesOf(em: EntityManager, associationId: string, dto: CreateElectionDto) {
    const ids = [...new Set(dto.candidates.flatMap((c) => (c.memberId ? [c.memberId] : [])))];
    const today = todayInTehran();
    const rows: Pick<Member, 'id' | 'kind' | 'nameFa' | 'joinedOn' | 'leftOn'>[] = ids.length
      ? await em
          .getRepository(Member)
          .createQueryBuilder('m')
          .select(['m.id', 'm.kind', 'm.nameFa', 'm.joinedOn', 'm.leftOn'])
          .where('m.association_id = :associationId AND m.id IN (:...ids)', { associationId, ids })
          .getMany()
      : [];
    const members = new Map(
      rows.map((m) => [
        m.id,
        { id: m.id, kind: m.kind, nameFa: m.nameFa, current: isCurrentMember(m, today) },
      ]),
    );
    return resolveCandidates(dto.candidates, members).map((outcome) => {
      if (outcome.ok) return outcome.candidate;
      const [code, english] = CANDIDATE_REFUSALS[outcome.code];
      throw new BadInputError(code, `${outcome.field}: ${english}`, { field: outcome.field });
    });
  }

  /**
   * New ballot links for members who lost theirs; each old link stops working. A member who has
   * voted gets a link too, born spent (it says "used"), so the board, which hands the links out,
   * learns from the answer nothing of who voted. The election row's lock makes racing re-issues
   * take turns; a ballot cast meanwhile either spends the old link first (the new one is born
   * spent) or finds it voided.
   */
  async reissueBallots(
    auth: AuthContext,
    electionId: string,
    dto: ReissueBallotsDto,
  ): Promise<{ links: IssuedLinkDto[] }> {
    dto.memberIds.forEach((id, i) => {
      if (dto.memberIds.indexOf(id) !== i)
        throw new BadInputError('participation.repeated_member', `memberIds[${i}]: a member is named once`, {
          field: `memberIds[${i}]`,
        });
    });
    return this.db.transaction(async (em) => {
      // NO KEY UPDATE: re-issues take turns, while a ballot's insert (its key-share lock on the
      // election) is not blocked; FOR UPDATE would deadlock with a ballot holding its link's row.
      const election = await this.visible(auth, electionId, em, 'for_no_key_update');
      if (election.status === 'counted') throw new ElectionCountedError();
      // TypeORM answers a raw UPDATE … RETURNING with [rows, count].
      const [voided]: [{ member_id: string; used_at: Date | null; expires_at: Date }[], number] =
        await em.query(
          `UPDATE one_time_links SET voided_at = now()
            WHERE purpose = 'ballot' AND subject_id = $1 AND member_id = ANY($2::uuid[]) AND voided_at IS NULL
            RETURNING member_id, used_at, expires_at`,
          [election.id, dto.memberIds],
        );
      const old = new Map(voided.map((v) => [v.member_id, v]));
      const missing = dto.memberIds.findIndex((id) => !old.has(id));
      if (missing >= 0)
        throw new BadInputError(
          'participation.no_ballot_link',
          `memberIds[${missing}]: this member was not issued a ballot link in this election`,
          { field: `memberIds[${missing}]` },
        );
      if (voided.some((v) => v.expires_at.getTime() <= Date.now())) throw new BallotsExpiredError();
      const members = await em
        .getRepository(Member)
        .createQueryBuilder('m')
        .select(['m.id', 'm.nameFa'])
        .where('m.id IN (:...ids)', { ids: dto.memberIds })
        .orderBy('m.name_fa')
        .getMany();
      const links = await this.insertLinks(em, election, members, (id) => ({
        expiresAt: old.get(id)?.expires_at as Date,
        usedAt: old.get(id)?.used_at ?? null,
      }));
      await this.audit.record(em, auth, {
        action: 'election.ballots_reissued',
        entity: 'election',
        entityId: election.id,
        associationId: election.associationId,
        after: { links: links.length, memberIds: links.map((l) => l.memberId) },
      });
      return { links };
    });
  }

  async readBallot(token: string): Promise<BallotLinkViewDto> {
    const election = await this.usableBallot(token);
    const names = await this.associations.namesOf([election.associationId]);
    return {
      associationNameFa: names.get(election.associationId) ?? '',
      seats: election.seats,
      candidates: candidateViews(election.candidates),
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
      if (!(await spendLink(em, 'ballot', token))) {
        await findUsableLink(em, 'ballot', token); // says why: used, or replaced by a re-issue meanwhile
        throw new LinkSpentError('used');
      }
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
      return toElectionView(saved, (await this.ballotCounts([saved.id])).get(saved.id) ?? NO_BALLOTS);
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
      election.countedOn = todayInTehran();
      election.fiscalYear = jalaliYearOf(new Date());
      election.result = {
        ranking: outcome.ranking,
        elected: outcome.elected.map((c) => c.candidateId),
        ballots: ballots.length,
      };
      const saved = await em.getRepository(Election).save(election);
      const links = (await this.ballotCounts([saved.id], em)).get(saved.id)?.links ?? 0;
      const view = toElectionView(saved, { ballots: ballots.length, links });
      await this.audit.record(em, auth, {
        action: 'election.count',
        entity: 'election',
        entityId: election.id,
        associationId: election.associationId,
        after: view,
      });
      await this.scoreRequests?.requestRescore(
        em,
        election.associationId,
        'election_counted',
        election.id,
        String(election.fiscalYear),
      );
      return view;
    });
  }

  /** One new ballot link per member; only the token's hash is stored, the token is returned once. */
  private async insertLinks(
    em: EntityManager,
    election: Election,
    members: Pick<Member, 'id' | 'nameFa'>[],
    state: (memberId: string) => { expiresAt: Date; usedAt: Date | null },
  ): Promise<IssuedLinkDto[]> {
    const links = members.map((m) => ({ member: m, ...newLinkToken() }));
    await em.getRepository(OneTimeLink).insert(
      links.map((l) => ({
        purpose: 'ballot' as const,
        subjectId: election.id,
        associationId: election.associationId,
        memberId: l.member.id,
        tokenHash: l.hash,
        ...state(l.member.id),
      })),
    );
    return links.map((l) => ({
      memberId: l.member.id,
      memberNameFa: l.member.nameFa,
      token: l.token,
      path: `/ballot/${l.token}`,
    }));
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
    lock: boolean | 'for_no_key_update' = false,
  ): Promise<Election> {
    const qb = em.getRepository(Election).createQueryBuilder('e').where('e.id = :electionId', { electionId });
    if (lock) qb.setLock(lock === true ? 'pessimistic_write' : lock);
    const election = await qb.getOne();
    if (!election || !canSeeAssociation(auth, election.associationId))
      throw new NotFoundError('election', electionId);
    return election;
  }

  private async ballotCounts(
    ids: string[],
    q: Pick<EntityManager, 'query'> = this.db,
  ): Promise<Map<string, BallotTally>> {
    if (!ids.length) return new Map();
    const rows: { id: string; ballots: number; links: number }[] = await q.query(
      `SELECT e.id,
              (SELECT count(*)::int FROM ballots b WHERE b.election_id = e.id) AS ballots,
              (SELECT count(*)::int FROM one_time_links l
                WHERE l.purpose = 'ballot' AND l.subject_id = e.id AND l.voided_at IS NULL) AS links
         FROM unnest($1::uuid[]) AS e(id)`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { ballots: r.ballots, links: r.links }]));
  }
}
