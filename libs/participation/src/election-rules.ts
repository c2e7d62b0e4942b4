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

/** A candidate as asked for: typed, or a member of the register (its name and firm read from there). */
export interface CandidateAsked {
  memberId?: string;
  fullName?: string;
  firmName?: string;
}

/** What the register says of a member a candidate is drawn from. */
export interface CandidateMember {
  id: string;
  kind: 'firm' | 'person';
  nameFa: string;
  current: boolean;
}

export type CandidateOutcome =
  | { ok: true; candidate: { memberId: string | null; fullName: string; firmName: string | null } }
  | { ok: false; code: 'not_member' | 'repeated' | 'representative_required'; field: string };

/**
 * The candidates of an election, drawn from the member register where one is named (one home for a
 * member's name): a person member stands by the name the register holds; a firm member is the
 * firm of the candidate, who is its representative and is named in `fullName`. A candidate named
 * twice, or one who is not a current member, is refused, naming the row.
 */
export function resolveCandidates(
  asked: readonly CandidateAsked[],
  members: ReadonlyMap<string, CandidateMember>,
): CandidateOutcome[] {
  const seen = new Set<string>();
  return asked.map((c, i): CandidateOutcome => {
    if (!c.memberId) {
      if (!c.fullName)
        return { ok: false, code: 'representative_required', field: `candidates[${i}].fullName` };
      return { ok: true, candidate: { memberId: null, fullName: c.fullName, firmName: c.firmName ?? null } };
    }
    const field = `candidates[${i}].memberId`;
    const m = members.get(c.memberId);
    if (!m || !m.current) return { ok: false, code: 'not_member', field };
    if (seen.has(m.id)) return { ok: false, code: 'repeated', field };
    seen.add(m.id);
    if (m.kind === 'person')
      return { ok: true, candidate: { memberId: m.id, fullName: m.nameFa, firmName: null } };
    if (!c.fullName)
      return { ok: false, code: 'representative_required', field: `candidates[${i}].fullName` };
    return { ok: true, candidate: { memberId: m.id, fullName: c.fullName, firmName: m.nameFa } };
  });
}
