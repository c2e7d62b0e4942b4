import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertAssociationScope,
  AuthContext,
  DELIVERED_GRANTS_LEDGER,
  DeliveredGrantsLedger,
  DeliveredInPeriod,
  MEMBERS_VOICE_SOURCE,
  MembersVoiceSource,
  MembersVoiceYear,
  NotFoundError,
  RegistryCount,
  toJalaliDate,
} from '@tashakkol/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service';
import { AssessedCriterion } from '../assessments/chamber-assessment.entity';
import { lastDayOf, parsePeriod, PeriodKind } from '../domain/periods';
import { rateYear } from '../rating/yearly-rating';
import { isRecordedIndicator, MEMBERS_VOICE_INDICATORS, recordedValues } from '../records/chamber-records';
import { OnTimeInput, reportOnTimeRate, ReportSubmission } from '../records/report-on-time';
import { assessmentLabelOf, KpiCalculator } from './calculator';
import { KpiSettingsService } from './kpi-settings.service';
import { periodKind } from './period-kind';
import { ScoresQueryDto, ScoreView } from './scores.dto';
import {
  AssociationTarget,
  GradeThresholds,
  IndicatorDefinition,
  IndicatorScore,
  PeriodComposite,
  ScoreResult,
} from './scoring.types';

/** Serialises the scoring of one association, so two jobs never interleave its trend. */
const SCORE_LOCK_SPACE = 7_310_006;

interface ReportRow {
  id: string;
  period: string;
  periodStart: string | Date;
  periodEnd: string | Date;
  revision: number;
  /** numeric values arrive as JSON numbers: doubles are precise enough for ratios (even of Rials). */
  values: Record<string, number>;
}

interface AssociationFacts {
  targets: AssociationTarget[];
  assessments: Map<string, AssessedCriterion[]>;
  delivered: Map<string, DeliveredInPeriod> | null;
  registry: Map<string, RegistryCount> | null;
  voice: Map<number, MembersVoiceYear> | null;
  onTime: Omit<OnTimeInput, 'scored'>;
}

interface ChunkSources {
  reports: Map<string, ReportRow[]>;
  targets: Map<string, AssociationTarget[]>;
  submissions: Map<string, ReportSubmission[]>;
  assessments: Map<string, Map<string, AssessedCriterion[]>>;
  delivered: Map<string, Map<string, DeliveredInPeriod>> | null;
  registry: Map<string, Map<string, RegistryCount>> | null;
  voice: Map<string, Map<number, MembersVoiceYear>> | null;
}

interface ScoredAssociation {
  associationId: string;
  results: { report: ReportRow; result: ScoreResult }[];
}

type StoredIndicatorScore = Omit<IndicatorScore, 'nameFa' | 'nameEn' | 'unit' | 'direction'>;

export interface PeerPosition {
  peers: number;
  average: number | null;
  best: number | null;
  rank: number | null;
  vsAverage: number | null;
  vsBest: number | null;
}

export interface ScoringOutcome {
  associationId: string;
  periodsScored: number;
  alertsRaised: number;
}

