/** The precaution on financial independence (استقلال مالی تشکل): too much of an association's money coming from the chamber. */
export const FINANCIAL_INDEPENDENCE = 'financial_independence';

export interface IndependenceSettings {
  /** Used while no revenue is known: the grants alone may not pass this many Rials in a fiscal year. */
  thresholdRials: bigint;
  /** Used when the association's revenue is known: chamber grants ÷ revenue may not pass this percentage. */
  maxSharePercent: number;
}

export interface IndependenceVerdict {
  precautions: string[];
  detail: string;
}

/**
 * Whether approving `amount` would pass the chamber's threshold. `alreadyGranted` is what the
 * association has approved or delivered in the fiscal year; `revenue` its reported revenue (null until KPI reports it).
 */
export function evaluateIndependence(
  alreadyGranted: bigint,
  amount: bigint,
  revenue: bigint | null,
  settings: IndependenceSettings,
): IndependenceVerdict {
  const total = alreadyGranted + amount;
  if (revenue !== null && revenue > 0n) {
    // Integer arithmetic: total/revenue > p/100  ⇔  total*100 > p*revenue.
    const over = total * 100n > BigInt(settings.maxSharePercent) * revenue;
    return over
      ? {
          precautions: [FINANCIAL_INDEPENDENCE],
          detail: `chamber grants ${total} would be over ${settings.maxSharePercent}% of revenue ${revenue}`,
        }
      : { precautions: [], detail: '' };
  }
  return total > settings.thresholdRials
    ? {
        precautions: [FINANCIAL_INDEPENDENCE],
        detail: `chamber grants this year would reach ${total} Rials, over the threshold of ${settings.thresholdRials}`,
      }
    : { precautions: [], detail: '' };
}
