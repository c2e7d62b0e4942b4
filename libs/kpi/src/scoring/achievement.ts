import { DEFAULT_CAP_PERCENT } from './scoring.types';

/**
 * Percent of the target reached. Higher-is-better: value / target; lower-is-better: target / value.
 * Capped so over-achievement on one indicator cannot hide failure on the others.
 */
export function achievement(
  value: number,
  target: number,
  direction: 'higher' | 'lower',
  capPercent: number | null = DEFAULT_CAP_PERCENT,
): number {
  const cap = capPercent ?? DEFAULT_CAP_PERCENT;
  let pct: number;
  if (direction === 'higher') {
    if (target <= 0) pct = value >= target ? 100 : 0;
    else pct = (value / target) * 100;
  } else if (value <= 0) {
    pct = target >= 0 ? cap : 0;
  } else if (target <= 0) {
    pct = 0;
  } else {
    pct = (target / value) * 100;
  }
  return round2(Math.min(cap, Math.max(0, pct)));
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
