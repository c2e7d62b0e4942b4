import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ASSEMBLY_KINDS, QUORUM_RULES } from './assembly-rules';
import { DUES_STATUSES, MEMBER_KINDS } from './member.entity';

// The response shapes of the participation API, as the OpenAPI document and the web client see them.

export class MemberViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) associationId!: string;
  @ApiProperty({ enum: MEMBER_KINDS }) kind!: string;
  @ApiProperty() nameFa!: string;
  @ApiProperty({ type: String, nullable: true }) trade!: string | null;
  @ApiProperty({ format: 'date' }) joinedOn!: string;
  @ApiProperty({ example: '1403/01/01' }) joinedOnJalali!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) leftOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) leftOnJalali!: string | null;
  @ApiProperty({ description: 'A member today' }) current!: boolean;
  @ApiProperty({ enum: DUES_STATUSES }) duesStatus!: string;
  @ApiProperty() version!: number;
  @ApiPropertyOptional({ description: "Only for the association's own board" }) identifier?: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: "Only for the association's own board" })
  phone?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: "Only for the association's own board" })
  email?: string | null;
}

export class MembersSummaryDto {
  @ApiProperty({ format: 'uuid' }) associationId!: string;
  @ApiProperty() current!: number;
  @ApiProperty() firms!: number;
  @ApiProperty() persons!: number;
  @ApiProperty() left!: number;
  @ApiProperty() duesPaid!: number;
  @ApiProperty() duesDue!: number;
  @ApiProperty() duesExempt!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Percent of current members (not exempt) who paid',
  })
  duesPaidRate!: number | null;
}

export class ImportedDto {
  @ApiProperty() imported!: number;
}

export class SurveyItemViewDto {
  @ApiProperty() key!: string;
  @ApiProperty() textFa!: string;
  @ApiPropertyOptional() textEn?: string;
  @ApiProperty({ enum: ['likert', 'open'] }) kind!: 'likert' | 'open';
  @ApiPropertyOptional() min?: number;
  @ApiPropertyOptional() max?: number;
  @ApiPropertyOptional() required?: boolean;
}

export class SurveyViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() titleFa!: string;
  @ApiProperty({ type: String, nullable: true }) titleEn!: string | null;
  @ApiProperty({ type: [SurveyItemViewDto] }) items!: SurveyItemViewDto[];
  @ApiProperty() version!: number;
}

export class SurveyListDto {
  @ApiProperty({ type: [SurveyViewDto] }) items!: SurveyViewDto[];
}

export class SurveyRunViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) surveyId!: string;
  @ApiProperty() surveyCode!: string;
  @ApiProperty() surveyTitleFa!: string;
  @ApiProperty({ format: 'uuid' }) associationId!: string;
  @ApiProperty({ example: 1405 }) fiscalYear!: number;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: 'open' | 'closed';
  @ApiProperty({ description: 'Members who were sent a link' }) invited!: number;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty() expiresAtJalali!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() createdAtJalali!: string;
  @ApiProperty() version!: number;
}

export class SurveyRunListDto {
  @ApiProperty({ type: [SurveyRunViewDto] }) items!: SurveyRunViewDto[];
}

export class IssuedLinkDto {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty() memberNameFa!: string;
  @ApiProperty({ description: 'Shown once; only its hash is kept' }) token!: string;
  @ApiProperty({ example: '/survey/…', description: "The web app's page for this link" }) path!: string;
}

export class SurveyRunCreatedDto {
  @ApiProperty({ type: SurveyRunViewDto }) run!: SurveyRunViewDto;
  @ApiProperty({ type: [IssuedLinkDto] }) links!: IssuedLinkDto[];
}

export class CountOfValueDto {
  @ApiProperty() value!: number;
  @ApiProperty() count!: number;
}

export class ItemResultDto {
  @ApiProperty() key!: string;
  @ApiProperty() textFa!: string;
  @ApiProperty({ enum: ['likert', 'open'] }) kind!: 'likert' | 'open';
  @ApiProperty() answered!: number;
  @ApiProperty({ type: Number, nullable: true }) mean!: number | null;
  @ApiProperty({ type: [CountOfValueDto], nullable: true }) distribution!: CountOfValueDto[] | null;
}

export class OpenAnswersDto {
  @ApiProperty() key!: string;
  @ApiProperty({ type: [String] }) texts!: string[];
}

export class AnonymousAnswerDto {
  @ApiProperty({ example: 'services' }) key!: string;
  @ApiProperty({ oneOf: [{ type: 'integer' }, { type: 'string' }], example: 4 }) value!: number | string;
}

export class AnonymousResponseDto {
  @ApiProperty({ type: [AnonymousAnswerDto] }) answers!: AnonymousAnswerDto[];
}

/** The chamber's view of a run's individual answers: no member, link, time or order of arrival. */
export class SurveyRunResponsesDto {
  @ApiProperty({ format: 'uuid' }) runId!: string;
  @ApiProperty() responses!: number;
  @ApiProperty({ description: 'False under `minAnswers` answers: then no answer is given' }) shown!: boolean;
  @ApiProperty() minAnswers!: number;
  @ApiProperty({ type: [AnonymousResponseDto], description: 'Sorted by content, not by arrival' })
  items!: AnonymousResponseDto[];
}

