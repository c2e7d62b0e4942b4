import {
  dueDate,
  formatPeriod,
  INDICATOR_CATALOG,
  parsePeriod,
  Period,
  periodBounds,
  periodsBetween,
} from '@tashakkol/kpi';
import { DataSource, EntityManager } from 'typeorm';
import { Seed } from './seed';

/** The indicator catalog; an admin's later edits are kept (existing codes are left alone). */
export async function seedIndicatorCatalog(ds: DataSource | EntityManager): Promise<number> {
  let added = 0;
  for (const i of INDICATOR_CATALOG) {
    const rows: unknown[] = await ds.query(
      `INSERT INTO kpi_indicators (code, name_fa, name_en, axis, criterion, unit, direction, kind, formula, frequency,
         default_weight, public_policy, public_target, cap_percent, active, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, true, 1)
       ON CONFLICT (code) DO NOTHING RETURNING code`,
      [
        i.code,
        i.nameFa,
        i.nameEn,
        i.axis,
        i.criterion,
        i.unit,
        i.direction,
        i.kind,
        i.formula,
        i.frequency,
        i.defaultWeight,
        i.publicPolicy,
        i.publicTarget,
        i.capPercent,
      ],
    );
    added += rows.length;
  }
  return added;
}

export type Trend = 'improving' | 'declining' | 'steady';
export const DIR: Record<Trend, number> = { improving: 1, declining: -1, steady: 0.2 };
export const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * The demo associations with reports (phases 5 and 6, oldest first) and what each one's two years
 * look like; the participation seed gives the same associations their members' voice.
 */
export async function demoKpiAssociations(
  ds: DataSource | EntityManager,
): Promise<{ id: string; name_fa: string; trend: Trend; missing: boolean; size: number }[]> {
  const rows: { id: string; name_fa: string }[] = await ds.query(
    `SELECT id, name_fa FROM associations WHERE phase IN ('support_monitoring', 'development') ORDER BY created_at, id`,
  );
  const trends: Trend[] = ['improving', 'declining', 'steady'];
  return rows.map((a, k) => ({
    ...a,
    trend: trends[k % trends.length],
    missing: rows.length >= 2 && k === rows.length - 1,
    size: 40 + ((k * 37) % 160),
  }));
}

/** The Jalali years of demo data: 1403 and 1404. */
export const DEMO_YEARS = ['1403', '1404'];

/** The current members at the end of demo quarter q (0…7): the registry the participation seed writes. */
export function demoMembersAt(size: number, trend: Trend, q: number): number {
  return Math.round(size * (1 + (trend === 'improving' ? 0.04 : trend === 'declining' ? -0.025 : 0.005) * q));
}

/**
 * Believable quarterly values: step q (0…7) of two years, for an association of a given size and
 * trend. Chamber funding, training delivered and report timeliness are not here: the scores read
 * them from the demo grants (supports seed) and the reports' dates; nor are the members count and
 * the member database's records: the participation seed's member registry holds them.
 */
export function demoQuarterValues(size: number, trend: Trend, q: number): Record<string, number> {
  const d = DIR[trend];
  const members = demoMembersAt(size, trend, q);
  const firms = Math.round(size * 1.2);
  const feesDue = members * 12_000_000;
  const feesCollected = Math.round(feesDue * clamp(0.62 + 0.04 * q * d, 0.2, 0.98));
  const revenue = feesCollected + Math.round(size * 9_000_000 * (1 + 0.06 * q * d));
  const proposals = Math.max(0, Math.round(1 + 0.35 * q * d));
  return {
    new_members: Math.max(0, Math.round(size * 0.04 * (1 + 0.1 * q * d))),
    firms_in_trade: firms,
    fees_due: feesDue,
    fees_collected: feesCollected,
    revenue,
    services_launched: Math.max(0, Math.round(1 + 0.25 * q * d)),
    policy_proposals_submitted: proposals,
    policy_proposals_accepted: Math.floor(proposals / 2),
  };
}

/** The yearly values the board declares; satisfaction, assemblies and elections are the participation seed's. */
export function demoYearValues(trend: Trend, y: number): Record<string, number> {
  const d = DIR[trend];
  return {
    self_regulation_rules: Math.max(0, Math.round(1 + y * d)),
    member_complaints_resolved: clamp(72 + 12 * y * d, 0, 100),
  };
}

