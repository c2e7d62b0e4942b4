export const AXES = ['chamber', 'association', 'members'] as const;
export type Axis = (typeof AXES)[number];

export const CRITERIA = ['governance', 'membership', 'services', 'policy_influence', 'regulation'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const CRITERION_NAMES: Record<Criterion, { fa: string; en: string }> = {
  governance: { fa: 'حکمرانی', en: 'Governance' },
  membership: { fa: 'عضویت', en: 'Membership' },
  services: { fa: 'خدمات', en: 'Services' },
  policy_influence: { fa: 'تاثیرگذاری بر سیاست ها', en: 'Influence on policy' },
  regulation: { fa: 'تنظیم گری', en: 'Regulation' },
};

export type Grade = 'A' | 'B' | 'C' | 'D';

/** The chamber expert's score (0–100) of one criterion for the period: the chamber axis's own voice. */
export interface CriterionAssessment {
  criterion: Criterion;
  score: number;
}

/** What the calculator needs of an indicator of the catalog (numbers already parsed from numeric). */
export interface IndicatorDefinition {
  code: string;
  nameFa: string;
  nameEn: string;
  axis: Axis;
  criterion: Criterion;
  unit: string;
  direction: 'higher' | 'lower';
  kind: 'reported' | 'derived' | 'recorded';
  /** The catalog's reporting frequency (recorded values are added to periods of that length). */
  frequency?: 'monthly' | 'quarterly' | 'yearly';
  formula: string | null;
  defaultWeight: number;
  publicPolicy: boolean;
  publicTarget: number | null;
  capPercent: number | null;
}

/** The target agreed between the chamber and one association's board for one indicator. */
export interface AssociationTarget {
  indicatorCode: string;
  baseline: number | null;
  target: number | null;
  weight: number | null;
}

/** Composite needed for grade A, B and C; below C is D. */
export interface GradeThresholds {
  A: number;
  B: number;
  C: number;
}

export const DEFAULT_GRADE_THRESHOLDS: GradeThresholds = { A: 85, B: 70, C: 50 };
export const DEFAULT_CAP_PERCENT = 120;

export interface PeriodComposite {
  period: string;
  composite: number;
}

export interface CalculatorInput {
  period: string;
  indicators: IndicatorDefinition[];
  targets: AssociationTarget[];
  /** Accepted reported values of this association and period, by indicator code. */
  values: Record<string, number>;
  /** Composites of earlier periods of the same length, oldest first. */
  history: PeriodComposite[];
  thresholds: GradeThresholds;
  /** The chamber expert's assessment of this period, if recorded (feeds the chamber axis). */
  assessment?: CriterionAssessment[];
}

export type IndicatorStatus = 'scored' | 'no_value' | 'no_target';

export interface IndicatorScore {
  code: string;
  nameFa: string;
  nameEn: string;
  axis: Axis;
  criterion: Criterion;
  unit: string;
  direction: 'higher' | 'lower';
  derived: boolean;
  value: number | null;
  baseline: number | null;
  target: number | null;
  weight: number;
  /** Percent of the target reached, direction-aware, between 0 and the indicator's cap. */
  achievement: number | null;
  status: IndicatorStatus;
}

export type TrendDirection = 'up' | 'down' | 'flat' | 'new';

export interface Trend {
  direction: TrendDirection;
  previousPeriod: string | null;
  previous: number | null;
  delta: number | null;
  /** Earlier composites and this one, oldest first. */
  series: PeriodComposite[];
}

export interface ScoreResult {
  period: string;
  composite: number | null;
  grade: Grade | null;
  trend: Trend;
  axes: Record<Axis, number | null>;
  criteria: Record<Criterion, number | null>;
  indicators: IndicatorScore[];
  /** The composite fell in each of the last two periods. */
  declining: boolean;
}
