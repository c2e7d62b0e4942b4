export type PeriodKind = 'month' | 'quarter' | 'year';

/** `1405-07` month, `1405-Q2` quarter, `1405` year: trends compare periods of the same kind only. */
export function periodKind(period: string): PeriodKind {
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'quarter';
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  return 'year';
}
