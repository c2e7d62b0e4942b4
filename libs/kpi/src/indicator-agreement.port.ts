/**
 * The lifecycle's port for the support_monitoring gate ("indicators agreed with baselines and
 * targets"). Declared identically to `libs/lifecycle/src/indicator-agreement.port.ts`; replace
 * with the import from @tashakkol/lifecycle once that library is on main.
 */
export interface IndicatorAgreementReader {
  indicatorsAgreed(associationId: string): Promise<{ met: boolean; missing: string[] }>;
}

export const INDICATOR_AGREEMENT_READER = Symbol('INDICATOR_AGREEMENT_READER');