@Injectable()
export class ScoringService {
  private readonly logger = new Logger(ScoringService.name);
  private readonly calculator = new KpiCalculator();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: KpiSettingsService,
    private readonly alerts: AlertsService,
    @Optional() @Inject(DELIVERED_GRANTS_LEDGER) private readonly ledger?: DeliveredGrantsLedger,
    @Optional() @Inject(MEMBERS_VOICE_SOURCE) private readonly membersVoice?: MembersVoiceSource,
  ) {}

  /**
   * Scores every accepted report of one association, oldest first, so each period's trend reads
   * the periods before it. Upserts on (association, period): a rerun or a duplicate job writes the
   * same rows again instead of adding any. The batch of one: the same reads and writes as a chunk.
   */
  async scoreAssociation(associationId: string, indicators?: IndicatorDefinition[]): Promise<ScoringOutcome> {
    const [outcome] = await this.scoreAssociations([associationId], indicators);
    return outcome;
  }

  /**
   * Scores a chunk of associations in one transaction (a recompute's job): each source is read once
   * for the whole chunk and all its scores, ratings and alerts are written with one statement each,
   * so the queries per job stay constant however many associations and periods it holds.
   */
  async scoreAssociations(
    associationIds: string[],
    indicators?: IndicatorDefinition[],
  ): Promise<ScoringOutcome[]> {
    const ids = [...new Set(associationIds)];
    if (ids.length === 0) return [];
    const catalog = indicators ?? (await this.loadIndicators());
    const settings = await this.settings.get();
    const thresholds = { A: settings.gradeA, B: settings.gradeB, C: settings.gradeC };
    return this.dataSource.transaction((em) =>
      this.scoreIn(em, ids, catalog, thresholds, settings.reportGraceDays),
    );
  }

  async loadIndicators(): Promise<IndicatorDefinition[]> {
    const rows: Record<string, string | boolean | null>[] = await this.dataSource.query(
      `SELECT code, name_fa, name_en, axis, criterion, unit, direction, kind, formula, frequency, default_weight,
              public_policy, public_target, cap_percent
       FROM kpi_indicators WHERE active ORDER BY code`,
    );
    return rows.map((r) => ({
      code: r.code as string,
      nameFa: r.name_fa as string,
      nameEn: r.name_en as string,
      axis: r.axis as IndicatorDefinition['axis'],
      criterion: r.criterion as IndicatorDefinition['criterion'],
      unit: r.unit as string,
      direction: r.direction as IndicatorDefinition['direction'],
      kind: r.kind as IndicatorDefinition['kind'],
      formula: r.formula as string | null,
      frequency: r.frequency as PeriodKind,
      defaultWeight: Number(r.default_weight),
      publicPolicy: r.public_policy as boolean,
      publicTarget: r.public_target === null ? null : Number(r.public_target),
      capPercent: r.cap_percent === null ? null : Number(r.cap_percent),
    }));
  }

  private async scoreIn(
    em: EntityManager,
    associationIds: string[],
    indicators: IndicatorDefinition[],
    thresholds: GradeThresholds,
    graceDays: number,
  ): Promise<ScoringOutcome[]> {
    // One lock per association, taken in one order (by key) so two chunks that share associations
    // queue behind each other instead of deadlocking.
    await em.query(
      `SELECT count(pg_advisory_xact_lock($1, k)) FROM (
         SELECT DISTINCT hashtext(id) AS k FROM unnest($2::text[]) AS id ORDER BY 1) keys`,
      [SCORE_LOCK_SPACE, associationIds],
    );
    const sources = await this.readSources(em, associationIds, indicators);
    const now = new Date();
    const frequencies = [
      ...new Set(indicators.filter((i) => i.kind === 'reported').map((i) => i.frequency)),
    ].filter((f): f is PeriodKind => f !== undefined);
    const scored: ScoredAssociation[] = [];
    for (const associationId of associationIds) {
      const reports = sources.reports.get(associationId) ?? [];
      if (reports.length === 0) continue;
      scored.push({
        associationId,
        results: this.scorePeriods(reports, indicators, thresholds, {
          targets: sources.targets.get(associationId) ?? [],
          assessments: sources.assessments.get(associationId) ?? new Map(),
          delivered: sources.delivered ? (sources.delivered.get(associationId) ?? new Map()) : null,
          registry: sources.registry ? (sources.registry.get(associationId) ?? new Map()) : null,
          voice: sources.voice ? (sources.voice.get(associationId) ?? new Map()) : null,
          onTime: {
            submissions: sources.submissions.get(associationId) ?? [],
            frequencies,
            asOf: now,
            graceDays,
          },
        }),
      });
    }
    if (scored.length > 0) {
      await this.upsertScores(em, scored);
      await this.upsertRatings(em, scored);
    }
    const declining = scored.flatMap(({ associationId, results }) =>
      results
        .filter(({ result }) => result.declining)
        .map(({ report, result }) => ({
          associationId,
          kind: 'score_declining' as const,
          period: report.period,
          messageFa: `امتیاز ترکیبی دو دوره پیاپی کاهش یافته است (${result.trend.series.map((s) => s.composite).join(' ← ')})`,
          messageEn: `The composite score fell two periods running (${result.trend.series.map((s) => s.composite).join(' → ')})`,
          details: { series: result.trend.series },
        })),
    );
    const newAlerts = new Map<string, number>();
    for (const a of await this.alerts.raiseMany(em, declining))
      newAlerts.set(a.associationId, (newAlerts.get(a.associationId) ?? 0) + 1);
    const periodsBy = new Map(scored.map((s) => [s.associationId, s.results.length]));
    return associationIds.map((associationId) => ({
      associationId,
      periodsScored: periodsBy.get(associationId) ?? 0,
      alertsRaised: newAlerts.get(associationId) ?? 0,
    }));
  }

  /** Every source the scoring reads, once for the whole chunk, keyed by association. */
  private async readSources(
    em: EntityManager,
    associationIds: string[],
    indicators: IndicatorDefinition[],
  ): Promise<ChunkSources> {
    // Each accepted report with its values (one small JSON object per report), oldest first.
    const reportRows: (ReportRow & { associationId: string })[] = await em.query(
      `SELECT r.association_id AS "associationId", r.id, r.period, r.period_start AS "periodStart",
              r.period_end AS "periodEnd", r.revision,
              (SELECT coalesce(json_object_agg(v.indicator_code, v.value), '{}') FROM kpi_report_values v WHERE v.report_id = r.id) AS values
         FROM kpi_reports r WHERE r.association_id = ANY($1) AND r.status = 'accepted'
        ORDER BY r.association_id, r.period_start, r.period`,
      [associationIds],
    );
    const reports = groupBy(reportRows, (r) => r.associationId);
    // The targets, when each report was first submitted, and the chamber's assessments.
    const perAssociation: {
      association_id: string;
      targets: AssociationTarget[] | null;
      submissions: { period: string; firstSubmittedAt: string | null }[] | null;
      assessments: { period: string; criteria: AssessedCriterion[] }[] | null;
    }[] = await em.query(
      `SELECT a.id AS association_id,
         (SELECT json_agg(json_build_object('indicatorCode', t.indicator_code, 'baseline', t.baseline, 'target', t.target, 'weight', t.weight))
          FROM kpi_targets t WHERE t.association_id = a.id) AS targets,
         (SELECT json_agg(json_build_object('period', r.period, 'firstSubmittedAt', r.first_submitted_at))
          FROM kpi_reports r WHERE r.association_id = a.id) AS submissions,
         (SELECT json_agg(json_build_object('period', c.period, 'criteria', c.criteria))
          FROM kpi_chamber_assessments c WHERE c.association_id = a.id) AS assessments
       FROM unnest($1::uuid[]) AS a(id)`,
      [[...reports.keys()]],
    );
    const targets = new Map<string, AssociationTarget[]>();
    const submissions = new Map<string, ReportSubmission[]>();
    const assessments = new Map<string, Map<string, AssessedCriterion[]>>();
    for (const row of perAssociation) {
      targets.set(row.association_id, row.targets ?? []);
      submissions.set(
        row.association_id,
        (row.submissions ?? []).map((s) => ({
          period: s.period,
          firstSubmittedAt: s.firstSubmittedAt === null ? null : new Date(s.firstSubmittedAt),
        })),
      );
      assessments.set(
        row.association_id,
        new Map((row.assessments ?? []).map((c) => [c.period, c.criteria])),
      );
    }
    const withReports = [...reports.keys()];
    // The supports' ledger, every association's periods at once.
    const delivered = this.ledger
      ? await this.ledger.deliveredForAssociations(
          em,
          withReports.map((associationId) => ({
            associationId,
            periods: (reports.get(associationId) ?? []).map((r) => ({
              period: r.period,
              start: new Date(r.periodStart),
              end: new Date(r.periodEnd),
            })),
          })),
        )
      : null;
    // The members' voice (participation), every association's periods at once, only when the catalog reads it.
    const { registry, voice } = await this.membersVoiceOf(em, withReports, indicators, reportRows);
    return { reports, targets, submissions, assessments, delivered, registry, voice };
  }

  /** One association's periods scored in order: each period's trend reads the periods before it. */
  private scorePeriods(
    reports: ReportRow[],
    indicators: IndicatorDefinition[],
    thresholds: GradeThresholds,
    facts: AssociationFacts,
  ): { report: ReportRow; result: ScoreResult }[] {
    const history = new Map<string, PeriodComposite[]>();
    const results: { report: ReportRow; result: ScoreResult }[] = [];
    for (const report of reports) {
      const kind = periodKind(report.period);
      const earlier = history.get(kind) ?? [];
      const scored = parsePeriod(report.period);
      const recordedCodes = indicators
        .filter((i) => i.kind === 'recorded' && i.frequency === scored.kind)
        .map((i) => i.code);
      // A recorded fact has one home: whatever a report once said of it is replaced by the record.
      const values = Object.fromEntries(
        Object.entries(report.values).filter(([code]) => !isRecordedIndicator(code)),
      );
      Object.assign(
        values,
        recordedValues(recordedCodes, {
          delivered: facts.delivered ? (facts.delivered.get(report.period) ?? null) : null,
          onTimeRate: recordedCodes.includes('report_on_time_rate')
            ? reportOnTimeRate({ scored, ...facts.onTime })
            : null,
          registry: facts.registry?.get(lastDayOf(scored)) ?? null,
          voice: scored.kind === 'yearly' ? (facts.voice?.get(scored.year) ?? null) : null,
        }),
      );
      const result = this.calculator.score({
        period: report.period,
        indicators,
        targets: facts.targets,
        values,
        history: earlier,
        thresholds,
        assessment: (facts.assessments.get(report.period) ?? []).map((c) => ({
          criterion: c.criterion,
          score: c.score,
        })),
      });
      if (result.composite !== null)
        history.set(kind, [...earlier, { period: report.period, composite: result.composite }]);
      results.push({ report, result });
    }
    return results;
  }

  /** The registry on each period's last day and the year's surveys, assemblies and elections. */
  private async membersVoiceOf(
    em: EntityManager,
    associationIds: string[],
    indicators: IndicatorDefinition[],
    reports: ReportRow[],
  ): Promise<{
    registry: Map<string, Map<string, RegistryCount>> | null;
    voice: Map<string, Map<number, MembersVoiceYear>> | null;
  }> {
    const read = new Set<string>(
      indicators
        .filter(
          (i) => i.kind === 'recorded' && (MEMBERS_VOICE_INDICATORS as readonly string[]).includes(i.code),
        )
        .map((i) => i.code),
    );
    if (!this.membersVoice || read.size === 0 || associationIds.length === 0)
      return { registry: null, voice: null };
    // The chunk's days and years together: a pair an association has no report for is read and unused.
    const periods = [...new Set(reports.map((r) => r.period))].map(parsePeriod);
    const needsRegistry = read.has('members_count') || read.has('database_records');
    const yearly = periods.filter((p) => p.kind === 'yearly').map((p) => p.year);
    const registry = needsRegistry
      ? await this.membersVoice.registryForAssociations(em, associationIds, periods.map(lastDayOf))
      : null;
    const voice =
      yearly.length && [...read].some((c) => c !== 'members_count' && c !== 'database_records')
        ? await this.membersVoice.yearsForAssociations(em, associationIds, yearly)
        : null;
    return { registry, voice };
  }

  /**
   * Every score of the chunk in one upsert. The rows travel as one JSON document (one
   * JSON.stringify here, one parse there): no parameter per value (PostgreSQL's limit is 65,535),
   * and no array literal to escape and parse.
   */
  private async upsertScores(em: EntityManager, scored: ScoredAssociation[]) {
    const rows = scored.flatMap(({ associationId, results }) =>
      results.map(({ report, result }) => ({
        a: associationId,
        p: report.period,
        ps: new Date(report.periodStart).toISOString(),
        rv: report.revision,
        c: result.composite,
        g: result.grade,
        t: result.trend,
        ax: result.axes,
        cr: result.criteria,
        // Names and units are the catalog's: stored once there, joined back when read.
        ind: result.indicators.map(({ nameFa: _fa, nameEn: _en, unit: _u, direction: _d, ...lean }) => lean),
      })),
    );
    await em.query(
      `INSERT INTO kpi_scores (association_id, period, period_start, revision, composite, grade, trend, axes, criteria, indicators, computed_at)
       SELECT a, p, ps, rv, c, g, t, ax, cr, ind, now()
         FROM json_to_recordset($1::json)
              AS u(a uuid, p text, ps timestamptz, rv int, c numeric, g text, t jsonb, ax jsonb, cr jsonb, ind jsonb)
       ON CONFLICT (association_id, period) DO UPDATE SET
         period_start = EXCLUDED.period_start, revision = EXCLUDED.revision, composite = EXCLUDED.composite,
         grade = EXCLUDED.grade, trend = EXCLUDED.trend, axes = EXCLUDED.axes, criteria = EXCLUDED.criteria,
         indicators = EXCLUDED.indicators, computed_at = EXCLUDED.computed_at`,
      [JSON.stringify(rows)],
    );
  }

  /** One yearly rating per Jalali year that has a scored period, from all of that year's periods. */
  private async upsertRatings(em: EntityManager, scored: ScoredAssociation[]) {
    const rows = scored.flatMap(({ associationId, results }) => {
      const years = [...new Set(results.map(({ report }) => parsePeriod(report.period).year))];
      const periods = results.map(({ result }) => ({
        period: result.period,
        indicators: result.indicators.filter((i) => i.status === 'scored'),
      }));
      return years.map((year) => ({ associationId, year, rating: rateYear(year, periods) }));
    });
    await em.query(
      `INSERT INTO kpi_ratings (association_id, year, composite, criteria, axes, indicators, periods, computed_at)
       SELECT a, y, c, cr, ax, ind, ps, now()
         FROM json_to_recordset($1::json) AS u(a uuid, y int, c numeric, cr jsonb, ax jsonb, ind jsonb, ps jsonb)
       ON CONFLICT (association_id, year) DO UPDATE SET
         composite = EXCLUDED.composite, criteria = EXCLUDED.criteria, axes = EXCLUDED.axes,
         indicators = EXCLUDED.indicators, periods = EXCLUDED.periods, computed_at = EXCLUDED.computed_at`,
      [
        JSON.stringify(
          rows.map(({ associationId, year, rating }) => ({
            a: associationId,
            y: year,
            c: rating.composite,
            cr: rating.criteria,
            ax: rating.axes,
            ind: rating.indicators,
            ps: rating.periods,
          })),
        ),
      ],
    );
  }

  /** The association's scores for a period (the latest scored one when none is given), with its position among peers. */
  async read(auth: AuthContext, associationId: string, query: ScoresQueryDto): Promise<ScoreView> {
    assertAssociationScope(auth, associationId);
    const rows: {
      period: string;
      revision: number;
      composite: string | null;
      grade: string | null;
      trend: ScoreView['trend'];
      axes: ScoreView['axes'];
      criteria: ScoreView['criteria'];
      indicators: StoredIndicatorScore[];
      computed_at: Date;
    }[] = await this.dataSource.query(
      `SELECT s.*, a.name_fa FROM kpi_scores s JOIN associations_register_v a ON a.id = s.association_id
       WHERE s.association_id = $1 AND ($2::varchar IS NULL OR s.period = $2)
       ORDER BY s.period_start DESC, s.period DESC LIMIT 1`,
      [associationId, query.period ?? null],
    );
    const s = rows[0];
    if (!s)
      throw new NotFoundError('kpi_score', query.period ? `${associationId}/${query.period}` : associationId);
    const composite = s.composite === null ? null : Number(s.composite);
    const position = await this.position(associationId, s.period, composite);
    const computedAt = s.computed_at;
    return {
      associationId,
      // A period's score shows progress; the yearly rating (GET …/rating) is the one grade of the year.
      kind: 'progress' as const,
      period: s.period as string,
      revision: s.revision as number,
      composite,
      grade: s.grade as string | null,
      trend: s.trend as ScoreView['trend'],
      axes: s.axes as ScoreView['axes'],
      criteria: s.criteria as ScoreView['criteria'],
      indicators: await this.withCatalogNames(s.indicators as StoredIndicatorScore[]),
      position,
      computedAt,
      computedAtJalali: toJalaliDate(computedAt),
    };
  }

  /**
   * Where the association stands against the average and the best of the associations scored for
   * the same period: all of them, and those of its sector category (رسته) when the register has one.
   */
  private async position(associationId: string, period: string, composite: number | null) {
    const all = await this.peerStats(period, composite, null);
    let category: (PeerPosition & { categoryId: number }) | null = null;
    const [row]: { category_id: number | null }[] = await this.dataSource.query(
      `SELECT category_id FROM associations_register_v WHERE id = $1`,
      [associationId],
    );
    if (row?.category_id != null)
      category = {
        categoryId: row.category_id,
        ...(await this.peerStats(period, composite, row.category_id)),
      };
    return { ...all, category };
  }

  private async peerStats(
    period: string,
    composite: number | null,
    categoryId: number | null,
  ): Promise<PeerPosition> {
    const [peer]: { n: string; avg: string | null; best: string | null; above: string }[] =
      await this.dataSource.query(
        `SELECT count(*) AS n, avg(s.composite) AS avg, max(s.composite) AS best,
              count(*) FILTER (WHERE s.composite > $2) AS above
       FROM kpi_scores s ${categoryId === null ? '' : 'JOIN associations_register_v a ON a.id = s.association_id AND a.category_id = $3'}
       WHERE s.period = $1 AND s.composite IS NOT NULL`,
        categoryId === null ? [period, composite] : [period, composite, categoryId],
      );
    const average = peer.avg === null ? null : Math.round(Number(peer.avg) * 100) / 100;
    const best = peer.best === null ? null : Number(peer.best);
    return {
      peers: Number(peer.n),
      average,
      best,
      rank: composite === null ? null : Number(peer.above) + 1,
      vsAverage:
        composite === null || average === null ? null : Math.round((composite - average) * 100) / 100,
      vsBest: composite === null || best === null ? null : Math.round((composite - best) * 100) / 100,
    };
  }

  private async withCatalogNames(stored: StoredIndicatorScore[]): Promise<IndicatorScore[]> {
    const rows: {
      code: string;
      name_fa: string;
      name_en: string;
      unit: string;
      direction: 'higher' | 'lower';
    }[] = await this.dataSource.query(
      `SELECT code, name_fa, name_en, unit, direction FROM kpi_indicators WHERE code = ANY($1)`,
      [stored.map((i) => i.code)],
    );
    const byCode = new Map(rows.map((r) => [r.code, r]));
    return stored.map((i) => {
      const c = byCode.get(i.code) ?? assessmentNames(i.code);
      return {
        ...i,
        nameFa: c?.name_fa ?? i.code,
        nameEn: c?.name_en ?? i.code,
        unit: c?.unit ?? '',
        direction: c?.direction ?? 'higher',
      };
    });
  }

  /** Associations that have at least one accepted report (the ones a recompute-all fans out to). */
  async associationsWithReports(): Promise<string[]> {
    const rows: { association_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT association_id FROM kpi_reports WHERE status = 'accepted'`,
    );
    return rows.map((r) => r.association_id);
  }

  async hasAnyScore(): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM kpi_scores LIMIT 1`);
    return rows.length > 0;
  }

  logOutcome(o: ScoringOutcome, jobId: string | undefined): void {
    this.logger.log(
      `Scored association ${o.associationId}: ${o.periodsScored} period(s), ${o.alertsRaised} alert(s) (job ${jobId})`,
    );
  }
}

/** The names of a chamber-assessment entry of the scores (not a catalog indicator). */
function assessmentNames(code: string) {
  const names = assessmentLabelOf(code);
  return names && { code, name_fa: names.fa, name_en: names.en, unit: 'score', direction: 'higher' as const };
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
