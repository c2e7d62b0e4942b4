import type { PhaseKey } from '@tashakkol/associations';

/** A support kind the chamber may grant in a phase, as the support-kind catalog says. */
export interface PhaseSupportOffer {
  code: string;
  nameFa: string;
  nameEn: string;
  carries: 'rials' | 'hours' | 'in_kind';
}

/**
 * How the lifecycle learns which support kinds suit each phase: the supports' catalog is the one
 * source. Supports provides it from a @Global() module; lifecycle never imports supports.
 */
export interface PhaseSupportsReader {
  offersByPhase(): Promise<Record<PhaseKey, PhaseSupportOffer[]>>;
}

export const PHASE_SUPPORTS_READER = Symbol('PHASE_SUPPORTS_READER');
