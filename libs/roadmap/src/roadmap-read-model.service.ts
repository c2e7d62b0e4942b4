import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Frequency, KpiSettingsService, periodContaining, REPORTING_PHASES } from '@tashakkol/kpi';
import { PHASE_KEYS } from '@tashakkol/associations';
import { DataSource, EntityManager } from 'typeorm';
import { developmentStage, MilestoneFacts, milestoneReached } from './development-stage';
import { completenessState, CompletenessState, duePeriodsSince, FiledReport } from './reporting-completeness';
import { KIND_TARGET_INDICATORS, OUTCOME_WINDOW } from './support-outcomes';

/** Movers compare the latest composite with the one three scored periods before: four periods. */
export const MOVERS_SPAN = 4;
export const LAST_PHASE = PHASE_KEYS[PHASE_KEYS.length - 1];

const READ_MODEL_TABLES = [
  'roadmap_grants',
  'roadmap_report_periods',
  'roadmap_association_years',
  'roadmap_milestones',
  'roadmap_associations',
];
const CHUNK = 20_000;

type Tally = Record<CompletenessState, number> & { due: number };

/**
 * The roadmap's read model: rebuilt in one transaction from the other contexts' public views, so
 * readers see either the previous snapshot or the new one, never half of each (DELETE, not
 * TRUNCATE: readers are not blocked meanwhile). `as_of` says when its data was read.
 */
@Injectable()
export class RoadmapReadModel {
  private readonly logger = new Logger(RoadmapReadModel.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly kpiSettings: KpiSettingsService,
  ) {}

  async asOf(): Promise<Date | null> {
    const rows: { as_of: Date }[] = await this.db.query(`SELECT as_of FROM roadmap_refreshes WHERE id = 1`);
    return rows[0]?.as_of ?? null;
  }

  async refresh(now = new Date()): Promise<{ asOf: Date; tookMs: number }> {
    const t0 = Date.now();
    const { reportGraceDays } = await this.kpiSettings.get();
    await this.db.transaction(async (em) => {
      // Two workers refreshing at once would interleave their deletes and inserts.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('roadmap.refresh'))`);
      for (const t of READ_MODEL_TABLES) await em.query(`DELETE FROM ${t}`);
      await em.query(
        `INSERT INTO roadmap_associations (association_id, name_fa, name_en, category_id, category_name_fa, legal_form, scope, city, status, phase, phase_entered_at)
         SELECT a.id, a.name_fa, a.name_en, a.category_id, c.name_fa, a.legal_form, a.scope, a.city, a.status, a.phase, a.phase_entered_at
           FROM associations_register_v a LEFT JOIN associations_categories_v c ON c.id = a.category_id`,
      );
      await this.refreshMilestones(em, now);
      await this.refreshScores(em);
      await this.refreshCompleteness(em, now, reportGraceDays);
      await this.refreshGrants(em);
      await em.query(
        `INSERT INTO roadmap_refreshes (id, as_of, took_ms) VALUES (1, $1, $2)
         ON CONFLICT (id) DO UPDATE SET as_of = EXCLUDED.as_of, took_ms = EXCLUDED.took_ms`,
        [now, Date.now() - t0],
      );
    });
    const tookMs = Date.now() - t0;
    this.logger.log(`Roadmap read model refreshed in ${tookMs} ms`);
    return { asOf: now, tookMs };
  }

