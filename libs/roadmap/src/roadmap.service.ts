import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Frequency, KpiSettingsService, REPORTING_PHASES } from '@tashakkol/kpi';
import { MILESTONE_KINDS, PHASES, stalledSql } from '@tashakkol/lifecycle';
import { assertAssociationScope, AuthContext, NotFoundError, toJalaliDate } from '@tashakkol/shared';
import { COMMITTED_STATUSES, SupportKindsService } from '@tashakkol/supports';
import { DataSource } from 'typeorm';
import {
  DEVELOPMENT_STAGES,
  developmentStage,
  MilestoneFacts,
  milestoneOverdue,
  milestoneReached,
} from './development-stage';
import { RoadmapProducer } from './jobs/roadmap.producer';
import {
  GrantGroupRow,
  phaseFunnel,
  PhaseRow,
  scoreDistribution,
  ScoreRow,
  supportsByPhaseAndKind,
} from './roadmap-overview';
import { LAST_PHASE, MOVERS_SPAN, RoadmapReadModel } from './roadmap-read-model.service';
import { AssociationRoadmapQueryDto, RoadmapQueryDto } from './roadmap.dto';
import {
  AssociationRoadmapView,
  CompletenessCountsView,
  MoverView,
  OutcomeView,
  RoadmapOverviewView,
  TimelineEventView,
} from './roadmap.views';
import { completenessState, completenessTally, duePeriodsSince } from './reporting-completeness';
import { OUTCOME_MIN_PERIODS, OUTCOME_NOTE_EN, OUTCOME_NOTE_FA, OUTCOME_WINDOW } from './support-outcomes';

/** Older than this, a read of the overview asks the worker for a new snapshot (debounced). */
export const REFRESH_AFTER_MS = 60_000;
/** Answers are kept per filter for this long while the snapshot is the same. */
const CACHE_TTL_MS = 30_000;
const CACHE_MAX = 500;

/** Every query of the overview filters its associations by these, always as parameters $1–$5. */
const FILTER = `($1::int IS NULL OR a.category_id = $1) AND ($2::text IS NULL OR a.legal_form = $2)
  AND ($3::text IS NULL OR a.scope = $3) AND ($4::text IS NULL OR a.city = $4) AND ($5::text IS NULL OR a.phase = $5)`;

const num = (v: string | number | null): number | null => (v === null ? null : Number(v));
const round2 = (v: string | number | null): number | null =>
  v === null ? null : Math.round(Number(v) * 100) / 100;
const milestoneName = new Map(MILESTONE_KINDS.map((m) => [m.key, m.nameFa]));

function counts(r: { due: number; on_time: number; late: number; missing: number; returned: number }) {
  return completenessTally({
    due: Number(r.due),
    onTime: Number(r.on_time),
    late: Number(r.late),
    missing: Number(r.missing),
    returned: Number(r.returned),
  });
}

/**
 * The president's portfolio figures, aggregated from the roadmap's read model with a constant
 * number of queries whatever the data size; one association's road read live from the owners' views.
 */
