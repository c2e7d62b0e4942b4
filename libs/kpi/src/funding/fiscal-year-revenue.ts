import { PeriodKind } from '../domain/periods';

/** The indicator whose accepted values are the association's revenue (Rials). */
export const REVENUE_INDICATOR = 'revenue';

export interface RevenueByPeriodKind {
  kind: PeriodKind;
  /** The sum of the accepted values of that kind of period in the year, as PostgreSQL printed it. */
  total: string;
}

/**
 * A fiscal year's revenue from the accepted reports: the yearly report when there is one, else
 * the sum of the quarters, else of the months. Never a mix, so a catalog that changed the
 * indicator's frequency mid-year does not count the same money twice. Null when nothing is reported.
 */
export function fiscalYearRevenue(rows: RevenueByPeriodKind[]): bigint | null {
  for (const kind of ['yearly', 'quarterly', 'monthly'] as const) {
    const row = rows.find((r) => r.kind === kind);
    if (row) return BigInt(row.total.split('.')[0]);
  }
  return null;
}
