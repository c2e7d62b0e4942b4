import { toGregorian, toJalaali } from 'jalaali-js';

const TEHRAN_OFFSET_MS = 3.5 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

export type Frequency = 'monthly' | 'quarterly' | 'yearly';

export interface DuePeriod {
  period: string;
  end: Date;
  dueAt: Date;
}

/** The UTC instant of Tehran's midnight starting Jalali day (jy, jm, 1). */
function monthStart(jy: number, jm: number): Date {
  const y = jm > 12 ? jy + 1 : jy;
  const m = jm > 12 ? jm - 12 : jm;
  const g = toGregorian(y, m, 1);
  return new Date(Date.UTC(g.gy, g.gm - 1, g.gd) - TEHRAN_OFFSET_MS);
}

/** The most recent period of this frequency whose report was due (end + grace) at `now`. */
export function lastDuePeriod(frequency: Frequency, now: Date, graceDays: number): DuePeriod {
  const local = new Date(now.getTime() + TEHRAN_OFFSET_MS);
  const j = toJalaali(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
  // Walk back from the current period until one is past its due date.
  let step = 0;
  for (;;) {
    step++;
    const p = periodBack(frequency, j.jy, j.jm, step);
    const dueAt = new Date(p.end.getTime() + graceDays * DAY_MS);
    if (dueAt.getTime() <= now.getTime()) return { ...p, dueAt };
  }
}

function periodBack(frequency: Frequency, jy: number, jm: number, back: number): { period: string; end: Date } {
  if (frequency === 'yearly') {
    const y = jy - back;
    return { period: String(y), end: monthStart(y + 1, 1) };
  }
  if (frequency === 'quarterly') {
    const index = jy * 4 + Math.floor((jm - 1) / 3) - back;
    const y = Math.floor(index / 4);
    const q = (index % 4) + 1;
    return { period: `${y}-Q${q}`, end: monthStart(y, q * 3 + 1) };
  }
  const index = jy * 12 + (jm - 1) - back;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { period: `${y}-${String(m).padStart(2, '0')}`, end: monthStart(y, m + 1) };
}
