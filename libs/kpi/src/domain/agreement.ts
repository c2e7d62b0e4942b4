/** With this many agreed targets an association has "agreed indicators" even if some are still open. */
export const MIN_AGREED_TARGETS = 5;

export interface AgreementTarget {
  indicatorCode: string;
  baseline: string | null;
  target: string | null;
  agreedAt: Date | null;
}

/**
 * The gate of phase 5 ("indicators agreed with baselines and targets"): met when every active,
 * reported, non-public-policy indicator has a target with a baseline and a target that the board
 * agreed, or when at least {@link MIN_AGREED_TARGETS} such targets exist. Public-policy indicators
 * share one target set by the chamber, so they never hold the gate.
 */
export function indicatorAgreement(
  requiredCodes: readonly string[],
  targets: readonly AgreementTarget[],
): { met: boolean; missing: string[] } {
  const agreed = new Set(
    targets
      .filter((t) => t.baseline !== null && t.target !== null && t.agreedAt !== null)
      .map((t) => t.indicatorCode),
  );
  const missing = requiredCodes.filter((c) => !agreed.has(c));
  const agreedRequired = requiredCodes.filter((c) => agreed.has(c)).length;
  return { met: missing.length === 0 || agreedRequired >= MIN_AGREED_TARGETS, missing };
}