export class SurveyRunResultsDto {
  @ApiProperty({ format: 'uuid' }) runId!: string;
  @ApiProperty({ format: 'uuid' }) associationId!: string;
  @ApiProperty() fiscalYear!: number;
  @ApiProperty() invited!: number;
  @ApiProperty() responses!: number;
  @ApiProperty({ description: 'Percent of invited members who answered' }) responseRate!: number;
  @ApiProperty({ description: 'False under `minAnswers` answers: then no figure is given' }) shown!: boolean;
  @ApiProperty() minAnswers!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Mean of the Likert items on 0–100' })
  satisfaction!: number | null;
  @ApiProperty({ type: [ItemResultDto] }) items!: ItemResultDto[];
  @ApiProperty({ type: [OpenAnswersDto] }) openAnswers!: OpenAnswersDto[];
}

export class SurveyLinkViewDto {
  @ApiProperty() associationNameFa!: string;
  @ApiProperty() titleFa!: string;
  @ApiProperty() fiscalYear!: number;
  @ApiProperty({ type: [SurveyItemViewDto] }) items!: SurveyItemViewDto[];
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty() expiresAtJalali!: string;
}

export class RecordedDto {
  @ApiProperty({ enum: [true] }) recorded!: true;
}

export class AssemblyViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) associationId!: string;
  @ApiProperty({ enum: ASSEMBLY_KINDS }) kind!: string;
  @ApiProperty() fiscalYear!: number;
  @ApiProperty({ format: 'date' }) noticeDate!: string;
  @ApiProperty() noticeDateJalali!: string;
  @ApiProperty({ format: 'date' }) scheduledOn!: string;
  @ApiProperty() scheduledOnJalali!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) dueByJalali!: string | null;
  @ApiProperty({ type: [String] }) agenda!: string[];
  @ApiProperty({ enum: QUORUM_RULES }) quorumRule!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) heldOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) heldOnJalali!: string | null;
  @ApiProperty({ type: Number, nullable: true }) eligible!: number | null;
  @ApiProperty({ type: Number, nullable: true }) attended!: number | null;
  @ApiProperty({ type: Number, nullable: true }) quorumNeeded!: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) quorumMet!: boolean | null;
  @ApiProperty({ description: 'Met by its due date, after the notice period, with its quorum' })
  heldOnTime!: boolean;
  @ApiProperty({ type: [String] }) resolutions!: string[];
  @ApiProperty() version!: number;
}

export class AssemblyListDto {
  @ApiProperty({ type: [AssemblyViewDto] }) items!: AssemblyViewDto[];
}

export class CandidateViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The member of the register the candidate stands as; null when typed by hand',
  })
  memberId!: string | null;
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: String, nullable: true }) firmName!: string | null;
}

export class CandidateVotesDto {
  @ApiProperty({ format: 'uuid' }) candidateId!: string;
  @ApiProperty() votes!: number;
}

export class ElectionResultDto {
  @ApiProperty({ type: [CandidateVotesDto] }) ranking!: CandidateVotesDto[];
  @ApiProperty({ type: [String], description: 'Elected candidate ids, most voted first' }) elected!: string[];
  @ApiProperty({ description: 'Secret ballots cast by link' }) ballots!: number;
}

export class ElectionViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) associationId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assemblyId!: string | null;
  @ApiProperty() seats!: number;
  @ApiProperty({ format: 'date' }) termStart!: string;
  @ApiProperty() termStartJalali!: string;
  @ApiProperty({ format: 'date' }) termEnd!: string;
  @ApiProperty() termEndJalali!: string;
  @ApiProperty({ type: [CandidateViewDto] }) candidates!: CandidateViewDto[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } }) recordedVotes!: Record<
    string,
    number
  >;
  @ApiProperty() ballotsCast!: number;
  @ApiProperty({ description: 'Ballot links issued (once per election; 0 until then)' })
  ballotLinksIssued!: number;
  @ApiProperty({ enum: ['open', 'counted'] }) status!: 'open' | 'counted';
  @ApiProperty({ type: ElectionResultDto, nullable: true }) result!: ElectionResultDto | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) countedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) countedOnJalali!: string | null;
  @ApiProperty() version!: number;
}

export class ElectionListDto {
  @ApiProperty({ type: [ElectionViewDto] }) items!: ElectionViewDto[];
}

export class BallotLinksDto {
  @ApiProperty({ type: [IssuedLinkDto] }) links!: IssuedLinkDto[];
}

export class BallotLinkViewDto {
  @ApiProperty() associationNameFa!: string;
  @ApiProperty() seats!: number;
  @ApiProperty({ type: [CandidateViewDto] }) candidates!: CandidateViewDto[];
  @ApiProperty({ format: 'date' }) termStart!: string;
  @ApiProperty() termStartJalali!: string;
}
