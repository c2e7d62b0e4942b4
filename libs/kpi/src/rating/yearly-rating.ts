import { parsePeriod } from '../domain/periods';
import { round2 } from '../scoring/achievement';
import { gradeOf } from '../scoring/grades';
import { AXES, Axis, CRITERIA, Criterion, Grade, GradeThresholds } from '../scoring/scoring.types';

/** What the rating needs of one period's score: each scored indicator's achievement and weight. */
export interface RatedIndicator {
  code: string;
  axis: Axis;
  criterion: Criterion;
  weight: number;
  achievement: number | null;
}

export interface PeriodScoreOfYear {
  period: string;
  indicators: RatedIndicator[];
}

export interface YearlyIndicator {
  code: string;
  axis: Axis;
  criterion: Criterion;
  weight: number;
  /** Mean achievement over the periods of the year it was scored in. */
  achievement: number;
  periods: number;
}

export interface YearlyRatingResult {
  year: number;
  composite: number | null;
  criteria: Record<Criterion, number | null>;
  axes: Record<Axis, number | null>;
  indicators: YearlyIndicator[];
  /** The periods of the year that went in (only accepted reports are scored: declared and verified). */
  periods: string[];
  coverage: { quarters: number; months: number; yearly: boolean };
}

/**
 * The one yearly rating (رتبه سالانه), in the national chamber's manner: every scored period of the
 * Jalali year counts. Each indicator's achievement is averaged over the periods it was scored in
 * (so a quarterly indicator counts once, not four times, beside a yearly one); the five criteria,
 * the three axes and the composite are the weighted means of those. Plain code.
 */
export function rateYear(year: number, periods: PeriodScoreOfYear[]): YearlyRatingResult {
  const ofYear = periods.filter((p) => parsePeriod(p.period).year === year);
  const byCode = new Map<string, { ind: RatedIndicator; sum: number; n: number }>();
  for (const p of ofYear) {
    for (const ind of p.indicators) {
      if (ind.achievement === null) continue;
      const acc = byCode.get(ind.code) ?? { ind, sum: 0, n: 0 };
      acc.sum += ind.achievement;
      acc.n += 1;
      // The latest period's weight is the one agreed now.
      acc.ind = ind;
      byCode.set(ind.code, acc);
    }
  }
  const indicators: YearlyIndicator[] = [...byCode.values()]
    .map(({ ind, sum, n }) => ({
      code: ind.code,
      axis: ind.axis,
      criterion: ind.criterion,
      weight: ind.weight,
      achievement: round2(sum / n),
      periods: n,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const kinds = ofYear.map((p) => parsePeriod(p.period).kind);
  return {
    year,
    composite: capped(weightedMean(indicators)),
    criteria: by(indicators, CRITERIA, (i) => i.criterion),
    axes: by(indicators, AXES, (i) => i.axis),
    indicators,
    periods: ofYear.map((p) => p.period).sort(),
    coverage: {
      quarters: kinds.filter((k) => k === 'quarterly').length,
      months: kinds.filter((k) => k === 'monthly').length,
      yearly: kinds.includes('yearly'),
    },
  };
}

/** The rating's grade against the thresholds the admin sets for the rating. */
export function ratingGrade(composite: number | null, thresholds: GradeThresholds): Grade | null {
  return composite === null ? null : gradeOf(composite, thresholds);
}

function weightedMean(items: YearlyIndicator[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const i of items) {
    if (i.weight <= 0) continue;
    sum += i.achievement * i.weight;
    weights += i.weight;
  }
  return weights === 0 ? null : sum / weights;
}

function capped(n: number | null): number | null {
  return n === null ? null : round2(Math.min(100, n));
}

function by<K extends string>(
  items: YearlyIndicator[],
  keys: readonly K[],
  keyOf: (i: YearlyIndicator) => K,
): Record<K, number | null> {
  const out = {} as Record<K, number | null>;
  for (const k of keys) out[k] = capped(weightedMean(items.filter((i) => keyOf(i) === k)));
  return out;
}
