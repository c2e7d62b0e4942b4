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

/** The most recent period of this frequency whose report was due (end + grace) at `now`. */
export function lastDuePeriod(frequency: Frequency, now: Date, graceDays: number): DuePeriod {
  let p = previousPeriod(periodContaining(now, frequency));
  while (dueDate(p, graceDays).getTime() > now.getTime()) p = previousPeriod(p);
  return { period: formatPeriod(p), end: periodBounds(p).end, dueAt: dueDate(p, graceDays) };
}
