import { dueDate, parsePeriod } from '../domain/periods';
import { reportOnTimeRate } from './report-on-time';

const DAY = 86_400_000;
const due = (p: string) => dueDate(parsePeriod(p), 15);
const at = (p: string, days: number) => new Date(due(p).getTime() + days * DAY);

describe('report_on_time_rate from the reports’ own due and submission dates', () => {
  const base = {
    scored: parsePeriod('1404'),
    frequencies: ['quarterly', 'yearly'] as const,
    graceDays: 15,
  };

  it('counts the quarters and the yearly report owed in the year, each judged by its first submission', () => {
    const submissions = [
      { period: '1404-Q1', firstSubmittedAt: at('1404-Q1', -3) },
      { period: '1404-Q2', firstSubmittedAt: at('1404-Q2', 4) }, // late
      { period: '1404-Q3', firstSubmittedAt: at('1404-Q3', 0) }, // on the due day itself
      { period: '1404-Q4', firstSubmittedAt: at('1404-Q4', -1) },
      { period: '1404', firstSubmittedAt: at('1404', -1) },
    ];
    expect(
      reportOnTimeRate({ ...base, frequencies: [...base.frequencies], submissions, asOf: at('1404', 30) }),
    ).toBe(80);
  });

  it('counts a report never submitted as late once its due date has passed, not before', () => {
    const submissions = [
      { period: '1404-Q1', firstSubmittedAt: at('1404-Q1', -3) },
      { period: '1404-Q2', firstSubmittedAt: null },
    ];
    const frequencies = ['quarterly' as const];
    // At Q3's due date + 1: Q1 on time, Q2 and Q3 owed and missing; Q4 not due yet.
    expect(reportOnTimeRate({ ...base, frequencies, submissions, asOf: at('1404-Q3', 1) })).toBe(33.33);
    // Before Q2 was due only Q1 was owed.
    expect(reportOnTimeRate({ ...base, frequencies, submissions, asOf: at('1404-Q2', -1) })).toBe(100);
  });

  it('owes nothing for periods before the association’s first report, and is empty without reports', () => {
    const submissions = [{ period: '1404-Q3', firstSubmittedAt: at('1404-Q3', -2) }];
    expect(
      reportOnTimeRate({ ...base, frequencies: ['quarterly'], submissions, asOf: at('1404-Q3', 1) }),
    ).toBe(100);
    expect(
      reportOnTimeRate({ ...base, frequencies: ['quarterly'], submissions: [], asOf: new Date() }),
    ).toBeNull();
  });
});
