import { POTENTIAL_FACTORS } from './phase-table';
import { PotentialFactorsOutput } from './phase-outputs';

export interface PotentialScore {
  /** Weighted score 0–100 (one decimal); a rating of 1 counts as 0, a rating of 5 as full weight. */
  score: number;
  unrated: string[];
}

/** The weighted potential score (امتیاز پتانسیل) of the catalog factors; unrated factors count as 0. */
export function potentialScore(output: PotentialFactorsOutput | undefined): PotentialScore {
  const ratings = new Map((output?.ratings ?? []).map((r) => [r.factor, r.rating]));
  const totalWeight = POTENTIAL_FACTORS.reduce((sum, f) => sum + f.weight, 0);
  let weighted = 0;
  const unrated: string[] = [];
  for (const factor of POTENTIAL_FACTORS) {
    const rating = ratings.get(factor.key);
    if (rating === undefined) {
      unrated.push(factor.key);
      continue;
    }
    weighted += factor.weight * ((rating - 1) / 4);
  }
  return { score: Math.round((weighted / totalWeight) * 1000) / 10, unrated };
}
