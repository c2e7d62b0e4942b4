import { Injectable } from '@nestjs/common';
import { ChamberFundingShareSource } from '@tashakkol/shared';
import { EntityManager } from 'typeorm';
import { fiscalYearRevenue, REVENUE_INDICATOR, RevenueByPeriodKind } from './fiscal-year-revenue';

/**
 * The supports' financial-independence precaution reads the association's revenue from here:
 * the accepted reports' `revenue` values of the Jalali fiscal year. Runs in the caller's
 * transaction (the grant approval), so it sees what that transaction sees.
 */
@Injectable()
export class ReportedRevenueSource implements ChamberFundingShareSource {
  async revenueRials(em: EntityManager, associationId: string, fiscalYear: number): Promise<bigint | null> {
    const rows: RevenueByPeriodKind[] = await em.query(
      `SELECT CASE WHEN r.period NOT LIKE '%-%' THEN 'yearly' WHEN r.period LIKE '%-Q%' THEN 'quarterly' ELSE 'monthly' END AS kind,
              floor(sum(v.value))::text AS total
         FROM kpi_reports r
         JOIN kpi_report_values v ON v.report_id = r.id AND v.indicator_code = $3
        WHERE r.association_id = $1 AND r.status = 'accepted' AND split_part(r.period, '-', 1) = $2
        GROUP BY 1`,
      [associationId, String(fiscalYear), REVENUE_INDICATOR],
    );
    return fiscalYearRevenue(rows);
  }
}
