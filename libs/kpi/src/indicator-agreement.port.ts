/** The lifecycle's port for the support_monitoring gate; lifecycle declares it, kpi provides it. */
export { INDICATOR_AGREEMENT_READER } from '@tashakkol/lifecycle';
export type { IndicatorAgreementReader } from '@tashakkol/lifecycle';
