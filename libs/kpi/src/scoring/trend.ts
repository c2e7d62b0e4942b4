import { round2 } from './achievement';
import { PeriodComposite, Trend } from './scoring.types';

/** A change smaller than this (in composite points) is "flat". */
export const FLAT_BAND = 0.5;
const SERIES_LENGTH = 6;

export function trendOf(history: PeriodComposite[], current: PeriodComposite | null): Trend {
  const series = [...history, ...(current ? [current] : [])].slice(-SERIES_LENGTH);
  const prev = history.length ? history[history.length - 1] : null;
  if (!prev || !current) {
    return {
      direction: 'new',
      previousPeriod: prev?.period ?? null,
      previous: prev?.composite ?? null,
      delta: null,
      series,
    };
  }
  const delta = round2(current.composite - prev.composite);
  const direction = Math.abs(delta) < FLAT_BAND ? 'flat' : delta > 0 ? 'up' : 'down';
  return { direction, previousPeriod: prev.period, previous: prev.composite, delta, series };
}

/** The composite fell in each of the last two periods (three periods, strictly falling). */
export function isDeclining(history: PeriodComposite[], current: PeriodComposite | null): boolean {
  if (!current || history.length < 2) return false;
  const [a, b] = history.slice(-2).map((h) => h.composite);
  return a - b >= FLAT_BAND && b - current.composite >= FLAT_BAND;
}
