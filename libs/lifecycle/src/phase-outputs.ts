/** The typed content of each phase output, as stored (jsonb) and as the gate rules read it. */

export interface ClassificationOutput {
  legalForm: string;
  category: string;
  isic?: string;
  scope: 'provincial' | 'national';
  membershipType: 'firms' | 'persons' | 'mixed';
  priority: boolean;
}

export interface LawsAndPoliciesOutput {
  references: { title: string; reference?: string; notes: string }[];
}

export interface PriorActionsOutput {
  analysis: string;
  actions?: { year?: number; description: string }[];
}

export interface SuccessFailureFactorsOutput {
  ratings: { factor: string; rating: number; evidence: string }[];
}

export interface BenchmarksOutput {
  notes: { country: string; practice: string; lesson: string }[];
}

export interface PotentialFactorsOutput {
  ratings: { factor: string; rating: number; note?: string }[];
}

export interface FormationMethodOutput {
  method: 'members_initiative' | 'chamber_initiated' | 'sub_branch' | 'merger';
  parentAssociationId?: string;
  notes?: string;
}

export interface FoundingMembersOutput {
  members: { name: string; firmName?: string }[];
}

export interface ApprovalInPrincipleOutput {
  approvedAt: string;
  meetingPlace: string;
  referenceNo?: string;
}

export interface CharterOutput {
  adopted: boolean;
  adoptedAt?: string;
  documentRef?: string;
}

export interface FoundingAssemblyOutput {
  heldAt: string;
  attendees: number;
  quorumMet: boolean;
  minutesRef?: string;
}

export interface BoardElectionOutput {
  electedAt: string;
  electedByMembers: boolean;
  termEnd?: string;
  members: {
    name: string;
    position: string;
    role?: 'chair' | 'deputy' | 'secretary' | 'treasurer' | 'member';
    firmName?: string;
    boardMemberId?: string;
  }[];
}

export interface RegistrationOutput {
  registrationNo: string;
  authority: string;
  registeredAt: string;
}

export interface OrganisationalStructureOutput {
  units: { name: string; head?: string }[];
  inPlace: boolean;
}

export interface EvaluationAxesOutput {
  axes: { axis: 'chamber' | 'association' | 'members'; agreed: boolean; note?: string }[];
}

export interface RoadmapOutput {
  milestones: {
    kind: string;
    plannedAt: string;
    doneAt?: string;
    evidence?: string;
    coveragePercent?: number;
    coverageTargetPercent?: number;
    description?: string;
  }[];
}

export interface OutputTypes {
  classification: ClassificationOutput;
  laws_and_policies: LawsAndPoliciesOutput;
  prior_actions: PriorActionsOutput;
  success_failure_factors: SuccessFailureFactorsOutput;
  benchmarks: BenchmarksOutput;
  potential_factors: PotentialFactorsOutput;
  formation_method: FormationMethodOutput;
  founding_members: FoundingMembersOutput;
  approval_in_principle: ApprovalInPrincipleOutput;
  charter: CharterOutput;
  founding_assembly: FoundingAssemblyOutput;
  board_election: BoardElectionOutput;
  registration: RegistrationOutput;
  organisational_structure: OrganisationalStructureOutput;
  evaluation_axes: EvaluationAxesOutput;
  roadmap: RoadmapOutput;
}

export type OutputKey = keyof OutputTypes;

/** The outputs recorded so far for one phase, by key (absent = not recorded). */
export type RecordedOutputs = Partial<{ [K in OutputKey]: OutputTypes[K] }>;
