import type { EntityManager } from 'typeorm';

/**
 * Where the association's reported revenue comes from for the supports' financial-independence
 * precaution. Supports declares the need, kpi provides it; the port lives here because neither of
 * the two libraries may import the other.
 */
export interface ChamberFundingShareSource {
  /** The association's revenue in Rials for the fiscal (Jalali) year, or null when none is reported. */
  revenueRials(em: EntityManager, associationId: string, fiscalYear: number): Promise<bigint | null>;
}

export const CHAMBER_FUNDING_SHARE_SOURCE = Symbol('CHAMBER_FUNDING_SHARE_SOURCE');
