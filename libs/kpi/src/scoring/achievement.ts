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

/**
 * To `places` decimals, half away from zero as PostgreSQL's `round(numeric)`, on the decimal the
 * double stands for: 69.995 is 69.99499999999999 as a double, and `Math.round(n * 100) / 100` made
 * it 69.99 (a C instead of the B at 70; the recompute bench caught it against its SQL pass).
 * Fifteen significant digits drop the binary noise and keep every real difference.
 */
export function roundTo(n: number, places: number): number {
  const factor = 10 ** places;
  const scaled = Number((Math.abs(n) * factor).toPrecision(15));
  return (Math.sign(n) * Math.round(scaled)) / factor;
}

export function round2(n: number): number {
  return roundTo(n, 2);
}
