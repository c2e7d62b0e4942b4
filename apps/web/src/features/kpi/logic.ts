// The KPI screens' own logic, kept pure so Vitest covers it: which periods a board may open, which
// indicators it reports, how typed figures become the API's decimals, and the trend's series.
import { formatPeriod, TEHRAN, toLatinDigits, toPersianDigits } from '../../lib/format';

export type Frequency = 'monthly' | 'quarterly' | 'yearly';

/** `1405-07` monthly, `1405-Q2` quarterly, `1405` yearly (the API's period keys). */
export function frequencyOf(period: string): Frequency | null {
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'quarterly';
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) return 'monthly';
  if (/^\d{4}$/.test(period)) return 'yearly';
  return null;
}

const jalaliParts = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', {
  timeZone: TEHRAN,
  year: 'numeric',
  month: 'numeric',
});

/** The Jalali year and month of an instant, in Tehran. */
export function jalaliYearMonth(now: Date): { year: number; month: number } {
  const parts = jalaliParts.formatToParts(now);
  const year = Number.parseInt(parts.find((p) => p.type === 'year')?.value ?? '', 10);
  const month = Number.parseInt(parts.find((p) => p.type === 'month')?.value ?? '', 10);
  return { year, month };
}

/**
 * Periods a board may draft a report for: the current quarter and the four before it, and last
 * year (a period must have started), newest first, without those it already has a report for.
 */
export function openPeriods(now: Date, existing: readonly string[]): string[] {
  const { year, month } = jalaliYearMonth(now);
  const have = new Set(existing);
  const out: string[] = [];
  let y = year;
  let q = Math.ceil(month / 3);
  for (let i = 0; i < 5; i++) {
    out.push(`${y}-Q${q}`);
    q -= 1;
    if (q === 0) {
      q = 4;
      y -= 1;
    }
  }
  out.push(String(year - 1));
  return out.filter((p) => !have.has(p));
}

export interface IndicatorLike {
  code: string;
  kind: 'reported' | 'derived' | 'recorded';
  frequency: Frequency;
  active: boolean;
  unit: string;
  nameFa: string;
  axis: string;
}

/** The indicators a board fills in for a period: reported by it, active, of the period's frequency. */
export function reportedIndicators<T extends IndicatorLike>(indicators: readonly T[], period: string): T[] {
  const frequency = frequencyOf(period);
  return indicators.filter((i) => i.active && i.kind === 'reported' && i.frequency === frequency);
}

export type ParsedValue =
  { ok: true; value: string | null } | { ok: false; problem: 'nan' | 'negative' | 'percent' };

/**
 * A figure typed by the board (Persian or Latin digits, `٫` or `.`, thousands separators) as the
 * API's decimal string; empty is null (no value). Only a hint: the API's validation decides.
 */
export function parseValue(text: string, unit: string): ParsedValue {
  const latin = toLatinDigits(text).replace(/\s/g, '');
  if (latin === '') return { ok: true, value: null };
  if (!/^-?\d{1,20}(\.\d{1,6})?$/.test(latin)) return { ok: false, problem: 'nan' };
  if (latin.startsWith('-')) return { ok: false, problem: 'negative' };
  if (unit === 'percent' && Number(latin) > 100) return { ok: false, problem: 'percent' };
  // Normalise without going through a Number: Rials outgrow 2^53.
  const [int, frac] = latin.split('.');
  const value = `${int.replace(/^0+(?=\d)/, '')}${frac ? `.${frac}` : ''}`;
  return { ok: true, value };
}

/** `values[2].value` (the API's field of a refused value) → the code sent at that index. */
export function codeOfValueField(field: string | undefined, sent: readonly string[]): string | null {
  const m = /^values\[(\d+)\]/.exec(field ?? '');
  if (!m) return null;
  return sent[Number(m[1])] ?? null;
}

