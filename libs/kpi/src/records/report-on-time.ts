import {
  dueDate,
  formatPeriod,
  parsePeriod,
  Period,
  PeriodKind,
  periodBounds,
  periodsWithin,
} from '../domain/periods';

/** When a report of a period was first submitted (null while never submitted). */
export interface ReportSubmission {
  period: string;
  firstSubmittedAt: Date | null;
}

export interface OnTimeInput {
  /** The period being scored (`1405`: every report due within the year). */
  scored: Period;
  /** Every report of the association, whatever its status. */
  submissions: ReportSubmission[];
  /** The frequencies the catalog asks reports for (those of active reported indicators). */
  frequencies: PeriodKind[];
  asOf: Date;
  graceDays: number;
}

/**
 * `report_on_time_rate`: of the reports the association owed within the scored period, the percent
 * first submitted by their due date (`dueDate`, the one rule of kpi). A report counts as owed once it
 * was submitted or its due date has passed; periods before the association's first report are not
 * owed (its reporting had not begun). Null when nothing was owed yet.
 */
export function reportOnTimeRate(input: OnTimeInput): number | null {
  const byPeriod = new Map(input.submissions.map((s) => [s.period, s.firstSubmittedAt]));
  const starts = input.submissions.map((s) => periodBounds(parsePeriod(s.period)).start.getTime());
  if (starts.length === 0) return null;
  const reportingBegan = Math.min(...starts);
  let owed = 0;
  let onTime = 0;
  for (const kind of input.frequencies) {
    for (const p of periodsWithin(input.scored, kind)) {
      if (periodBounds(p).start.getTime() < reportingBegan) continue;
      const due = dueDate(p, input.graceDays);
      const submitted = byPeriod.get(formatPeriod(p)) ?? null;
      if (submitted === null) {
        if (due.getTime() < input.asOf.getTime()) owed++;
        continue;
      }
      owed++;
      if (submitted.getTime() <= due.getTime()) onTime++;
    }
  }
  return owed === 0 ? null : Math.round((onTime / owed) * 10000) / 100;
}
