import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertAssociationScope,
  AuthContext,
  DELIVERED_GRANTS_LEDGER,
  DeliveredGrantsLedger,
  NotFoundError,
  toJalaliDate,
} from '@tashakkol/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service';
import { AssessedCriterion } from '../assessments/chamber-assessment.entity';
import { parsePeriod, PeriodKind } from '../domain/periods';
import { rateYear } from '../rating/yearly-rating';
import { isRecordedIndicator, recordedValues } from '../records/chamber-records';
import { reportOnTimeRate } from '../records/report-on-time';
import { assessmentLabelOf, KpiCalculator } from './calculator';
import { KpiSettingsService } from './kpi-settings.service';
import { periodKind } from './period-kind';
import { ScoresQueryDto } from './scores.dto';
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
  periodStart: string;
  periodEnd: string;
  revision: number;
  /** numeric values arrive as JSON numbers: doubles are precise enough for ratios (even of Rials). */
  values: Record<string, number>;
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
  private hasCategories?: Promise<boolean>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: KpiSettingsService,
    private readonly alerts: AlertsService,
    @Optional() @Inject(DELIVERED_GRANTS_LEDGER) private readonly ledger?: DeliveredGrantsLedger,
  ) {}

  /**
   * Scores every accepted report of one association, oldest first, so each period's trend reads
   * the periods before it. Upserts on (association, period): a rerun or a duplicate job writes the
   * same rows again instead of adding any.
   */
  async scoreAssociation(associationId: string, indicators?: IndicatorDefinition[]): Promise<ScoringOutcome> {
    const catalog = indicators ?? (await this.loadIndicators());
    const settings = await this.settings.get();
    const thresholds = { A: settings.gradeA, B: settings.gradeB, C: settings.gradeC };
    const outcome = await this.dataSource.transaction((em) =>
      this.scoreIn(em, associationId, catalog, thresholds, settings.reportGraceDays),
    );
    if (outcome.alertsRaised > 0) await this.alerts.deliverNotifications();
    return outcome;
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
    associationId: string,
    indicators: IndicatorDefinition[],
    thresholds: GradeThresholds,
    graceDays: number,
  ): Promise<ScoringOutcome> {
    await em.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [SCORE_LOCK_SPACE, associationId]);
    // One round trip for every accepted report with its values, the association's targets, when each
    // of its reports was first submitted, and the chamber's assessments.
    const [data]: {
      reports: ReportRow[] | null;
      targets: AssociationTarget[] | null;
      submissions: { period: string; firstSubmittedAt: string | null }[] | null;
      assessments: { period: string; criteria: AssessedCriterion[] }[] | null;
    }[] = await em.query(
      `SELECT
         (SELECT json_agg(json_build_object('id', r.id, 'period', r.period, 'periodStart', r.period_start,
                   'periodEnd', r.period_end, 'revision', r.revision,
                   'values', (SELECT coalesce(json_object_agg(v.indicator_code, v.value), '{}') FROM kpi_report_values v WHERE v.report_id = r.id))
                 ORDER BY r.period_start, r.period)
          FROM kpi_reports r WHERE r.association_id = $1 AND r.status = 'accepted') AS reports,
         (SELECT json_agg(json_build_object('indicatorCode', t.indicator_code, 'baseline', t.baseline, 'target', t.target, 'weight', t.weight))
          FROM kpi_targets t WHERE t.association_id = $1) AS targets,
         (SELECT json_agg(json_build_object('period', r.period, 'firstSubmittedAt', r.first_submitted_at))
          FROM kpi_reports r WHERE r.association_id = $1) AS submissions,
         (SELECT json_agg(json_build_object('period', c.period, 'criteria', c.criteria))
          FROM kpi_chamber_assessments c WHERE c.association_id = $1) AS assessments`,
      [associationId],
    );
    const reports = data.reports ?? [];
    if (reports.length === 0) return { associationId, periodsScored: 0, alertsRaised: 0 };
    const targets = data.targets ?? [];
    const now = new Date();
    const submissions = (data.submissions ?? []).map((s) => ({
      period: s.period,
      firstSubmittedAt: s.firstSubmittedAt === null ? null : new Date(s.firstSubmittedAt),
    }));
    const assessments = new Map((data.assessments ?? []).map((a) => [a.period, a.criteria]));
    const frequencies = [
      ...new Set(indicators.filter((i) => i.kind === 'reported').map((i) => i.frequency)),
    ].filter((f): f is PeriodKind => f !== undefined);
    // The supports' ledger, every period at once.
    const delivered = this.ledger
      ? await this.ledger.deliveredIn(
          em,
          associationId,
          reports.map((r) => ({
            period: r.period,
            start: new Date(r.periodStart),
            end: new Date(r.periodEnd),
          })),
        )
      : null;

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
          delivered: delivered ? (delivered.get(report.period) ?? null) : null,
          onTimeRate: recordedCodes.includes('report_on_time_rate')
            ? reportOnTimeRate({ scored, submissions, frequencies, asOf: now, graceDays })
            : null,
        }),
      );
      const result = this.calculator.score({
        period: report.period,
        indicators,
        targets,
        values,
        history: earlier,
        thresholds,
        assessment: (assessments.get(report.period) ?? []).map((c) => ({
          criterion: c.criterion,
          score: c.score,
        })),
      });
      if (result.composite !== null)
        history.set(kind, [...earlier, { period: report.period, composite: result.composite }]);
      results.push({ report, result });
    }

    await this.upsertScores(em, associationId, results);
    await this.upsertRatings(em, associationId, results);
    let alertsRaised = 0;
    for (const { report, result } of results) {
      if (result.declining) {
        const raised = await this.alerts.raise(em, {
          associationId,
          kind: 'score_declining',
          period: report.period,
          messageFa: `امتیاز ترکیبی دو دوره پیاپی کاهش یافته است (${result.trend.series.map((s) => s.composite).join(' ← ')})`,
          messageEn: `The composite score fell two periods running (${result.trend.series.map((s) => s.composite).join(' → ')})`,
          details: { series: result.trend.series },
        });
        if (raised) alertsRaised++;
      }
    }
    return { associationId, periodsScored: results.length, alertsRaised };
  }

  private async upsertScores(
    em: EntityManager,
    associationId: string,
    results: { report: ReportRow; result: ScoreResult }[],
  ) {
    const params: unknown[] = [];
    const tuples = results.map(({ report, result }) => {
      const base = params.length;
      params.push(
        associationId,
        report.period,
        report.periodStart,
        report.revision,
        result.composite,
        result.grade,
        JSON.stringify(result.trend),
        JSON.stringify(result.axes),
        JSON.stringify(result.criteria),
        // Names and units are the catalog's: stored once there, joined back when read.
        JSON.stringify(
          result.indicators.map(({ nameFa: _fa, nameEn: _en, unit: _u, direction: _d, ...lean }) => lean),
        ),
      );
      return `(${Array.from({ length: 10 }, (_, i) => `$${base + i + 1}`).join(', ')}, now())`;
    });
    await em.query(
      `INSERT INTO kpi_scores (association_id, period, period_start, revision, composite, grade, trend, axes, criteria, indicators, computed_at)
       VALUES ${tuples.join(', ')}
       ON CONFLICT (association_id, period) DO UPDATE SET
         period_start = EXCLUDED.period_start, revision = EXCLUDED.revision, composite = EXCLUDED.composite,
         grade = EXCLUDED.grade, trend = EXCLUDED.trend, axes = EXCLUDED.axes, criteria = EXCLUDED.criteria,
         indicators = EXCLUDED.indicators, computed_at = EXCLUDED.computed_at`,
      params,
    );
  }

  /** One yearly rating per Jalali year that has a scored period, from all of that year's periods. */
  private async upsertRatings(
    em: EntityManager,
    associationId: string,
    results: { report: ReportRow; result: ScoreResult }[],
  ) {
    const years = [...new Set(results.map(({ report }) => parsePeriod(report.period).year))];
    const periods = results.map(({ result }) => ({
      period: result.period,
      indicators: result.indicators.filter((i) => i.status === 'scored'),
    }));
    const params: unknown[] = [];
    const tuples = years.map((year) => {
      const r = rateYear(year, periods);
      const base = params.length;
      params.push(
        associationId,
        year,
        r.composite,
        JSON.stringify(r.criteria),
        JSON.stringify(r.axes),
        JSON.stringify(r.indicators),
        JSON.stringify(r.periods),
      );
      return `(${Array.from({ length: 7 }, (_, i) => `$${base + i + 1}`).join(', ')}, now())`;
    });
    await em.query(
      `INSERT INTO kpi_ratings (association_id, year, composite, criteria, axes, indicators, periods, computed_at)
       VALUES ${tuples.join(', ')}
       ON CONFLICT (association_id, year) DO UPDATE SET
         composite = EXCLUDED.composite, criteria = EXCLUDED.criteria, axes = EXCLUDED.axes,
         indicators = EXCLUDED.indicators, periods = EXCLUDED.periods, computed_at = EXCLUDED.computed_at`,
      params,
    );
  }

  /** The association's scores for a period (the latest scored one when none is given), with its position among peers. */
  async read(auth: AuthContext, associationId: string, query: ScoresQueryDto) {
    assertAssociationScope(auth, associationId);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT s.*, a.name_fa FROM kpi_scores s JOIN associations a ON a.id = s.association_id
       WHERE s.association_id = $1 AND ($2::varchar IS NULL OR s.period = $2)
       ORDER BY s.period_start DESC, s.period DESC LIMIT 1`,
      [associationId, query.period ?? null],
    );
    const s = rows[0];
    if (!s)
      throw new NotFoundError('kpi_score', query.period ? `${associationId}/${query.period}` : associationId);
    const composite = s.composite === null ? null : Number(s.composite);
    const position = await this.position(associationId, s.period as string, composite);
    const computedAt = s.computed_at as Date;
    return {
      associationId,
      // A period's score shows progress; the yearly rating (GET …/rating) is the one grade of the year.
      kind: 'progress' as const,
      period: s.period,
      revision: s.revision,
      composite,
      grade: s.grade,
      trend: s.trend,
      axes: s.axes,
      criteria: s.criteria,
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
    if (await this.registerHasCategories()) {
      const [row]: { category_id: number | null }[] = await this.dataSource.query(
        `SELECT category_id FROM associations WHERE id = $1`,
        [associationId],
      );
      if (row?.category_id != null)
        category = {
          categoryId: row.category_id,
          ...(await this.peerStats(period, composite, row.category_id)),
        };
    }
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
       FROM kpi_scores s ${categoryId === null ? '' : 'JOIN associations a ON a.id = s.association_id AND a.category_id = $3'}
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

  /** The sector category column belongs to the associations context; scoring uses it once it exists. */
  private async registerHasCategories(): Promise<boolean> {
    this.hasCategories ??= this.dataSource
      .query(
        `SELECT 1 FROM information_schema.columns WHERE table_name = 'associations' AND column_name = 'category_id'`,
      )
      .then((rows: unknown[]) => rows.length > 0);
    return this.hasCategories;
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
