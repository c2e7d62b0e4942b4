import { EntityManager } from 'typeorm';

/**
 * Where the association's reported revenue comes from for the financial-independence precaution.
 * KPI provides it once revenue is reported; until then the grants alone are compared with a Rials threshold.
 */
export interface ChamberFundingShareSource {
  /** The association's revenue in Rials for the fiscal (Jalali) year, or null when none is reported. */
  revenueRials(em: EntityManager, associationId: string, fiscalYear: number): Promise<bigint | null>;
}

export const CHAMBER_FUNDING_SHARE_SOURCE = Symbol('CHAMBER_FUNDING_SHARE_SOURCE');

/** Until KPI lands: no revenue is known. */
export class NoRevenueKnownSource implements ChamberFundingShareSource {
  async revenueRials(): Promise<bigint | null> {
    return null;
  }
}
