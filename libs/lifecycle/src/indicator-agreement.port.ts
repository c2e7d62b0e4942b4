/**
 * How the support_monitoring gate learns whether indicators with baselines and targets are agreed.
 * The KPI module provides it from a @Global() module; lifecycle never imports kpi.
 */
export interface IndicatorAgreementReader {
  indicatorsAgreed(associationId: string): Promise<{ met: boolean; missing: string[] }>;
}

export const INDICATOR_AGREEMENT_READER = Symbol('INDICATOR_AGREEMENT_READER');
