import {
  dueDate,
  formatPeriod,
  periodBounds,
  periodContaining,
  PeriodKind,
  previousPeriod,
} from '../domain/periods';

export type Frequency = PeriodKind;

export interface DuePeriod {
  period: string;
  end: Date;
  dueAt: Date;
}

/** Reports due within this many days get a reminder to the board. */
export const REMINDER_DAYS = 7;

/** The next period of this frequency whose report falls due after `now` (end + grace). */
export function nextDuePeriod(frequency: Frequency, now: Date, graceDays: number): DuePeriod {
  let p = periodContaining(now, frequency);
  while (dueDate(previousPeriod(p), graceDays).getTime() > now.getTime()) p = previousPeriod(p);
  return { period: formatPeriod(p), end: periodBounds(p).end, dueAt: dueDate(p, graceDays) };
}

/** Whether a report due at `dueAt` is close enough to remind its board. */
export function isDueSoon(dueAt: Date, now: Date, days = REMINDER_DAYS): boolean {
  const left = dueAt.getTime() - now.getTime();
  return left > 0 && left <= days * 24 * 3600 * 1000;
}

/** The most recent period of this frequency whose report was due (end + grace) at `now`. */
export function lastDuePeriod(frequency: Frequency, now: Date, graceDays: number): DuePeriod {
  let p = previousPeriod(periodContaining(now, frequency));
  while (dueDate(p, graceDays).getTime() > now.getTime()) p = previousPeriod(p);
  return { period: formatPeriod(p), end: periodBounds(p).end, dueAt: dueDate(p, graceDays) };
}
