import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MembersVoiceSource, MembersVoiceYear, RegistryCount } from '@tashakkol/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { heldOnTime } from './assembly-rules';
import { Assembly } from './assembly.entity';
import { currentMemberSql } from './member.entity';
import { MembersService } from './members.service';
import { SurveyResponse } from './survey-response.entity';
import { aggregateRun } from './survey-rules';
import { SurveyRun } from './survey-run.entity';
import { Survey } from './survey.entity';

export type { MembersVoiceYear, RegistryCount } from '@tashakkol/shared';

/**
 * The read participation gives other contexts (kpi's calculator, the roadmap): batch methods,
 * a constant number of queries whatever the number of associations, years or days.
 */
@Injectable()
export class ParticipationReadService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly members: MembersService,
  ) {}

  async registryAt(associationIds: string[], day: string): Promise<RegistryCount[]> {
    const rows = await this.members.summaries(associationIds, day);
    return rows.map((r) => ({ associationId: r.associationId, members: r.current, firms: r.firms }));
  }

  /** One association's registry on many days (one query), keyed by day. */
  async registryOn(
    associationId: string,
    days: string[],
    em: EntityManager = this.db.manager,
  ): Promise<Map<string, RegistryCount>> {
    return (await this.registryOnDays([associationId], days, em)).get(associationId) ?? new Map();
  }

  /** Each association's registry on each of the days (one query), keyed by association, then day. */
  async registryOnDays(
    associationIds: string[],
    days: string[],
    em: EntityManager = this.db.manager,
  ): Promise<Map<string, Map<string, RegistryCount>>> {
    const out = new Map<string, Map<string, RegistryCount>>();
    if (!days.length || !associationIds.length) return out;
    const current = currentMemberSql('d.day');
    const rows: { association_id: string; day: string; members: number; firms: number }[] = await em.query(
      `SELECT a.id AS association_id, d.day::text AS day,
              count(m.id) FILTER (WHERE ${current})::int AS members,
              count(m.id) FILTER (WHERE m.kind = 'firm' AND ${current})::int AS firms
         FROM unnest($1::uuid[]) AS a(id) CROSS JOIN unnest($2::date[]) AS d(day)
         LEFT JOIN members m ON m.association_id = a.id
        GROUP BY a.id, d.day`,
      [[...new Set(associationIds)], [...new Set(days)]],
    );
    for (const r of rows) {
      const byDay = out.get(r.association_id) ?? new Map<string, RegistryCount>();
      byDay.set(r.day, { associationId: r.association_id, members: r.members, firms: r.firms });
      out.set(r.association_id, byDay);
    }
    return out;
  }

  async year(associationIds: string[], fiscalYear: number): Promise<MembersVoiceYear[]> {
    return this.years(associationIds, [fiscalYear]);
  }

  /** Every (association, year) pair, associations first in the order given, then the years. */
  async years(
    associationIds: string[],
    fiscalYears: number[],
    em: EntityManager = this.db.manager,
  ): Promise<MembersVoiceYear[]> {
    const years = [...new Set(fiscalYears)];
    if (!associationIds.length || !years.length) return [];
    // One connection (the caller's transaction): the queries run one after the other.
    const runs = await em
      .getRepository(SurveyRun)
      .find({ where: { associationId: In(associationIds), period: In(years.map(String)) } });
    const assemblies = await em
      .getRepository(Assembly)
      .find({ where: { associationId: In(associationIds), fiscalYear: In(years), kind: 'ordinary' } });
    const elections: { association_id: string; fiscal_year: number; n: number }[] = await em.query(
      `SELECT association_id, fiscal_year, count(*)::int AS n FROM elections
        WHERE association_id = ANY($1) AND status = 'counted' AND fiscal_year = ANY($2)
        GROUP BY association_id, fiscal_year`,
      [associationIds, years],
    );
    const surveys = runs.length
      ? await em.getRepository(Survey).find({ where: { id: In([...new Set(runs.map((r) => r.surveyId))]) } })
      : [];
    const responses = runs.length
      ? await em
          .getRepository(SurveyResponse)
          .find({ where: { runId: In(runs.map((r) => r.id)) }, select: { runId: true, answers: true } })
      : [];
    const surveyById = new Map(surveys.map((s) => [s.id, s]));
    const answersByRun = new Map<string, SurveyResponse['answers'][]>();
    for (const r of responses) {
      const answers = answersByRun.get(r.runId);
      if (answers) answers.push(r.answers);
      else answersByRun.set(r.runId, [r.answers]);
    }
    const electionsBy = new Map(elections.map((e) => [`${e.association_id}/${e.fiscal_year}`, e.n]));
    const runsBy = groupBy(runs, (r) => `${r.associationId}/${r.period}`);
    const assembliesBy = groupBy(assemblies, (a) => `${a.associationId}/${a.fiscalYear}`);
    return associationIds.flatMap((associationId) =>
      years.map((fiscalYear) => {
        const own = runsBy.get(`${associationId}/${fiscalYear}`) ?? [];
        const results = own.map((r) =>
          aggregateRun(surveyById.get(r.surveyId)?.items ?? [], r.invited, answersByRun.get(r.id) ?? []),
        );
        const shown = results.filter((x) => x.shown && x.satisfaction !== null);
        const invited = results.reduce((s, x) => s + x.invited, 0);
        const answered = results.reduce((s, x) => s + x.responses, 0);
        return {
          associationId,
          fiscalYear,
          memberSatisfaction: shown.length
            ? Math.round((shown.reduce((s, x) => s + (x.satisfaction as number), 0) / shown.length) * 10) / 10
            : null,
          surveyResponseRate: invited > 0 ? Math.round((answered / invited) * 1000) / 10 : null,
          generalAssembliesOnTime: (assembliesBy.get(`${associationId}/${fiscalYear}`) ?? []).filter((a) =>
            heldOnTime({ ...a, eligible: a.eligible ?? 0 }),
          ).length,
          boardElectionsHeld: electionsBy.get(`${associationId}/${fiscalYear}`) ?? 0,
        };
      }),
    );
  }
}

/** The port kpi's scoring reads (`MEMBERS_VOICE_SOURCE`), answered by the read service. */
@Injectable()
export class ParticipationMembersVoiceSource implements MembersVoiceSource {
  constructor(private readonly read: ParticipationReadService) {}

  registryOn(em: EntityManager, associationId: string, days: string[]): Promise<Map<string, RegistryCount>> {
    return this.read.registryOn(associationId, days, em);
  }

  async years(
    em: EntityManager,
    associationId: string,
    fiscalYears: number[],
  ): Promise<Map<number, MembersVoiceYear>> {
    const rows = await this.read.years([associationId], fiscalYears, em);
    return new Map(rows.map((r) => [r.fiscalYear, r]));
  }

  registryForAssociations(
    em: EntityManager,
    associationIds: string[],
    days: string[],
  ): Promise<Map<string, Map<string, RegistryCount>>> {
    return this.read.registryOnDays(associationIds, days, em);
  }

  async yearsForAssociations(
    em: EntityManager,
    associationIds: string[],
    fiscalYears: number[],
  ): Promise<Map<string, Map<number, MembersVoiceYear>>> {
    const out = new Map<string, Map<number, MembersVoiceYear>>();
    for (const r of await this.read.years(associationIds, fiscalYears, em)) {
      const byYear = out.get(r.associationId) ?? new Map<number, MembersVoiceYear>();
      byYear.set(r.fiscalYear, r);
      out.set(r.associationId, byYear);
    }
    return out;
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const group = out.get(key(item));
    if (group) group.push(item);
    else out.set(key(item), [item]);
  }
  return out;
}