/** Baselines and targets agreed at the start of 1403 (what the association set out to reach). */
function demoTargets(size: number): Record<string, [number, number]> {
  return {
    members_count: [size, Math.round(size * 1.25)],
    new_members: [Math.round(size * 0.04), Math.round(size * 0.06)],
    member_growth: [3, 5],
    database_coverage: [38, 60],
    fee_collection_rate: [62, 85],
    revenue: [size * 16_000_000, size * 21_000_000],
    services_launched: [1, 2],
    training_hours_per_member: [1.1, 2],
    member_satisfaction: [64, 78],
    policy_proposals_submitted: [1, 3],
    policy_proposals_accepted: [0, 1],
    self_regulation_rules: [1, 2],
    member_complaints_resolved: [72, 90],
  };
}

const QUARTERS = periodsBetween(parsePeriod('1403-Q1'), parsePeriod('1404-Q4'));

async function insertAcceptedReport(
  em: EntityManager,
  associationId: string,
  period: Period,
  values: Record<string, number>,
  late: boolean,
): Promise<boolean> {
  const { start, end } = periodBounds(period);
  const due = dueDate(period);
  const submitted = new Date(due.getTime() + (late ? 10 : -5) * 86_400_000);
  const accepted = new Date(submitted.getTime() + 3 * 86_400_000);
  const rows: { id: string }[] = await em.query(
    `INSERT INTO kpi_reports (association_id, period, period_start, period_end, status, revision, submitted_at,
       first_submitted_at, accepted_at, review_comment, created_at, updated_at, version)
     VALUES ($1, $2, $3, $4, 'accepted', 1, $5, $5, $6, 'تایید شد (داده نمایشی)', $5, $6, 3)
     ON CONFLICT (association_id, period) DO NOTHING RETURNING id`,
    [associationId, formatPeriod(period), start, end, submitted, accepted],
  );
  if (rows.length === 0) return false;
  const id = rows[0].id;
  for (const [code, value] of Object.entries(values)) {
    await em.query(`INSERT INTO kpi_report_values (report_id, indicator_code, value) VALUES ($1, $2, $3)`, [
      id,
      code,
      String(value),
    ]);
  }
  // Each seeded acceptance is queued like a real one, so the worker scores the demo when it starts.
  await em.query(`INSERT INTO kpi_outbox (association_id, period, revision) VALUES ($1, $2, 1)`, [
    associationId,
    formatPeriod(period),
  ]);
  return true;
}

/**
 * The catalog, then two Jalali years (1403–1404) of accepted reports and agreed targets for the
 * demo associations in phases 5 and 6: the trends cycle improving / declining / steady, and the
 * last of them (when there are two or more) stops reporting in the second half of 1404.
 */
export const kpiSeed: Seed = {
  name: 'kpi',
  async run({ ds, log }) {
    const added = await seedIndicatorCatalog(ds);
    log(`indicator catalog: ${added} added, ${INDICATOR_CATALOG.length - added} already there`);
    const associations = await demoKpiAssociations(ds);
    if (associations.length === 0) {
      log('no association in support_monitoring or development: no demo reports');
      return;
    }
    let reports = 0;
    for (const a of associations) {
      const { trend, missing, size } = a;
      await ds.transaction(async (em) => {
        for (const [code, [baseline, target]] of Object.entries(demoTargets(size))) {
          await em.query(
            `INSERT INTO kpi_targets (association_id, indicator_code, baseline, target, agreed_at, version)
             VALUES ($1, $2, $3, $4, $5, 1) ON CONFLICT (association_id, indicator_code) DO NOTHING`,
            [a.id, code, String(baseline), String(target), periodBounds(parsePeriod('1403')).start],
          );
        }
        for (const [q, period] of QUARTERS.entries()) {
          if (missing && q >= 6) continue;
          if (
            await insertAcceptedReport(
              em,
              a.id,
              period,
              demoQuarterValues(size, trend, q),
              trend === 'declining' && q >= 4,
            )
          )
            reports++;
        }
        for (const [y, year] of DEMO_YEARS.entries()) {
          if (missing && y === 1) continue;
          if (await insertAcceptedReport(em, a.id, parsePeriod(year), demoYearValues(trend, y), false))
            reports++;
        }
      });
      log(`${a.name_fa}: ${trend}${missing ? ', stops reporting after 1404-Q2' : ''}`);
    }
    log(`${reports} accepted reports added (1403–1404) for ${associations.length} associations`);
  },
};