@Injectable()
export class RoadmapService {
  private readonly logger = new Logger(RoadmapService.name);
  private readonly cache = new Map<string, { at: number; value: RoadmapOverviewView }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly kpiSettings: KpiSettingsService,
    private readonly supportKinds: SupportKindsService,
    private readonly readModel: RoadmapReadModel,
    private readonly producer: RoadmapProducer,
  ) {}

  async overview(q: RoadmapQueryDto = {}): Promise<RoadmapOverviewView> {
    const [asOfRead, settings] = await Promise.all([this.readModel.asOf(), this.kpiSettings.get()]);
    const asOf = asOfRead ?? (await this.readModel.refresh()).asOf;
    if (Date.now() - asOf.getTime() > REFRESH_AFTER_MS)
      this.producer.requestRefresh('stale-read').catch((err: Error) => this.logger.warn(err.message));
    const key = JSON.stringify([asOf.getTime(), settings.stallDays, q]);
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < CACHE_TTL_MS) return this.stamp(hit.value, asOf);
    const value = await this.compute(q, asOf, settings.stallDays);
    if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, { at: Date.now(), value });
    return value;
  }

  private stamp(v: RoadmapOverviewView, asOf: Date): RoadmapOverviewView {
    return { ...v, ageSeconds: Math.round((Date.now() - asOf.getTime()) / 1000) };
  }

  private async compute(q: RoadmapQueryDto, asOf: Date, stallDays: number): Promise<RoadmapOverviewView> {
    const now = new Date();
    const f = [q.categoryId ?? null, q.legalForm ?? null, q.scope ?? null, q.city ?? null, q.phase ?? null];
    const fy = q.fiscalYear ?? null;
    const stalledIn = stalledSql(
      { phase: 'a.phase', status: 'a.status', phaseEnteredAt: 'a.phase_entered_at' },
      6,
      now,
      stallDays,
    );
    const committed = [...COMMITTED_STATUSES];
    const [
      phases,
      stalled,
      stages,
      overdue,
      grantGroups,
      outcomes,
      scores,
      movers,
      byPeriod,
      byAssociation,
      alerts,
      alertCounts,
      kinds,
    ] = await Promise.all([
      this.db.query(
        `SELECT a.phase, count(*)::int AS count,
                round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM now() - a.phase_entered_at) / 86400)::numeric, 1)::float AS "medianDays",
                round(percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM now() - a.phase_entered_at) / 86400)::numeric, 1)::float AS "p90Days"
           FROM roadmap_associations a WHERE ${FILTER} AND a.status <> 'dissolved' GROUP BY a.phase`,
        f,
      ) as Promise<PhaseRow[]>,
      this.db.query(
        `SELECT a.association_id AS id, a.name_fa AS "nameFa", a.phase, a.phase_entered_at AS "phaseEnteredAt",
                floor(extract(epoch FROM now() - a.phase_entered_at) / 86400)::int AS "daysInPhase",
                count(*) OVER ()::int AS total
           FROM roadmap_associations a WHERE ${FILTER} AND ${stalledIn.sql}
          ORDER BY a.phase_entered_at, a.association_id LIMIT 50`,
        [...f, ...stalledIn.params],
      ) as Promise<
        {
          id: string;
          nameFa: string;
          phase: string;
          phaseEnteredAt: Date;
          daysInPhase: number;
          total: number;
        }[]
      >,
      this.db.query(
        `SELECT a.stage, count(*)::int AS count FROM roadmap_associations a
          WHERE ${FILTER} AND a.phase = $6 GROUP BY a.stage`,
        [...f, LAST_PHASE],
      ) as Promise<{ stage: number | null; count: number }[]>,
      this.db.query(
        `SELECT m.association_id AS "associationId", a.name_fa AS "associationNameFa", m.kind, m.planned_at AS "plannedAt",
                floor(extract(epoch FROM now() - m.planned_at) / 86400)::int AS "daysOverdue", count(*) OVER ()::int AS total
           FROM roadmap_milestones m JOIN roadmap_associations a ON a.association_id = m.association_id
          WHERE ${FILTER} AND NOT m.reached AND m.planned_at < now() AND ($6::int IS NULL OR m.fiscal_year = $6)
          ORDER BY m.planned_at, m.association_id, m.position LIMIT 50`,
        [...f, fy],
      ) as Promise<
        {
          associationId: string;
          associationNameFa: string;
          kind: string;
          plannedAt: Date;
          daysOverdue: number;
          total: number;
        }[]
      >,
      this.db.query(
        `SELECT g.phase, g.kind_code AS "kindCode", g.status, g.flagged, count(*)::int AS count,
                coalesce(sum(g.amount_rials), 0)::text AS rials, coalesce(sum(g.hours), 0)::int AS hours
           FROM roadmap_grants g JOIN roadmap_associations a ON a.association_id = g.association_id
          WHERE ${FILTER} AND ($6::int IS NULL OR g.fiscal_year = $6)
          GROUP BY 1, 2, 3, 4`,
        [...f, fy],
      ) as Promise<GrantGroupRow[]>,
      this.db.query(
        `WITH g AS (
           SELECT g.*, (g.delivered_at IS NOT NULL AND g.n_before >= $8 AND g.n_after >= $8) AS eligible,
                  g.composite_after - g.composite_before AS dc, g.indicator_after - g.indicator_before AS di
             FROM roadmap_grants g JOIN roadmap_associations a ON a.association_id = g.association_id
            WHERE ${FILTER} AND ($6::int IS NULL OR g.fiscal_year = $6))
         SELECT kind_code AS "kindCode", phase, min(indicator_code) AS "indicatorCode",
                (count(*) FILTER (WHERE status = ANY($7)))::int AS grants,
                coalesce(sum(amount_rials) FILTER (WHERE status = ANY($7)), 0)::text AS rials,
                coalesce(sum(hours) FILTER (WHERE status = ANY($7)), 0)::int AS hours,
                (count(*) FILTER (WHERE delivered_at IS NOT NULL))::int AS delivered,
                (count(*) FILTER (WHERE eligible))::int AS cases,
                avg(dc) FILTER (WHERE eligible) AS "meanChange", stddev_samp(dc) FILTER (WHERE eligible) AS "stdDev",
                (count(di) FILTER (WHERE eligible))::int AS "indicatorCases",
                avg(di) FILTER (WHERE eligible) AS "indicatorMean", stddev_samp(di) FILTER (WHERE eligible) AS "indicatorStdDev",
                (count(*) FILTER (WHERE delivered_at IS NOT NULL AND NOT eligible))::int AS excluded,
                (count(DISTINCT association_id) FILTER (WHERE delivered_at IS NOT NULL AND NOT eligible))::int AS "excludedAssociations"
           FROM g GROUP BY kind_code, phase`,
        [...f, fy, committed, OUTCOME_MIN_PERIODS],
      ) as Promise<
        {
          kindCode: string;
          phase: string;
          indicatorCode: string | null;
          grants: number;
          rials: string;
          hours: number;
          delivered: number;
          cases: number;
          meanChange: string | null;
          stdDev: string | null;
          indicatorCases: number;
          indicatorMean: string | null;
          indicatorStdDev: string | null;
          excluded: number;
          excludedAssociations: number;
        }[]
      >,
      this.db.query(
        `SELECT y.latest_grade AS grade, width_bucket(y.latest_composite, 0, 100, 10) AS bucket, count(*)::int AS count
           FROM roadmap_association_years y JOIN roadmap_associations a ON a.association_id = y.association_id
          WHERE ${FILTER} AND y.fiscal_year = coalesce($6::int, 0) AND y.latest_composite IS NOT NULL
          GROUP BY 1, 2`,
        [...f, fy],
      ) as Promise<ScoreRow[]>,
      this.db.query(
        `WITH m AS (
           SELECT a.association_id AS "associationId", a.name_fa AS "nameFa", a.category_id AS "categoryId",
                  a.category_name_fa AS "categoryNameFa", y.latest_period AS "latestPeriod",
                  y.latest_composite::float AS "latestComposite", y.change_from_period AS "fromPeriod",
                  y.composite_change::float AS change,
                  row_number() OVER (ORDER BY y.composite_change DESC, a.association_id) AS up,
                  row_number() OVER (ORDER BY y.composite_change ASC, a.association_id) AS down,
                  row_number() OVER (PARTITION BY a.category_id ORDER BY y.composite_change DESC, a.association_id) AS cat_up,
                  row_number() OVER (PARTITION BY a.category_id ORDER BY y.composite_change ASC, a.association_id) AS cat_down
             FROM roadmap_association_years y JOIN roadmap_associations a ON a.association_id = y.association_id
            WHERE ${FILTER} AND y.fiscal_year = coalesce($6::int, 0) AND y.composite_change IS NOT NULL)
         SELECT * FROM m WHERE up <= 10 OR down <= 10 OR cat_up = 1 OR cat_down = 1`,
        [...f, fy],
      ) as Promise<(MoverView & { up: string; down: string; cat_up: string; cat_down: string })[]>,
      this.db.query(
        `SELECT p.period, min(p.due_at) AS "dueAt", count(*)::int AS due,
                (count(*) FILTER (WHERE p.state = 'on_time'))::int AS on_time,
                (count(*) FILTER (WHERE p.state = 'late'))::int AS late,
                (count(*) FILTER (WHERE p.state = 'missing'))::int AS missing,
                (count(*) FILTER (WHERE p.state = 'returned'))::int AS returned
           FROM roadmap_report_periods p JOIN roadmap_associations a ON a.association_id = p.association_id
          WHERE ${FILTER} AND ($6::int IS NULL OR p.fiscal_year = $6)
          GROUP BY p.period ORDER BY min(p.period_start) DESC, p.period LIMIT 24`,
        [...f, fy],
      ) as Promise<
        {
          period: string;
          dueAt: Date;
          due: number;
          on_time: number;
          late: number;
          missing: number;
          returned: number;
        }[]
      >,
      this.db.query(
        `SELECT a.association_id AS "associationId", a.name_fa AS "nameFa", y.due, y.on_time, y.late, y.missing, y.returned,
                sum(y.due) OVER () AS t_due, sum(y.on_time) OVER () AS t_on_time, sum(y.late) OVER () AS t_late,
                sum(y.missing) OVER () AS t_missing, sum(y.returned) OVER () AS t_returned
           FROM roadmap_association_years y JOIN roadmap_associations a ON a.association_id = y.association_id
          WHERE ${FILTER} AND y.fiscal_year = coalesce($6::int, 0) AND y.due > 0
          ORDER BY (y.on_time + y.late)::float / y.due, a.name_fa, a.association_id LIMIT 20`,
        [...f, fy],
      ) as Promise<
        {
          associationId: string;
          nameFa: string;
          due: number;
          on_time: number;
          late: number;
          missing: number;
          returned: number;
          t_due: string;
          t_on_time: string;
          t_late: string;
          t_missing: string;
          t_returned: string;
        }[]
      >,
      this.db.query(
        `SELECT al.id, al.association_id AS "associationId", a.name_fa AS "associationNameFa", al.kind, al.period,
                al.message_fa AS "messageFa", al.message_en AS "messageEn", al.created_at AS "createdAt"
           FROM kpi_open_alerts_v al JOIN roadmap_associations a ON a.association_id = al.association_id
          WHERE ${FILTER} ORDER BY al.created_at DESC, al.id LIMIT 20`,
        f,
      ) as Promise<
        {
          id: string;
          associationId: string;
          associationNameFa: string;
          kind: string;
          period: string;
          messageFa: string;
          messageEn: string;
          createdAt: Date;
        }[]
      >,
      this.db.query(
        `SELECT al.kind, count(*)::int AS count
           FROM kpi_open_alerts_v al JOIN roadmap_associations a ON a.association_id = al.association_id
          WHERE ${FILTER} GROUP BY al.kind`,
        f,
      ) as Promise<{ kind: string; count: number }[]>,
      this.supportKinds.list(),
    ]);
    const indicatorNames = await this.indicatorNames(outcomes.map((o) => o.indicatorCode));
    const kindName = new Map(kinds.map((k) => [k.code, k.nameFa]));
    const stageCounts = new Map(stages.map((s) => [s.stage ?? 0, s.count]));
    const totals = byAssociation[0];
    const moverRows = movers.map(({ up, down, cat_up, cat_down, ...m }) => ({
      m: m as MoverView,
      up: Number(up),
      down: Number(down),
      catUp: Number(cat_up),
      catDown: Number(cat_down),
    }));
    const categories = new Map<string, { top?: MoverView; bottom?: MoverView }>();
    for (const r of moverRows) {
      const key = String(r.m.categoryId);
      const c = categories.get(key) ?? {};
      if (r.catUp === 1) c.top = r.m;
      if (r.catDown === 1) c.bottom = r.m;
      categories.set(key, c);
    }
    return {
      asOf,
      asOfJalali: `${toJalaliDate(asOf)} ${new Date(asOf.getTime() + 3.5 * 3600_000).toISOString().slice(11, 16)}`,
      ageSeconds: Math.round((now.getTime() - asOf.getTime()) / 1000),
      generatedAt: now.toISOString(),
      filters: {
        categoryId: q.categoryId ?? null,
        legalForm: q.legalForm ?? null,
        scope: q.scope ?? null,
        city: q.city ?? null,
        fiscalYear: fy,
        phase: q.phase ?? null,
      },
      phases: phaseFunnel(phases),
      stalled: {
        thresholdDays: stallDays,
        count: stalled[0]?.total ?? 0,
        items: stalled.map(({ total: _t, ...s }) => ({
          ...s,
          phaseEnteredAtJalali: toJalaliDate(s.phaseEnteredAt),
        })),
      },
      stages: {
        associations: stages.reduce((n, s) => n + s.count, 0),
        byStage: DEVELOPMENT_STAGES.map((s) => ({
          stage: s.stage,
          key: s.key,
          nameFa: s.nameFa,
          nameEn: s.nameEn,
          milestones: [...s.milestones],
          count: stageCounts.get(s.stage) ?? 0,
        })),
        overdueCount: overdue[0]?.total ?? 0,
        overdue: overdue.map(({ total: _t, ...o }) => ({
          ...o,
          kindNameFa: milestoneName.get(o.kind) ?? o.kind,
          plannedAtJalali: toJalaliDate(o.plannedAt),
        })),
      },
      supports: { fiscalYear: fy, byPhaseAndKind: supportsByPhaseAndKind(grantGroups, kinds) },
      outcomes: {
        noteFa: OUTCOME_NOTE_FA,
        noteEn: OUTCOME_NOTE_EN,
        windowPeriods: OUTCOME_WINDOW,
        minPeriods: OUTCOME_MIN_PERIODS,
        items: outcomes
          .map((o): OutcomeView => ({
            kindCode: o.kindCode,
            kindNameFa: kindName.get(o.kindCode) ?? null,
            phase: o.phase,
            grants: o.grants,
            grantedRials: o.rials,
            grantedHours: o.hours,
            delivered: o.delivered,
            composite: { cases: o.cases, meanChange: round2(o.meanChange), stdDev: round2(o.stdDev) },
            indicator: {
              code: o.indicatorCode,
              nameFa: o.indicatorCode ? (indicatorNames.get(o.indicatorCode) ?? null) : null,
              cases: o.indicatorCases,
              meanChange: round2(o.indicatorMean),
              stdDev: round2(o.indicatorStdDev),
            },
            excluded: o.excluded,
            excludedAssociations: o.excludedAssociations,
          }))
          .sort(byPhaseThen((o) => o.kindCode)),
      },
      completeness: {
        portfolio: totals
          ? counts({
              due: Number(totals.t_due),
              on_time: Number(totals.t_on_time),
              late: Number(totals.t_late),
              missing: Number(totals.t_missing),
              returned: Number(totals.t_returned),
            })
          : completenessTally({ due: 0, onTime: 0, late: 0, missing: 0, returned: 0 }),
        byPeriod: byPeriod.map((p) => ({
          period: p.period,
          dueAt: p.dueAt,
          dueAtJalali: toJalaliDate(p.dueAt),
          ...counts(p),
        })),
        byAssociation: byAssociation.map((r) => ({
          associationId: r.associationId,
          nameFa: r.nameFa,
          ...counts(r),
        })),
      },
      movers: {
        spanPeriods: MOVERS_SPAN,
        rising: moverRows
          .filter((r) => r.up <= 10 && r.m.change > 0)
          .sort((a, b) => a.up - b.up)
          .map((r) => r.m),
        falling: moverRows
          .filter((r) => r.down <= 10 && r.m.change < 0)
          .sort((a, b) => a.down - b.down)
          .map((r) => r.m),
        byCategory: [...categories.values()]
          .map((c) => ({
            categoryId: c.top?.categoryId ?? null,
            categoryNameFa: c.top?.categoryNameFa ?? null,
            top: c.top as MoverView,
            bottom: c.bottom as MoverView,
          }))
          .sort((a, b) => (a.categoryId ?? 0) - (b.categoryId ?? 0)),
      },
      scores: scoreDistribution(scores.map((r) => ({ ...r, bucket: Number(r.bucket) }))),
      alerts: {
        open: Object.fromEntries(alertCounts.map((c) => [c.kind, c.count])),
        latest: alerts.map((a) => ({ ...a, createdAtJalali: toJalaliDate(a.createdAt) })),
      },
    };
  }

  private async indicatorNames(codes: (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(codes.filter((c): c is string => !!c))];
    if (!wanted.length) return new Map();
    const rows: { code: string; name_fa: string }[] = await this.db.query(
      `SELECT code, name_fa FROM kpi_indicators_v WHERE code = ANY($1)`,
      [wanted],
    );
    return new Map(rows.map((r) => [r.code, r.name_fa]));
  }

  /** Every association of the (filtered) portfolio, one row each: the export's main sheet. */
  async portfolioRows(q: RoadmapQueryDto) {
    const f = [q.categoryId ?? null, q.legalForm ?? null, q.scope ?? null, q.city ?? null, q.phase ?? null];
    const rows: {
      id: string;
      nameFa: string;
      categoryNameFa: string | null;
      legalForm: string | null;
      scope: string | null;
      city: string | null;
      status: string;
      phase: string;
      phaseEnteredAt: Date;
      stage: number | null;
      milestonesPlanned: number;
      milestonesDone: number;
      latestPeriod: string | null;
      latestComposite: number | null;
      latestGrade: string | null;
      change: number | null;
      due: number | null;
      on_time: number | null;
      late: number | null;
      missing: number | null;
      returned: number | null;
    }[] = await this.db.query(
      `SELECT a.association_id AS id, a.name_fa AS "nameFa", a.category_name_fa AS "categoryNameFa", a.legal_form AS "legalForm",
              a.scope, a.city, a.status, a.phase, a.phase_entered_at AS "phaseEnteredAt", a.stage,
              a.milestones_planned AS "milestonesPlanned", a.milestones_done AS "milestonesDone",
              y.latest_period AS "latestPeriod", y.latest_composite::float AS "latestComposite", y.latest_grade AS "latestGrade",
              y.composite_change::float AS change, y.due, y.on_time, y.late, y.missing, y.returned
         FROM roadmap_associations a
         LEFT JOIN roadmap_association_years y ON y.association_id = a.association_id AND y.fiscal_year = coalesce($6::int, 0)
        WHERE ${FILTER} ORDER BY a.name_fa, a.association_id`,
      [...f, q.fiscalYear ?? null],
    );
    return rows.map(({ due, on_time, late, missing, returned, ...r }) => ({
      ...r,
      completeness: counts({
        due: due ?? 0,
        on_time: on_time ?? 0,
        late: late ?? 0,
        missing: missing ?? 0,
        returned: returned ?? 0,
      }),
    }));
  }

  /** One association's road, read live: phases, milestones, grants and KPI trend on one time line. */
  async association(
    auth: AuthContext,
    id: string,
    q: AssociationRoadmapQueryDto = {},
  ): Promise<AssociationRoadmapView> {
    assertAssociationScope(auth, id);
    const now = new Date();
    const fy = q.fiscalYear ?? null;
    const [rows, history, milestones, grants, scores, alerts, reports, frequencies, settings, kinds] =
      await Promise.all([
        this.db.query(
          `SELECT id, name_fa AS "nameFa", name_en AS "nameEn", status, phase, phase_entered_at AS "phaseEnteredAt",
                  created_at AS "createdAt", floor(extract(epoch FROM now() - phase_entered_at) / 86400)::int AS "daysInPhase"
             FROM associations_register_v WHERE id = $1`,
          [id],
        ) as Promise<
          {
            id: string;
            nameFa: string;
            nameEn: string | null;
            status: string;
            phase: string;
            phaseEnteredAt: Date;
            createdAt: Date;
            daysInPhase: number;
          }[]
        >,
        this.db.query(
          `SELECT from_phase AS "from", to_phase AS "to", direction, reason, applied_at AS "at"
             FROM lifecycle_transitions_v WHERE association_id = $1 ORDER BY applied_at`,
          [id],
        ) as Promise<{ from: string; to: string; direction: string; reason: string | null; at: Date }[]>,
        this.db.query(
          `SELECT kind, planned_at AS "plannedAt", done_at AS "doneAt", evidence,
                  coverage_percent AS "coveragePercent", coverage_target_percent AS "coverageTargetPercent"
             FROM lifecycle_milestones_v WHERE association_id = $1 AND planned_at IS NOT NULL ORDER BY planned_at, position`,
          [id],
        ) as Promise<
          {
            kind: string;
            plannedAt: Date;
            doneAt: Date | null;
            evidence: string | null;
            coveragePercent: string | null;
            coverageTargetPercent: string | null;
          }[]
        >,
        this.db.query(
          `SELECT id, kind_code AS "kindCode", phase, status, fiscal_year AS "fiscalYear", amount_rials::text AS "amountRials",
                  hours, requested_at AS "requestedAt", delivered_at AS "deliveredAt"
             FROM support_grants_v WHERE association_id = $1 AND ($2::int IS NULL OR fiscal_year = $2)
            ORDER BY requested_at, id`,
          [id, fy],
        ) as Promise<
          {
            id: string;
            kindCode: string;
            phase: string;
            status: string;
            fiscalYear: number;
            amountRials: string | null;
            hours: number | null;
            requestedAt: Date;
            deliveredAt: Date | null;
          }[]
        >,
        this.db.query(
          `SELECT period, period_start AS "periodStart", composite::float AS composite, grade, trend, axes
             FROM kpi_scores_v WHERE association_id = $1 AND ($2::int IS NULL OR left(period, 4)::int = $2)
            ORDER BY period_start, length(period), period`,
          [id, fy],
        ) as Promise<
          {
            period: string;
            periodStart: Date;
            composite: number | null;
            grade: string | null;
            trend: Record<string, unknown>;
            axes: Record<string, number | null>;
          }[]
        >,
        this.db.query(
          `SELECT kind, period, message_fa AS "messageFa", message_en AS "messageEn", created_at AS "createdAt"
             FROM kpi_open_alerts_v WHERE association_id = $1 ORDER BY created_at DESC LIMIT 20`,
          [id],
        ) as Promise<
          { kind: string; period: string; messageFa: string; messageEn: string; createdAt: Date }[]
        >,
        this.db.query(
          `SELECT period, status, submitted_at AS "submittedAt", accepted_at AS "acceptedAt" FROM kpi_reports_v WHERE association_id = $1`,
          [id],
        ) as Promise<{ period: string; status: string; submittedAt: Date | null; acceptedAt: Date | null }[]>,
        this.db.query(
          `SELECT DISTINCT frequency FROM kpi_indicators_v WHERE active AND kind = 'reported'`,
        ) as Promise<{ frequency: Frequency }[]>,
        this.kpiSettings.get(),
        this.supportKinds.list(),
      ]);
    const a = rows[0];
    if (!a) throw new NotFoundError('association', id);
    const kindName = new Map(kinds.map((k) => [k.code, k.nameFa]));
    const facts = milestones.map((m) => ({
      ...m,
      coveragePercent: num(m.coveragePercent),
      coverageTargetPercent: num(m.coverageTargetPercent),
    }));
    const stage = a.phase === LAST_PHASE ? developmentStage(facts as MilestoneFacts[], now) : null;

    const reportingSince = [
      a.phaseEnteredAt,
      ...history.filter((h) => REPORTING_PHASES.includes(h.to)).map((h) => h.at),
    ]
      .map((d) => d.getTime())
      .reduce((x, y) => Math.min(x, y));
    const filed = new Map(reports.map((r) => [r.period, r]));
    const periods = REPORTING_PHASES.includes(a.phase)
      ? duePeriodsSince(
          frequencies.map((r) => r.frequency),
          new Date(reportingSince),
          now,
          settings.reportGraceDays,
        )
          .filter((d) => fy === null || Number(d.period.slice(0, 4)) === fy)
          .map((d) => ({
            period: d.period,
            dueAt: d.dueAt,
            dueAtJalali: toJalaliDate(d.dueAt),
            state: completenessState(filed.get(d.period), d.dueAt),
          }))
      : [];
    const tally = (state: string) => periods.filter((p) => p.state === state).length;
    const totals: CompletenessCountsView = completenessTally({
      due: periods.length,
      onTime: tally('on_time'),
      late: tally('late'),
      missing: tally('missing'),
      returned: tally('returned'),
    });

    const committed = new Set<string>(COMMITTED_STATUSES);
    const grantViews = grants.map((g) => ({
      ...g,
      kindNameFa: kindName.get(g.kindCode) ?? null,
      requestedAtJalali: toJalaliDate(g.requestedAt),
      deliveredAtJalali: g.deliveredAt ? toJalaliDate(g.deliveredAt) : null,
    }));
    const milestoneViews = facts.map((m) => ({
      kind: m.kind,
      nameFa: milestoneName.get(m.kind) ?? m.kind,
      plannedAt: m.plannedAt,
      plannedAtJalali: toJalaliDate(m.plannedAt),
      doneAt: m.doneAt,
      doneAtJalali: m.doneAt ? toJalaliDate(m.doneAt) : null,
      reached: milestoneReached(m, now),
      overdue: milestoneOverdue(m, now),
      evidence: m.evidence,
      coveragePercent: m.coveragePercent,
      coverageTargetPercent: m.coverageTargetPercent,
    }));
    const phaseName = new Map(PHASES.map((p) => [p.key as string, p.nameFa]));
    const timeline: Omit<TimelineEventView, 'atJalali'>[] = [
      {
        at: a.createdAt,
        type: 'phase',
        phase: history[0]?.from ?? a.phase,
        labelFa: `ثبت در فاز ${phaseName.get(history[0]?.from ?? a.phase)}`,
      },
      ...history.map((h) => ({
        at: h.at,
        type: 'phase',
        phase: h.to,
        labelFa: `${h.direction === 'back' ? 'بازگشت به' : 'ورود به'} فاز ${phaseName.get(h.to) ?? h.to}`,
      })),
      ...milestoneViews.map((m) => ({
        at: m.plannedAt,
        type: 'milestone_planned',
        kind: m.kind,
        labelFa: `برنامه: ${m.nameFa}`,
      })),
      ...milestoneViews
        .filter((m) => m.doneAt)
        .map((m) => ({
          at: m.doneAt as Date,
          type: 'milestone_done',
          kind: m.kind,
          labelFa: `تحقق: ${m.nameFa}`,
        })),
      ...grantViews.map((g) => ({
        at: g.deliveredAt ?? g.requestedAt,
        type: 'grant',
        kind: g.kindCode,
        phase: g.phase,
        labelFa: `حمایت ${g.kindNameFa ?? g.kindCode} (${g.deliveredAt ? 'تحویل شده' : 'درخواست'})`,
      })),
      ...scores.map((s) => ({
        at: s.periodStart,
        type: 'score',
        composite: s.composite,
        labelFa: `امتیاز دوره ${s.period}`,
      })),
    ];
    const bySupportPhase = new Map<
      string,
      { requests: number; granted: number; rials: bigint; hours: number }
    >();
    for (const g of grants) {
      const s = bySupportPhase.get(g.phase) ?? { requests: 0, granted: 0, rials: 0n, hours: 0 };
      s.requests += 1;
      if (committed.has(g.status)) {
        s.granted += 1;
        s.rials += BigInt(g.amountRials ?? 0);
        s.hours += g.hours ?? 0;
      }
      bySupportPhase.set(g.phase, s);
    }
    const latest = scores[scores.length - 1];
    return {
      asOf: now,
      association: {
        id: a.id,
        nameFa: a.nameFa,
        nameEn: a.nameEn,
        status: a.status,
        phase: a.phase,
        phaseEnteredAt: a.phaseEnteredAt,
        phaseEnteredAtJalali: toJalaliDate(a.phaseEnteredAt),
        daysInPhase: a.daysInPhase,
      },
      stage: stage && { stage: stage.stage, key: stage.key, nameFa: stage.nameFa, nameEn: stage.nameEn },
      phases: PHASES.map((p) => {
        const s = bySupportPhase.get(p.key);
        return {
          phase: p.key,
          nameFa: p.nameFa,
          nameEn: p.nameEn,
          current: p.key === a.phase,
          supports: s
            ? {
                requests: s.requests,
                granted: s.granted,
                grantedRials: s.rials.toString(),
                grantedHours: s.hours,
              }
            : null,
        };
      }),
      history: history.map((h) => ({ ...h, atJalali: toJalaliDate(h.at) })),
      milestones: milestoneViews,
      grants: grantViews,
      trend: scores.map((s) => ({
        period: s.period,
        periodStart: s.periodStart,
        periodStartJalali: toJalaliDate(s.periodStart),
        composite: s.composite,
        grade: s.grade,
        axes: {
          chamber: s.axes?.chamber ?? null,
          association: s.axes?.association ?? null,
          members: s.axes?.members ?? null,
        },
      })),
      completeness: { totals, periods },
      timeline: timeline
        .sort((x, y) => x.at.getTime() - y.at.getTime())
        .map((e) => ({ ...e, atJalali: toJalaliDate(e.at) })),
      latestScore: latest
        ? { period: latest.period, composite: latest.composite, grade: latest.grade, trend: latest.trend }
        : null,
      alerts,
    };
  }
}

function byPhaseThen<T extends { phase: string }>(key: (t: T) => string) {
  const order = new Map(PHASES.map((p) => [p.key as string, p.order]));
  return (a: T, b: T) =>
    (order.get(a.phase) ?? 9) - (order.get(b.phase) ?? 9) || key(a).localeCompare(key(b));
}
