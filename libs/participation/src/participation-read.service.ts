import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { heldOnTime } from './assembly-rules';
import { Assembly } from './assembly.entity';
import { MembersService } from './members.service';
import { SurveyResponse } from './survey-response.entity';
import { aggregateRun } from './survey-rules';
import { SurveyRun } from './survey-run.entity';
import { Survey } from './survey.entity';

/** What the members said and did in one Jalali year, for the members axis of the scores. */
export interface MembersVoiceYear {
  associationId: string;
  fiscalYear: number;
  /** Mean satisfaction on 0–100 over the year's runs that reached the minimum of answers; null if none. */
  memberSatisfaction: number | null;
  /** Percent of invited members who answered, over all the year's runs; null without runs. */
  surveyResponseRate: number | null;
  /** Ordinary assemblies of the year held on time (by due date, after notice, with quorum). */
  generalAssembliesOnTime: number;
  /** Board elections of the year that were counted. */
  boardElectionsHeld: number;
}

export interface RegistryCount {
  associationId: string;
  /** Current members on the day. */
  members: number;
  /** Current firms on the day (the member database's records). */
  firms: number;
}

/**
 * The read participation gives other contexts (kpi's calculator, the roadmap): batch methods,
 * a constant number of queries whatever the number of associations.
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

  async year(associationIds: string[], fiscalYear: number): Promise<MembersVoiceYear[]> {
    if (!associationIds.length) return [];
    const period = String(fiscalYear);
    const [runs, assemblies, elections] = await Promise.all([
      this.db.getRepository(SurveyRun).find({ where: { associationId: In(associationIds), period } }),
      this.db
        .getRepository(Assembly)
        .find({ where: { associationId: In(associationIds), fiscalYear, kind: 'ordinary' } }),
      this.db.query(
        `SELECT association_id, count(*)::int AS n FROM elections
          WHERE association_id = ANY($1) AND status = 'counted' AND fiscal_year = $2 GROUP BY association_id`,
        [associationIds, fiscalYear],
      ) as Promise<{ association_id: string; n: number }[]>,
    ]);
    const [surveys, responses] = await Promise.all([
      runs.length
        ? this.db.getRepository(Survey).find({ where: { id: In([...new Set(runs.map((r) => r.surveyId))]) } })
        : [],
      runs.length
        ? this.db
            .getRepository(SurveyResponse)
            .find({ where: { runId: In(runs.map((r) => r.id)) }, select: { runId: true, answers: true } })
        : [],
    ]);
    const surveyById = new Map(surveys.map((s) => [s.id, s]));
    const answersByRun = new Map<string, SurveyResponse['answers'][]>();
    for (const r of responses) answersByRun.set(r.runId, [...(answersByRun.get(r.runId) ?? []), r.answers]);
    const electionsBy = new Map(elections.map((e) => [e.association_id, e.n]));
    return associationIds.map((associationId) => {
      const own = runs.filter((r) => r.associationId === associationId);
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
        generalAssembliesOnTime: assemblies
          .filter((a) => a.associationId === associationId)
          .filter((a) => heldOnTime({ ...a, eligible: a.eligible ?? 0 })).length,
        boardElectionsHeld: electionsBy.get(associationId) ?? 0,
      };
    });
  }
}
