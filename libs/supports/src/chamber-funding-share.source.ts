import { ChamberFundingShareSource } from '@tashakkol/shared';

// The port moved to @tashakkol/shared (kpi provides it); re-exported so existing imports keep working.
export { CHAMBER_FUNDING_SHARE_SOURCE } from '@tashakkol/shared';
export type { ChamberFundingShareSource } from '@tashakkol/shared';

/** Used when no module provides the port (KPI not loaded): no revenue is known. */
export class NoRevenueKnownSource implements ChamberFundingShareSource {
  async revenueRials(): Promise<bigint | null> {
    return null;
  }
}
