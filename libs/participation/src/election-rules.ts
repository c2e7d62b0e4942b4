export interface CandidateVotes {
  candidateId: string;
  votes: number;
}

export type CountOutcome =
  | { kind: 'elected'; elected: CandidateVotes[]; ranking: CandidateVotes[] }
  | { kind: 'tie'; seat: number; tied: CandidateVotes[]; ranking: CandidateVotes[] };

/**
 * Plurality count for `seats` seats: the most votes win. A tie across the last seat is not
 * decided by the software (the assembly decides by lot or a second round), so it is reported.
 */
export function countPlurality(seats: number, votes: readonly CandidateVotes[]): CountOutcome {
  const ranking = [...votes].sort((a, b) => b.votes - a.votes || a.candidateId.localeCompare(b.candidateId));
  if (ranking.length <= seats)
    return { kind: 'elected', elected: ranking.filter((c) => c.votes > 0), ranking };
  const last = ranking[seats - 1];
  const next = ranking[seats];
  if (last.votes === next.votes) {
    return { kind: 'tie', seat: seats, tied: ranking.filter((c) => c.votes === last.votes), ranking };
  }
  return { kind: 'elected', elected: ranking.slice(0, seats), ranking };
}

/** Adds ballots (each a set of chosen candidates) to votes recorded on paper in the assembly. */
export function tally(
  candidateIds: readonly string[],
  ballots: readonly (readonly string[])[],
  recorded: Readonly<Record<string, number>> = {},
): CandidateVotes[] {
  const votes = new Map(candidateIds.map((id) => [id, recorded[id] ?? 0]));
  for (const ballot of ballots)
    for (const id of new Set(ballot)) if (votes.has(id)) votes.set(id, (votes.get(id) ?? 0) + 1);
  return candidateIds.map((candidateId) => ({ candidateId, votes: votes.get(candidateId) ?? 0 }));
}
