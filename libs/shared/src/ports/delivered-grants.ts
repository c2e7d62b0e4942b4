import type { EntityManager } from 'typeorm';

/** A half-open UTC interval [start, end) of one reporting period, named by its Jalali key (`1405-Q2`). */
export interface LedgerPeriod {
  period: string;
  start: Date;
  end: Date;
}

/** What the chamber delivered to one association in one period, from the supports' own ledger. */
export interface DeliveredInPeriod {
  /** Sum of the Rials of the grants delivered in the period. */
  rials: bigint;
  /** Sum of hours × participants of the training grants delivered in the period. */
  trainingParticipantHours: number;
}

/**
 * The supports' ledger of delivered grants, read by kpi to derive the chamber's funding and the
 * training delivered. Supports provides it, kpi declares the need; the port lives here because
 * neither library may import the other.
 */
export interface DeliveredGrantsLedger {
  /** Every period at once (one query): the totals delivered to the association in each. */
  deliveredIn(
    em: EntityManager,
    associationId: string,
    periods: LedgerPeriod[],
  ): Promise<Map<string, DeliveredInPeriod>>;
  /** Many associations, each with its own periods, in one query: keyed by association, then period. */
  deliveredForAssociations(
    em: EntityManager,
    requests: { associationId: string; periods: LedgerPeriod[] }[],
  ): Promise<Map<string, Map<string, DeliveredInPeriod>>>;
}

export const DELIVERED_GRANTS_LEDGER = Symbol('DELIVERED_GRANTS_LEDGER');