const EVIDENCE_TYPES: Record<string, string[]> = {
  pdf: ['application/pdf'],
  png: ['image/png'],
  jpg: ['image/jpeg'],
  jpeg: ['image/jpeg'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
};
export const EVIDENCE_ACCEPT = [
  ...Object.keys(EVIDENCE_TYPES).map((e) => `.${e}`),
  ...new Set(Object.values(EVIDENCE_TYPES).flat()),
].join(',');
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/** The browser's first look at a chosen file; the API judges its structure. */
export function evidenceProblem(file: { name: string; size: number }): 'type' | 'size' | null {
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (!(ext in EVIDENCE_TYPES)) return 'type';
  if (file.size > EVIDENCE_MAX_BYTES) return 'size';
  return null;
}

export interface TrendPoint {
  period: string;
  composite: number | null;
  grade: string | null;
  axes: { chamber: number | null; association: number | null; members: number | null };
}

export const AXES = ['chamber', 'association', 'members'] as const;
export type Axis = (typeof AXES)[number];

/** Quarterly progress only, oldest first: the trend a board follows from one quarter to the next. */
export function trendSeries(points: readonly TrendPoint[]): {
  labels: string[];
  composite: (number | null)[];
  axes: Record<Axis, (number | null)[]>;
} {
  const rows = points
    .filter((p) => frequencyOf(p.period) === 'quarterly')
    .slice()
    .sort((a, b) => a.period.localeCompare(b.period));
  const round = (v: number | null | undefined) =>
    v === null || v === undefined ? null : Math.round(v * 10) / 10;
  return {
    labels: rows.map((r) => formatPeriod(r.period)),
    composite: rows.map((r) => round(r.composite)),
    axes: {
      chamber: rows.map((r) => round(r.axes?.chamber)),
      association: rows.map((r) => round(r.axes?.association)),
      members: rows.map((r) => round(r.axes?.members)),
    },
  };
}

/** A figure of the API (`"6.0000"`, `"2500000000"`) as it is typed back into a field, in Persian digits. */
export function figureForInput(value: string | null): string {
  if (value === null) return '';
  const [int, frac] = value.split('.');
  const trimmed = frac?.replace(/0+$/, '');
  return toPersianDigits(trimmed ? `${int}.${trimmed}` : int).replace('.', '٫');
}

export interface TargetDraft {
  baseline: string;
  target: string;
  /** The association's own weight; empty restores the catalog's default; absent keeps it. */
  weight?: string;
}

export interface TargetLike {
  indicatorCode: string;
  unit: string;
  publicPolicy: boolean;
  baseline: string | null;
  target: string | null;
  weightOverride: string | null;
  version: number | null;
}

export type TargetProblem = {
  field: 'baseline' | 'target' | 'weight';
  problem: 'nan' | 'negative' | 'percent' | 'required';
};

export interface TargetChange {
  indicatorCode: string;
  baseline: number;
  target?: number;
  weight?: number | null;
  version?: number;
}

/**
 * The rows a staff member changed, as the body of `PUT …/targets` (with each row's `version`), and
 * the problems of the typed figures by indicator. A row left empty is not sent; a public-policy
 * indicator takes only a baseline (its common target applies).
 */
export function targetChanges(
  rows: readonly TargetLike[],
  drafts: Readonly<Record<string, TargetDraft>>,
): {
  inputs: TargetChange[];
  problems: Record<string, TargetProblem>;
} {
  const inputs: TargetChange[] = [];
  const problems: Record<string, TargetProblem> = {};
  for (const row of rows) {
    const draft = drafts[row.indicatorCode];
    if (!draft) continue;
    const baseline = parseValue(draft.baseline, row.unit);
    const target = row.publicPolicy
      ? ({ ok: true, value: null } as const)
      : parseValue(draft.target, row.unit);
    if (!baseline.ok) {
      problems[row.indicatorCode] = { field: 'baseline', problem: baseline.problem };
      continue;
    }
    if (!target.ok) {
      problems[row.indicatorCode] = { field: 'target', problem: target.problem };
      continue;
    }
    // A weight is a share of the score, not a figure of the unit: 0–100 whatever the indicator measures.
    const weight = parseValue(draft.weight ?? figureForInput(row.weightOverride), 'percent');
    if (!weight.ok) {
      problems[row.indicatorCode] = { field: 'weight', problem: weight.problem };
      continue;
    }
    const weightSame = sameFigure(weight.value, row.weightOverride);
    const same =
      sameFigure(baseline.value, row.baseline) &&
      (row.publicPolicy || sameFigure(target.value, row.target)) &&
      weightSame;
    if (same) continue;
    if (baseline.value === null && (row.publicPolicy || target.value === null)) continue;
    if (baseline.value === null) {
      problems[row.indicatorCode] = { field: 'baseline', problem: 'required' };
      continue;
    }
    if (!row.publicPolicy && target.value === null) {
      problems[row.indicatorCode] = { field: 'target', problem: 'required' };
      continue;
    }
    inputs.push({
      indicatorCode: row.indicatorCode,
      baseline: Number(baseline.value),
      ...(row.publicPolicy ? {} : { target: Number(target.value) }),
      ...(weightSame ? {} : { weight: weight.value === null ? null : Number(weight.value) }),
      ...(row.version !== null ? { version: row.version } : {}),
    });
  }
  return { inputs, problems };
}

function sameFigure(typed: string | null, stored: string | null): boolean {
  if (typed === null || stored === null) return typed === stored;
  return Number(typed) === Number(stored);
}

/** `targets.3.target` (the API's field of a refused target) → the indicator sent at that index. */
export function codeOfTargetField(field: string | undefined, sent: readonly string[]): string | null {
  const m = /^targets\.(\d+)/.exec(field ?? '');
  if (!m) return null;
  return sent[Number(m[1])] ?? null;
}

/** The national chamber's five criteria the chamber expert assesses (the API's `criterion`). */
export const CRITERIA = ['governance', 'membership', 'services', 'policy_influence', 'regulation'] as const;
export type CriterionCode = (typeof CRITERIA)[number];

export interface CriterionDraft {
  score: string;
  comment: string;
}

/**
 * The criteria an expert filled in, as the body of `PUT …/chamber-assessments/:period` in catalog
 * order, and what is wrong with the others: a criterion left blank is not sent; a score needs a
 * comment and a comment a score of 0 to 100.
 */
export function assessmentChanges(drafts: Readonly<Record<string, CriterionDraft>>): {
  criteria: { criterion: CriterionCode; score: number; comment: string }[];
  problems: Record<string, { field: 'score' | 'comment' }>;
} {
  const criteria: { criterion: CriterionCode; score: number; comment: string }[] = [];
  const problems: Record<string, { field: 'score' | 'comment' }> = {};
  for (const code of CRITERIA) {
    const d = drafts[code];
    if (!d) continue;
    const comment = d.comment.trim();
    const score = parseValue(d.score, 'percent');
    if (score.ok && score.value === null && comment === '') continue;
    if (!score.ok || score.value === null || !/^\d+(\.\d{1,2})?$/.test(score.value)) {
      problems[code] = { field: 'score' };
      continue;
    }
    if (comment === '') {
      problems[code] = { field: 'comment' };
      continue;
    }
    criteria.push({ criterion: code, score: Number(score.value), comment });
  }
  return { criteria, problems };
}
