import {
  DuePeriod,
  formatPeriod,
  Frequency,
  lastDuePeriod,
  parsePeriod,
  periodBounds,
  dueDate,
  previousPeriod,
} from '@tashakkol/kpi';

export const COMPLETENESS_STATES = ['on_time', 'late', 'missing', 'returned'] as const;
export type CompletenessState = (typeof COMPLETENESS_STATES)[number];

/** At most this many past periods of each frequency are judged (three years of months). */
export const COMPLETENESS_MAX_PERIODS = 36;

export interface FiledReport {
  status: string;
  submittedAt: Date | null;
  acceptedAt: Date | null;
}

/**
 * Every period of each reporting frequency whose report was due (end + grace days) by `now` and
 * that had not ended before the association started reporting.
 */
export function duePeriodsSince(
  frequencies: Frequency[],
  reportingSince: Date,
  now: Date,
  graceDays: number,
): (DuePeriod & { start: Date })[] {
  const out: (DuePeriod & { start: Date })[] = [];
  for (const f of frequencies) {
    let p = parsePeriod(lastDuePeriod(f, now, graceDays).period);
    for (let i = 0; i < COMPLETENESS_MAX_PERIODS; i++, p = previousPeriod(p)) {
      const { start, end } = periodBounds(p);
      if (end.getTime() <= reportingSince.getTime()) break;
      out.push({ period: formatPeriod(p), start, end, dueAt: dueDate(p, graceDays) });
    }
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime() || a.period.localeCompare(b.period));
}

/**
 * What the completeness report (as in DHIS2) says of one due period: submitted by the due date,
 * after it, sent back to the board and not yet resubmitted, or missing (nothing or only a draft).
 */
export function completenessState(report: FiledReport | undefined, dueAt: Date): CompletenessState {
  if (!report || report.status === 'draft') return 'missing';
  if (report.status === 'returned') return 'returned';
  const at = report.submittedAt ?? report.acceptedAt;
  return at && at.getTime() > dueAt.getTime() ? 'late' : 'on_time';
}

export interface CompletenessTally {
  due: number;
  onTime: number;
  late: number;
  missing: number;
  returned: number;
  /** (on time + late) ÷ due, in percent with one decimal; null when nothing was due. */
  rate: number | null;
  onTimeRate: number | null;
}

export function completenessTally(counts: {
  due: number;
  onTime: number;
  late: number;
  missing: number;
  returned: number;
}): CompletenessTally {
  const pct = (n: number) => (counts.due ? Math.round((1000 * n) / counts.due) / 10 : null);
  return { ...counts, rate: pct(counts.onTime + counts.late), onTimeRate: pct(counts.onTime) };
}