  /** Milestones of associations in the last phase, with their stage (the rule is TypeScript). */
  private async refreshMilestones(em: EntityManager, now: Date): Promise<void> {
    const rows: {
      association_id: string;
      position: number;
      kind: string;
      planned_at: Date;
      done_at: Date | null;
      coverage_percent: string | null;
      coverage_target_percent: string | null;
    }[] = await em.query(
      `SELECT m.association_id, m.position, m.kind, m.planned_at, m.done_at, m.coverage_percent, m.coverage_target_percent
         FROM lifecycle_milestones_v m JOIN associations_register_v a ON a.id = m.association_id
        WHERE a.phase = $1 AND m.planned_at IS NOT NULL`,
      [LAST_PHASE],
    );
    const byAssociation = new Map<string, MilestoneFacts[]>();
    const ms = { ids: [] as string[], pos: [] as number[], kind: [] as string[], planned: [] as Date[] };
    const more = { done: [] as (Date | null)[], reached: [] as boolean[], fy: [] as number[] };
    for (const r of rows) {
      const facts: MilestoneFacts = {
        kind: r.kind,
        plannedAt: r.planned_at,
        doneAt: r.done_at,
        coveragePercent: r.coverage_percent === null ? null : Number(r.coverage_percent),
        coverageTargetPercent: r.coverage_target_percent === null ? null : Number(r.coverage_target_percent),
      };
      const list = byAssociation.get(r.association_id) ?? [];
      list.push(facts);
      byAssociation.set(r.association_id, list);
      ms.ids.push(r.association_id);
      ms.pos.push(r.position);
      ms.kind.push(r.kind);
      ms.planned.push(r.planned_at);
      more.done.push(r.done_at);
      more.reached.push(milestoneReached(facts, now));
      more.fy.push(periodContaining(r.planned_at, 'yearly').year);
    }
    if (rows.length)
      await em.query(
        `INSERT INTO roadmap_milestones (association_id, position, kind, planned_at, done_at, reached, fiscal_year)
         SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::boolean[], $7::int[])`,
        [ms.ids, ms.pos, ms.kind, ms.planned, more.done, more.reached, more.fy],
      );
    const ids = [...byAssociation.keys()];
    const list = ids.map((id) => byAssociation.get(id) as MilestoneFacts[]);
    await em.query(
      `UPDATE roadmap_associations r SET stage = u.stage, milestones_planned = u.planned, milestones_done = u.done
         FROM unnest($1::uuid[], $2::int[], $3::int[], $4::int[]) AS u(id, stage, planned, done)
        WHERE r.association_id = u.id`,
      [
        ids,
        list.map((l) => developmentStage(l, now).stage),
        list.map((l) => l.length),
        list.map((l) => l.filter((m) => milestoneReached(m, now)).length),
      ],
    );
    await em.query(`UPDATE roadmap_associations SET stage = 0 WHERE phase = $1 AND stage IS NULL`, [
      LAST_PHASE,
    ]);
  }

  /**
   * Per association and Jalali year (0 = all years): the latest composite and its change over the
   * last MOVERS_SPAN scored periods of the same length.
   */
  private async refreshScores(em: EntityManager): Promise<void> {
    await em.query(
      `INSERT INTO roadmap_association_years (fiscal_year, association_id, latest_period, latest_composite, latest_grade, composite_change, change_from_period)
       WITH s AS (
         SELECT association_id, period, composite, grade, left(period, 4)::int AS fy,
                lag(composite, $1) OVER w AS earlier, lag(period, $1) OVER w AS earlier_period,
                row_number() OVER (PARTITION BY association_id, left(period, 4) ORDER BY period_start DESC, length(period) DESC, period DESC) AS rn_year,
                row_number() OVER (PARTITION BY association_id ORDER BY period_start DESC, length(period) DESC, period DESC) AS rn_all
           FROM kpi_scores_v WHERE composite IS NOT NULL
         WINDOW w AS (PARTITION BY association_id, length(period), strpos(period, 'Q') > 0 ORDER BY period_start))
       SELECT fy, association_id, period, composite, grade, composite - earlier, earlier_period FROM s WHERE rn_year = 1
       UNION ALL
       SELECT 0, association_id, period, composite, grade, composite - earlier, earlier_period FROM s WHERE rn_all = 1`,
      [MOVERS_SPAN - 1],
    );
  }

