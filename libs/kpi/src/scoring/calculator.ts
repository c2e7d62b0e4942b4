import { achievement, round2 } from './achievement';
import { computeDerivedValues, formulaReferences } from '../domain/formula';
import { gradeOf } from './grades';
import {
  AXES,
  Axis,
  CalculatorInput,
  CRITERIA,
  Criterion,
  IndicatorDefinition,
  IndicatorScore,
  ScoreResult,
} from './scoring.types';
import { isDeclining, trendOf } from './trend';

/**
 * Scores one association for one period: derived values, each indicator's achievement against
 * the association's own target (public-policy indicators against the common target), weighted
 * axis, criterion and composite scores, the grade, and the trend against earlier periods.
 * Plain code: no Nest, no database.
 */
export class KpiCalculator {
  score(input: CalculatorInput): ScoreResult {
    const indicators = input.indicators;
    const derived = indicators
      .filter((i) => i.kind === 'derived' && i.formula)
      .map((i) => ({ code: i.code, formula: i.formula as string }));
    const values = computeDerivedValues(derived, input.values);
    const targets = new Map(input.targets.map((t) => [t.indicatorCode, t]));

    const scored: IndicatorScore[] = [];
    for (const ind of indicators) {
      const value = values[ind.code] ?? null;
      // An indicator this period's report does not carry (another frequency) is simply not part of it;
      // nor is a derived one none of whose inputs it carries.
      if (value === null && ind.kind === 'reported' && !(ind.code in input.values)) continue;
      if (
        value === null &&
        ind.kind === 'derived' &&
        !formulaReferences(ind.formula as string).some((c) => values[c] != null)
      )
        continue;
      scored.push(this.scoreIndicator(ind, value, targets.get(ind.code)));
    }

    const axes = weightedBy(scored, AXES, (s) => s.axis);
    const criteria = weightedBy(scored, CRITERIA, (s) => s.criterion);
    const overall = weightedMean(scored);
    const composite = overall === null ? null : round2(Math.min(100, overall));
    const current = composite === null ? null : { period: input.period, composite };
    return {
      period: input.period,
      composite,
      grade: composite === null ? null : gradeOf(composite, input.thresholds),
      trend: trendOf(input.history, current),
      axes,
      criteria,
      indicators: scored,
      declining: isDeclining(input.history, current),
    };
  }

  private scoreIndicator(
    ind: IndicatorDefinition,
    value: number | null,
    own: CalculatorInput['targets'][number] | undefined,
  ): IndicatorScore {
    // Public-policy indicators share one target for all associations (culture-centric otherwise).
    const target = ind.publicPolicy && ind.publicTarget !== null ? ind.publicTarget : (own?.target ?? null);
    const weight = own?.weight ?? ind.defaultWeight;
    const base = {
      code: ind.code,
      nameFa: ind.nameFa,
      nameEn: ind.nameEn,
      axis: ind.axis,
      criterion: ind.criterion,
      unit: ind.unit,
      direction: ind.direction,
      derived: ind.kind === 'derived',
      value: value === null ? null : round4(value),
      baseline: own?.baseline ?? null,
      target,
      weight,
    };
    if (value === null) return { ...base, achievement: null, status: 'no_value' };
    if (target === null) return { ...base, achievement: null, status: 'no_target' };
    return {
      ...base,
      achievement: achievement(value, target, ind.direction, ind.capPercent),
      status: 'scored',
    };
  }
}

function weightedMean(items: IndicatorScore[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const s of items) {
    if (s.achievement === null || s.weight <= 0) continue;
    sum += s.achievement * s.weight;
    weights += s.weight;
  }
  return weights === 0 ? null : sum / weights;
}

function weightedBy<K extends Axis | Criterion>(
  items: IndicatorScore[],
  keys: readonly K[],
  keyOf: (s: IndicatorScore) => K,
): Record<K, number | null> {
  const out = {} as Record<K, number | null>;
  for (const k of keys) {
    const mean = weightedMean(items.filter((s) => keyOf(s) === k));
    out[k] = mean === null ? null : round2(Math.min(100, mean));
  }
  return out;
}

function round4(n: number): number {
  return Math.round(n * 10000) / 10000;
}
