import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationsService } from '@tashakkol/associations';
import { AuditService } from '@tashakkol/audit';
import {
  AuthContext,
  BadInputError,
  canSeeAssociation,
  ConflictError,
  NotFoundError,
  SCORE_REQUESTS,
  ScoreRequests,
  StaleVersionError,
  toJalaliDate,
  todayInTehran,
} from '@tashakkol/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { currentMemberSql, Member } from './member.entity';
import { OneTimeLink } from './one-time-link.entity';
import { findUsableLink, spendLink } from './one-time-links';
import {
  DuplicateRunError,
  InvalidAnswersError,
  LinkSpentError,
  NoMembersError,
} from './participation.errors';
import { CreateSurveyDto, CreateSurveyRunDto, SubmitAnswersDto } from './participation.dto';
import { SurveyResponse } from './survey-response.entity';
import { aggregateRun, checkAnswers, MIN_ANSWERS_FOR_RESULTS, newLinkToken } from './survey-rules';
import { SurveyRun } from './survey-run.entity';
import { Survey } from './survey.entity';
import {
  SurveyLinkViewDto as SurveyLinkView,
  SurveyRunCreatedDto as SurveyRunCreated,
  SurveyRunResponsesDto,
  SurveyRunResultsDto as SurveyRunResultsView,
  SurveyRunViewDto as SurveyRunView,
  SurveyViewDto as SurveyView,
} from './participation.views';

const DAY = 86_400_000;

