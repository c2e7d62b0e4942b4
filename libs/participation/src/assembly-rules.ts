/** How many of the eligible members must attend for the assembly to decide (the charter's rule). */
export const QUORUM_RULES = ['half_plus_one', 'two_thirds', 'one_third', 'any'] as const;
export type QuorumRule = (typeof QUORUM_RULES)[number];

export const ASSEMBLY_KINDS = ['ordinary', 'extraordinary', 'founding'] as const;
export type AssemblyKind = (typeof ASSEMBLY_KINDS)[number];

/** The charters the chamber works with ask for the notice at least this many days ahead. */
export const MIN_NOTICE_DAYS = 10;

export function quorumNeeded(rule: QuorumRule, eligible: number): number {
  switch (rule) {
    case 'half_plus_one':
      return Math.floor(eligible / 2) + 1;
    case 'two_thirds':
      return Math.ceil((eligible * 2) / 3);
    case 'one_third':
      return Math.ceil(eligible / 3);
    case 'any':
      return 1;
  }
}

export function quorumMet(rule: QuorumRule, eligible: number, attended: number): boolean {
  return attended >= quorumNeeded(rule, eligible);
}

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

export interface AssemblyFacts {
  noticeDate: string;
  heldOn: string | null;
  dueBy: string | null;
  quorumRule: QuorumRule;
  eligible: number;
  attended: number | null;
}

/**
 * An assembly counts as held on time when it met by its due date, after a notice of at least
 * MIN_NOTICE_DAYS, with its quorum (the governance indicator "general assemblies held on time").
 */
export function heldOnTime(a: AssemblyFacts): boolean {
  if (!a.heldOn || a.attended === null) return false;
  if (a.dueBy && a.heldOn > a.dueBy) return false;
  if (days(a.noticeDate, a.heldOn) < MIN_NOTICE_DAYS) return false;
  return quorumMet(a.quorumRule, a.eligible, a.attended);
}
