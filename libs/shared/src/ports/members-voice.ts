import type { EntityManager } from 'typeorm';

/** What the members said and did in one Jalali year, for the members axis of the scores. */
export interface MembersVoiceYear {
  associationId: string;
  fiscalYear: number;
  /** Mean satisfaction on 0–100 over the year's runs that reached the minimum of answers; null if none. */
  memberSatisfaction: number | null;
  /** Percent of invited members who answered, over all the year's runs; null without runs. */
  surveyResponseRate: number | null;
  /** Ordinary assemblies of the year held on time (by due date, after notice, with quorum). */
  generalAssembliesOnTime: number;
  /** Board elections of the year that were counted. */
  boardElectionsHeld: number;
}

/** The member registry of one association on one day. */
export interface RegistryCount {
  associationId: string;
  /** Current members on the day. */
  members: number;
  /** Current firms on the day (the member database's records). */
  firms: number;
}

/**
 * The members' voice as kpi's scoring reads it: participation provides it, kpi declares the need
 * (the port lives here, like the supports' ledger, so kpi's calculator runs without participation).
 * Every method reads in a constant number of queries, inside the scoring's transaction: one
 * association for many periods, or (`…ForAssociations`) a recompute's chunk of associations.
 */
export interface MembersVoiceSource {
  /** The registry on each of the days (ISO `YYYY-MM-DD`, the Tehran day), keyed by day. */
  registryOn(em: EntityManager, associationId: string, days: string[]): Promise<Map<string, RegistryCount>>;
  /** The year's surveys, assemblies and elections for each of the Jalali years, keyed by year. */
  years(
    em: EntityManager,
    associationId: string,
    fiscalYears: number[],
  ): Promise<Map<number, MembersVoiceYear>>;
  /** The registry of each association on each of the days (one query), keyed by association, then day. */
  registryForAssociations(
    em: EntityManager,
    associationIds: string[],
    days: string[],
  ): Promise<Map<string, Map<string, RegistryCount>>>;
  /** Each association's years (a constant number of queries), keyed by association, then year. */
  yearsForAssociations(
    em: EntityManager,
    associationIds: string[],
    fiscalYears: number[],
  ): Promise<Map<string, Map<number, MembersVoiceYear>>>;
}

export const MEMBERS_VOICE_SOURCE = Symbol('MEMBERS_VOICE_SOURCE');
