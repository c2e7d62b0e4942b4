import { achievement, round2, roundTo } from './achievement';
import { computeDerivedValues, formulaReferences } from '../domain/formula';
import { gradeOf } from './grades';
import {
  AXES,
  Axis,
  CalculatorInput,
  CRITERIA,
  CRITERION_NAMES,
  Criterion,
  CriterionAssessment,
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
    for (const a of input.assessment ?? []) scored.push(assessmentScore(a));

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

/** Each assessed criterion weighs like one indicator of the chamber axis. */
export const CHAMBER_ASSESSMENT_WEIGHT = 1;
export const ASSESSMENT_CODE_PREFIX = 'chamber_assessment.';

export function assessmentCode(criterion: Criterion): string {
  return `${ASSESSMENT_CODE_PREFIX}${criterion}`;
}

export function assessmentLabel(criterion: Criterion): { fa: string; en: string } {
  return {
    fa: `ارزیابی کارشناس اتاق: ${CRITERION_NAMES[criterion].fa}`,
    en: `Chamber expert's assessment: ${CRITERION_NAMES[criterion].en}`,
  };
}

/** The label of a score entry that is a chamber assessment (`chamber_assessment.governance`), else undefined. */
export function assessmentLabelOf(code: string): { fa: string; en: string } | undefined {
  if (!code.startsWith(ASSESSMENT_CODE_PREFIX)) return undefined;
  const criterion = code.slice(ASSESSMENT_CODE_PREFIX.length) as Criterion;
  return CRITERION_NAMES[criterion] ? assessmentLabel(criterion) : undefined;
}

/** The expert's score is already an achievement (0–100 of what the chamber expects). */
function assessmentScore(a: CriterionAssessment): IndicatorScore {
  const score = Math.max(0, Math.min(100, a.score));
  return {
    code: assessmentCode(a.criterion),
    nameFa: assessmentLabel(a.criterion).fa,
    nameEn: assessmentLabel(a.criterion).en,
    axis: 'chamber',
    criterion: a.criterion,
    unit: 'score',
    direction: 'higher',
    derived: false,
    value: score,
    baseline: null,
    target: 100,
    weight: CHAMBER_ASSESSMENT_WEIGHT,
    achievement: round2(score),
    status: 'scored',
  };
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
  return roundTo(n, 4);
}