  /** Each due report of each reporting association, judged on time / late / missing / returned. */
  private async refreshCompleteness(em: EntityManager, now: Date, graceDays: number): Promise<void> {
    const freqRows: { frequency: Frequency }[] = await em.query(
      `SELECT DISTINCT frequency FROM kpi_indicators_v WHERE active AND kind = 'reported'`,
    );
    const frequencies = freqRows.map((f) => f.frequency);
    if (!frequencies.length) return;
    const reporting: { id: string; since: Date }[] = await em.query(
      `SELECT a.id, least(a.phase_entered_at, (SELECT min(t.applied_at) FROM lifecycle_transitions_v t
                                                WHERE t.association_id = a.id AND t.to_phase = ANY($1))) AS since
         FROM associations_register_v a WHERE a.phase = ANY($1)`,
      [REPORTING_PHASES],
    );
    const reports: {
      association_id: string;
      period: string;
      status: string;
      submitted_at: Date | null;
      accepted_at: Date | null;
    }[] = await em.query(
      `SELECT r.association_id, r.period, r.status, r.submitted_at, r.accepted_at
         FROM kpi_reports_v r JOIN associations_register_v a ON a.id = r.association_id WHERE a.phase = ANY($1)`,
      [REPORTING_PHASES],
    );
    const filed = new Map<string, FiledReport>(
      reports.map((r) => [
        `${r.association_id}|${r.period}`,
        { status: r.status, submittedAt: r.submitted_at, acceptedAt: r.accepted_at },
      ]),
    );
    const rows = { id: [] as string[], period: [] as string[], fy: [] as number[], start: [] as Date[] };
    const rows2 = { due: [] as Date[], state: [] as string[] };
    const tallies = new Map<string, Tally>();
    const add = (key: string, state: CompletenessState) => {
      const t = tallies.get(key) ?? { due: 0, on_time: 0, late: 0, missing: 0, returned: 0 };
      t.due += 1;
      t[state] += 1;
      tallies.set(key, t);
    };
    const flush = async () => {
      if (!rows.id.length) return;
      await em.query(
        `INSERT INTO roadmap_report_periods (association_id, period, fiscal_year, period_start, due_at, state)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::timestamptz[], $5::timestamptz[], $6::text[])
         ON CONFLICT DO NOTHING`,
        [rows.id, rows.period, rows.fy, rows.start, rows2.due, rows2.state],
      );
      for (const list of [...Object.values(rows), ...Object.values(rows2)]) list.length = 0;
    };
    for (const a of reporting) {
      for (const d of duePeriodsSince(frequencies, a.since, now, graceDays)) {
        const state = completenessState(filed.get(`${a.id}|${d.period}`), d.dueAt);
        const fy = Number(d.period.slice(0, 4));
        rows.id.push(a.id);
        rows.period.push(d.period);
        rows.fy.push(fy);
        rows.start.push(d.start);
        rows2.due.push(d.dueAt);
        rows2.state.push(state);
        add(`${fy}|${a.id}`, state);
        add(`0|${a.id}`, state);
        if (rows.id.length >= CHUNK) await flush();
      }
    }
    await flush();
    const keys = [...tallies.keys()];
    for (let i = 0; i < keys.length; i += CHUNK) {
      const part = keys.slice(i, i + CHUNK);
      const t = part.map((k) => tallies.get(k) as Tally);
      await em.query(
        `INSERT INTO roadmap_association_years (fiscal_year, association_id, due, on_time, late, missing, returned)
         SELECT * FROM unnest($1::int[], $2::uuid[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[])
         ON CONFLICT (fiscal_year, association_id) DO UPDATE SET due = EXCLUDED.due, on_time = EXCLUDED.on_time,
           late = EXCLUDED.late, missing = EXCLUDED.missing, returned = EXCLUDED.returned`,
        [
          part.map((k) => Number(k.split('|')[0])),
          part.map((k) => k.split('|')[1]),
          t.map((x) => x.due),
          t.map((x) => x.on_time),
          t.map((x) => x.late),
          t.map((x) => x.missing),
          t.map((x) => x.returned),
        ],
      );
    }
  }

  /** Every grant, and for a delivered one the scores of up to OUTCOME_WINDOW periods on each side of delivery. */
  private async refreshGrants(em: EntityManager): Promise<void> {
    const kinds = Object.keys(KIND_TARGET_INDICATORS);
    const window = (side: 'before' | 'after') => `
      LEFT JOIN LATERAL (
        SELECT count(*)::int AS n, avg(x.composite) AS c, avg(x.iv) AS i FROM (
          SELECT s.composite,
                 (SELECT (e->>'value')::numeric FROM jsonb_array_elements(s.indicators) e
                   WHERE e->>'code' = t.code AND jsonb_typeof(e->'value') = 'number' LIMIT 1) AS iv
            FROM kpi_scores_v s
           WHERE s.association_id = g.association_id AND s.composite IS NOT NULL
             AND s.period_start ${side === 'before' ? '<' : '>='} g.delivered_at
           ORDER BY s.period_start ${side === 'before' ? 'DESC' : 'ASC'} LIMIT $3) x
      ) ${side === 'before' ? 'b' : 'af'} ON g.delivered_at IS NOT NULL`;
    await em.query(
      `INSERT INTO roadmap_grants (grant_id, association_id, kind_code, phase, status, fiscal_year, amount_rials, hours, flagged,
                                   delivered_at, n_before, n_after, composite_before, composite_after, indicator_code, indicator_before, indicator_after)
       SELECT g.id, g.association_id, g.kind_code, g.phase, g.status, g.fiscal_year, g.amount_rials, g.hours, g.flagged,
              g.delivered_at, coalesce(b.n, 0), coalesce(af.n, 0), b.c, af.c, t.code, b.i, af.i
         FROM support_grants_v g
         LEFT JOIN unnest($1::text[], $2::text[]) AS t(kind, code) ON t.kind = g.kind_code
         ${window('before')}
         ${window('after')}`,
      [kinds, kinds.map((k) => KIND_TARGET_INDICATORS[k]), OUTCOME_WINDOW],
    );
  }
}
