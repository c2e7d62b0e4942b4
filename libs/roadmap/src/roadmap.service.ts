import { Injectable } from '@nestjs/common';
import type { AssociationRoadmapView, RoadmapOverviewView } from './roadmap.views';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertAssociationScope, AuthContext, NotFoundError, toJalaliDate } from '@tashakkol/shared';
import { DataSource } from 'typeorm';
import {
  GrantGroupRow,
  phaseFunnel,
  PhaseRow,
  scoreDistribution,
  ScoreRow,
  supportsByPhaseAndKind,
} from './roadmap-overview';

const DEFAULT_STALL_DAYS = 180;

/**
 * Read models of the whole portfolio for the president. Each section is one aggregate query
 * over indexed columns, run in parallel; nothing is loaded per association.
 */
@Injectable()
export class RoadmapService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async overview(fiscalYear?: number): Promise<RoadmapOverviewView> {
    const stallDays = await this.stallDays();
    const [phases, stalled, stalledCount, grantGroups, kinds, scores, alerts, alertCounts] =
      await Promise.all([
        this.db.query(
          `SELECT phase, count(*)::int AS count,
                round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM now() - phase_entered_at) / 86400)::numeric, 1)::float AS "medianDays",
                round(percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM now() - phase_entered_at) / 86400)::numeric, 1)::float AS "p90Days"
           FROM associations WHERE status <> 'dissolved' GROUP BY phase`,
        ) as Promise<PhaseRow[]>,
        this.db.query(
          `SELECT id, name_fa AS "nameFa", phase, phase_entered_at AS "phaseEnteredAt",
                floor(extract(epoch FROM now() - phase_entered_at) / 86400)::int AS "daysInPhase"
           FROM associations
          WHERE status <> 'dissolved' AND phase <> 'development' AND phase_entered_at < now() - make_interval(days => $1)
          ORDER BY phase_entered_at LIMIT 50`,
          [stallDays],
        ) as Promise<
          { id: string; nameFa: string; phase: string; phaseEnteredAt: Date; daysInPhase: number }[]
        >,
        this.db.query(
          `SELECT count(*)::int AS n FROM associations
          WHERE status <> 'dissolved' AND phase <> 'development' AND phase_entered_at < now() - make_interval(days => $1)`,
          [stallDays],
        ) as Promise<{ n: number }[]>,
        // Grouped by status too and folded in code: far cheaper than FILTER aggregates joined per row.
        this.db.query(
          `SELECT phase, kind_code AS "kindCode", status, cardinality(precautions) > 0 AS flagged,
                count(*)::int AS count, coalesce(sum(amount_rials), 0)::text AS rials, coalesce(sum(hours), 0)::int AS hours
           FROM support_grants WHERE ($1::int IS NULL OR fiscal_year = $1)
          GROUP BY 1, 2, 3, 4`,
          [fiscalYear ?? null],
        ) as Promise<GrantGroupRow[]>,
        this.db.query(`SELECT code, name_fa AS "nameFa", name_en AS "nameEn" FROM support_kinds`) as Promise<
          { code: string; nameFa: string; nameEn: string }[]
        >,
        this.db.query(
          `SELECT s.grade, width_bucket(s.composite, 0, 100, 10) AS bucket, count(*)::int AS count
           FROM associations a
           CROSS JOIN LATERAL (SELECT grade, composite FROM kpi_scores
                                WHERE association_id = a.id AND composite IS NOT NULL
                                ORDER BY period_start DESC LIMIT 1) s
          GROUP BY 1, 2`,
        ) as Promise<ScoreRow[]>,
        this.db.query(
          `SELECT al.id, al.association_id AS "associationId", a.name_fa AS "associationNameFa", al.kind, al.period,
                al.message_fa AS "messageFa", al.message_en AS "messageEn", al.created_at AS "createdAt"
           FROM kpi_alerts al JOIN associations a ON a.id = al.association_id
          WHERE al.resolved_at IS NULL
          ORDER BY al.created_at DESC LIMIT 20`,
        ) as Promise<{ createdAt: Date }[]>,
        this.db.query(
          `SELECT kind, count(*)::int AS count FROM kpi_alerts WHERE resolved_at IS NULL GROUP BY kind`,
        ) as Promise<{ kind: string; count: number }[]>,
      ]);
    return {
      generatedAt: new Date().toISOString(),
      phases: phaseFunnel(phases),
      stalled: {
        thresholdDays: stallDays,
        count: stalledCount[0]?.n ?? 0,
        items: stalled.map((s) => ({ ...s, phaseEnteredAtJalali: toJalaliDate(s.phaseEnteredAt) })),
      },
      supports: {
        fiscalYear: fiscalYear ?? null,
        byPhaseAndKind: supportsByPhaseAndKind(grantGroups, kinds),
      },
      scores: scoreDistribution(scores.map((r) => ({ ...r, bucket: Number(r.bucket) }))),
      alerts: {
        open: Object.fromEntries(alertCounts.map((c) => [c.kind, c.count])),
        latest: alerts.map((a) => ({ ...a, createdAtJalali: toJalaliDate(a.createdAt) })),
      },
    };
  }

  /** One association's road: where it stands, how it got there, what it received, how it scores. */
  async association(auth: AuthContext, id: string): Promise<AssociationRoadmapView> {
    assertAssociationScope(auth, id);
    const [rows, history, supports, score, alerts] = await Promise.all([
      this.db.query(
        `SELECT id, name_fa AS "nameFa", name_en AS "nameEn", status, phase, phase_entered_at AS "phaseEnteredAt",
                floor(extract(epoch FROM now() - phase_entered_at) / 86400)::int AS "daysInPhase"
           FROM associations WHERE id = $1`,
        [id],
      ) as Promise<{ phase: string; phaseEnteredAt: Date }[]>,
      this.db.query(
        `SELECT from_phase AS "from", to_phase AS "to", direction, reason, applied_at AS "at"
           FROM lifecycle_transitions WHERE association_id = $1 AND status = 'applied' ORDER BY applied_at`,
        [id],
      ),
      this.db.query(
        `SELECT phase, count(*)::int AS requests,
                (count(*) FILTER (WHERE status IN ('approved', 'delivered')))::int AS granted,
                coalesce(sum(amount_rials) FILTER (WHERE status IN ('approved', 'delivered')), 0)::text AS "grantedRials",
                coalesce(sum(hours) FILTER (WHERE status IN ('approved', 'delivered')), 0)::int AS "grantedHours"
           FROM support_grants WHERE association_id = $1 GROUP BY phase`,
        [id],
      ),
      this.db.query(
        `SELECT period, composite::float AS composite, grade, trend FROM kpi_scores
          WHERE association_id = $1 ORDER BY period_start DESC LIMIT 1`,
        [id],
      ),
      this.db.query(
        `SELECT kind, period, message_fa AS "messageFa", message_en AS "messageEn", created_at AS "createdAt"
           FROM kpi_alerts WHERE association_id = $1 AND resolved_at IS NULL ORDER BY created_at DESC LIMIT 20`,
        [id],
      ),
    ]);
    const a = rows[0];
    if (!a) throw new NotFoundError('association', id);
    return {
      association: { ...a, phaseEnteredAtJalali: toJalaliDate(a.phaseEnteredAt) },
      phases: phaseFunnel([]).map((p) => ({
        phase: p.phase,
        nameFa: p.nameFa,
        nameEn: p.nameEn,
        current: p.phase === a.phase,
        supports: supports.find((s: { phase: string }) => s.phase === p.phase) ?? null,
      })),
      history,
      latestScore: score[0] ?? null,
      alerts,
    };
  }

  private async stallDays(): Promise<number> {
    const rows: { stall_days: number }[] = await this.db.query(
      `SELECT stall_days FROM kpi_settings WHERE id = 1`,
    );
    return rows[0]?.stall_days ?? DEFAULT_STALL_DAYS;
  }
}