/** Questionnaires, runs with one-time links, anonymous answers and their aggregates. */
@Injectable()
export class SurveysService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly associations: AssociationsService,
    private readonly audit: AuditService,
    @Optional() @Inject(SCORE_REQUESTS) private readonly scoreRequests?: ScoreRequests,
  ) {}

  async listSurveys(): Promise<SurveyView[]> {
    const rows = await this.db.getRepository(Survey).find({ order: { createdAt: 'ASC' } });
    return rows.map(toSurveyView);
  }

  async createSurvey(auth: AuthContext, dto: CreateSurveyDto): Promise<SurveyView> {
    const keys = new Set<string>();
    dto.items.forEach((item, i) => {
      if (keys.has(item.key))
        throw new BadInputError(
          'participation.duplicate_item',
          `items[${i}].key: "${item.key}" is used twice`,
          {
            field: `items[${i}].key`,
          },
        );
      keys.add(item.key);
      if (item.kind === 'likert' && (item.min ?? 1) >= (item.max ?? 5))
        throw new BadInputError('participation.bad_scale', `items[${i}].max: must be above min`, {
          field: `items[${i}].max`,
        });
    });
    return this.db.transaction(async (em) => {
      if (await em.getRepository(Survey).exists({ where: { code: dto.code } }))
        throw new ConflictError(
          'participation.duplicate_survey',
          `code: a questionnaire ${dto.code} exists already`,
          {
            field: 'code',
          },
        );
      const row = await em.getRepository(Survey).save(
        em.getRepository(Survey).create({
          code: dto.code,
          titleFa: dto.titleFa,
          titleEn: dto.titleEn ?? null,
          items: dto.items.map((i) => ({ ...i })),
        }),
      );
      await this.audit.record(em, auth, {
        action: 'survey.create',
        entity: 'survey',
        entityId: row.id,
        after: row,
      });
      return toSurveyView(row);
    });
  }

  /** Sends a questionnaire to every current member: one link each, valid for `expiresInDays`. */
  async createRun(
    auth: AuthContext,
    associationId: string,
    dto: CreateSurveyRunDto,
  ): Promise<SurveyRunCreated> {
    await this.associations.getVisible(auth, associationId);
    const survey = await this.db.getRepository(Survey).findOne({ where: { code: dto.surveyCode } });
    if (!survey)
      throw new BadInputError(
        'participation.unknown_survey',
        `surveyCode: no questionnaire ${dto.surveyCode}`,
        {
          field: 'surveyCode',
        },
      );
    const today = todayInTehran();
    return this.db.transaction(async (em) => {
      const period = String(dto.fiscalYear);
      if (await em.getRepository(SurveyRun).exists({ where: { associationId, surveyId: survey.id, period } }))
        throw new DuplicateRunError();
      const members: Pick<Member, 'id' | 'nameFa'>[] = await em
        .getRepository(Member)
        .createQueryBuilder('m')
        .select(['m.id', 'm.nameFa'])
        .where('m.association_id = :associationId', { associationId })
        .andWhere(currentMemberSql(':today'), { today })
        .orderBy('m.name_fa')
        .getMany();
      if (!members.length) throw new NoMembersError();
      const expiresAt = new Date(Date.now() + (dto.expiresInDays ?? 30) * DAY);
      const run = await em.getRepository(SurveyRun).save(
        em.getRepository(SurveyRun).create({
          surveyId: survey.id,
          associationId,
          period,
          invited: members.length,
          expiresAt,
          createdBy: auth.userId,
        }),
      );
      const links = members.map((m) => ({ member: m, ...newLinkToken() }));
      await em.getRepository(OneTimeLink).insert(
        links.map((l) => ({
          purpose: 'survey' as const,
          subjectId: run.id,
          associationId,
          memberId: l.member.id,
          tokenHash: l.hash,
          expiresAt,
        })),
      );
      const view = toRunView(run, survey);
      await this.audit.record(em, auth, {
        action: 'survey_run.create',
        entity: 'survey_run',
        entityId: run.id,
        associationId,
        after: view,
      });
      return {
        run: view,
        links: links.map((l) => ({
          memberId: l.member.id,
          memberNameFa: l.member.nameFa,
          token: l.token,
          path: `/survey/${l.token}`,
        })),
      };
    });
  }

  async listRuns(auth: AuthContext, associationId: string): Promise<{ items: SurveyRunView[] }> {
    await this.associations.getVisible(auth, associationId);
    const runs = await this.db
      .getRepository(SurveyRun)
      .find({ where: { associationId }, order: { createdAt: 'DESC' } });
    const surveys = await this.surveysById(runs.map((r) => r.surveyId));
    return { items: runs.map((r) => toRunView(r, surveys.get(r.surveyId) as Survey)) };
  }

  async closeRun(auth: AuthContext, runId: string, version: number): Promise<SurveyRunView> {
    return this.db.transaction(async (em) => {
      const run = await this.visibleRun(auth, runId, em, true);
      if (run.version !== version) throw new StaleVersionError('survey_run', version, run.version);
      if (run.status === 'closed')
        throw new ConflictError('participation.run_closed', 'The run is closed already');
      run.status = 'closed';
      const saved = await em.getRepository(SurveyRun).save(run);
      const survey = (await em.getRepository(Survey).findOneByOrFail({ id: run.surveyId })) as Survey;
      const view = toRunView(saved, survey);
      await this.audit.record(em, auth, {
        action: 'survey_run.close',
        entity: 'survey_run',
        entityId: run.id,
        associationId: run.associationId,
        after: view,
      });
      await this.scoreRequests?.requestRescore(em, run.associationId, 'survey_closed', run.id, run.period);
      return view;
    });
  }

  /**
   * The chamber's reading of each answer, for analysis beyond the aggregates: anonymous as stored
   * (no member, link or time), sorted by content so the order tells nothing of who answered when,
   * and nothing under MIN_ANSWERS_FOR_RESULTS answers. The controller keeps boards out (403).
   */
  async responses(auth: AuthContext, runId: string): Promise<SurveyRunResponsesDto> {
    const run = await this.visibleRun(auth, runId);
    const rows = await this.db
      .getRepository(SurveyResponse)
      .find({ where: { runId }, select: { answers: true } });
    const shown = rows.length >= MIN_ANSWERS_FOR_RESULTS;
    const items = shown
      ? rows
          .map((r) => ({ answers: r.answers.map((a) => ({ key: a.key, value: a.value })) }))
          .map((r) => ({ r, k: JSON.stringify(r.answers) }))
          .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
          .map(({ r }) => r)
      : [];
    return { runId: run.id, responses: rows.length, shown, minAnswers: MIN_ANSWERS_FOR_RESULTS, items };
  }

  /** Aggregates only; nothing at all under MIN_ANSWERS_FOR_RESULTS answers. */
  async results(auth: AuthContext, runId: string): Promise<SurveyRunResultsView> {
    const run = await this.visibleRun(auth, runId);
    const survey = await this.db.getRepository(Survey).findOneByOrFail({ id: run.surveyId });
    const responses = await this.db
      .getRepository(SurveyResponse)
      .find({ where: { runId }, select: { answers: true } });
    const results = aggregateRun(
      survey.items,
      run.invited,
      responses.map((r) => r.answers),
    );
    const openAnswers = results.shown
      ? survey.items
          .filter((i) => i.kind === 'open')
          .map((i) => ({
            key: i.key,
            texts: responses
              .flatMap((r) =>
                r.answers
                  .filter((a) => a.key === i.key && typeof a.value === 'string')
                  .map((a) => String(a.value)),
              )
              .filter((t) => t.trim() !== '')
              .sort(),
          }))
      : [];
    return {
      ...results,
      runId,
      associationId: run.associationId,
      fiscalYear: Number(run.period),
      minAnswers: MIN_ANSWERS_FOR_RESULTS,
      openAnswers,
    };
  }

  /** The page a member opens from a link: the questionnaire, nothing about the member. */
  async readLink(token: string): Promise<SurveyLinkView> {
    const { link, run } = await this.usableLink(token, this.db.manager);
    const survey = await this.db.getRepository(Survey).findOneByOrFail({ id: run.surveyId });
    const association = await this.associations.namesOf([run.associationId]);
    return {
      associationNameFa: association.get(run.associationId) ?? '',
      titleFa: survey.titleFa,
      fiscalYear: Number(run.period),
      items: survey.items,
      expiresAt: link.expiresAt.toISOString(),
      expiresAtJalali: toJalaliDate(link.expiresAt),
    };
  }

  /**
   * Records one member's answers. The answers are checked before the link is spent (bad input
   * loses nothing); the link is spent by a conditional UPDATE in the same transaction as the
   * insert, so of two racing submissions exactly one is counted.
   */
  async answer(token: string, dto: SubmitAnswersDto): Promise<{ recorded: true }> {
    const { run } = await this.usableLink(token, this.db.manager);
    const survey = await this.db.getRepository(Survey).findOneByOrFail({ id: run.surveyId });
    const problems = checkAnswers(survey.items, dto.answers);
    if (problems.length) throw new InvalidAnswersError(problems);
    await this.db.transaction(async (em) => {
      const spent = await spendLink(em, 'survey', token);
      if (!spent) throw new LinkSpentError('used');
      await em.getRepository(SurveyResponse).insert({
        runId: run.id,
        answers: dto.answers.map((a) => ({ key: a.key, value: a.value })),
      });
      // One waiting request per run, however many answers arrive before the worker takes it.
      await this.scoreRequests?.requestRescore(em, run.associationId, 'survey_answered', run.id, run.period);
    });
    return { recorded: true };
  }

  private async usableLink(token: string, em: EntityManager): Promise<{ link: OneTimeLink; run: SurveyRun }> {
    const link = await findUsableLink(em, 'survey', token);
    const run = await em.getRepository(SurveyRun).findOneByOrFail({ id: link.subjectId });
    if (run.status === 'closed') throw new LinkSpentError('closed');
    return { link, run };
  }

  private async visibleRun(
    auth: AuthContext,
    runId: string,
    em: EntityManager = this.db.manager,
    lock = false,
  ) {
    const qb = em.getRepository(SurveyRun).createQueryBuilder('r').where('r.id = :runId', { runId });
    if (lock) qb.setLock('pessimistic_write');
    const run = await qb.getOne();
    if (!run || !canSeeAssociation(auth, run.associationId)) throw new NotFoundError('survey_run', runId);
    return run;
  }

  private async surveysById(ids: string[]): Promise<Map<string, Survey>> {
    if (!ids.length) return new Map();
    const rows = await this.db.getRepository(Survey).find({ where: { id: In([...new Set(ids)]) } });
    return new Map(rows.map((s) => [s.id, s]));
  }
}

function toSurveyView(s: Survey): SurveyView {
  return {
    id: s.id,
    code: s.code,
    titleFa: s.titleFa,
    titleEn: s.titleEn,
    items: s.items,
    version: s.version,
  };
}

function toRunView(r: SurveyRun, s: Survey): SurveyRunView {
  return {
    id: r.id,
    surveyId: r.surveyId,
    surveyCode: s.code,
    surveyTitleFa: s.titleFa,
    associationId: r.associationId,
    fiscalYear: Number(r.period),
    status: r.status,
    invited: r.invited,
    expiresAt: r.expiresAt.toISOString(),
    expiresAtJalali: toJalaliDate(r.expiresAt),
    createdAt: r.createdAt.toISOString(),
    createdAtJalali: toJalaliDate(r.createdAt),
    version: r.version,
  };
}
