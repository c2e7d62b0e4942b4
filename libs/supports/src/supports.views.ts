import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PHASE_KEYS, PhaseKey } from '@tashakkol/associations';
import { GRANT_STATUSES, GrantStatus } from './grant-state-machine';
import { SUPPORT_CARRIES, SupportCarries } from './support-kind.catalog';

const rials = (description?: string) => ({
  type: String,
  pattern: '^[0-9]+$',
  example: '2500000000',
  description,
});
const rialsOrNull = (description?: string) => ({ ...rials(description), nullable: true });
const instant = { type: String, format: 'date-time' };
const instantOrNull = { ...instant, nullable: true };
const jalaliOrNull = { type: String, nullable: true, example: '1405/09/10' };

/** A support grant (حمایت) as the API shows it: Rials as strings, Jalali dates beside the UTC ones. */
export class GrantView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) associationId!: string;
  @ApiPropertyOptional({ example: 'انجمن صنفی خرمای کرمان' }) associationNameFa?: string;
  @ApiProperty({ example: 'training' }) kindCode!: string;
  @ApiPropertyOptional({ example: 'آموزش' }) kindNameFa?: string;
  @ApiPropertyOptional({ enum: SUPPORT_CARRIES }) carries?: SupportCarries;
  @ApiProperty({ enum: PHASE_KEYS, description: 'The association’s phase when it was requested' })
  phase!: PhaseKey;
  @ApiProperty() suitsPhase!: boolean;
  @ApiProperty({ type: String, nullable: true }) overrideReason!: string | null;
  @ApiProperty(rialsOrNull()) amountRials!: string | null;
  @ApiProperty({ type: Number, nullable: true }) hours!: number | null;
  @ApiProperty({ type: Number, nullable: true }) participants!: number | null;
  @ApiProperty({ description: 'What it takes from the budget (Rials or hours), as a string' })
  quantity!: string;
  @ApiProperty() justification!: string;
  @ApiProperty({ enum: GRANT_STATUSES }) status!: GrantStatus;
  @ApiProperty({ example: 1405, description: 'Jalali fiscal year' }) fiscalYear!: number;
  @ApiProperty({ format: 'uuid' }) requestedBy!: string;
  @ApiProperty(instant) requestedAt!: Date;
  @ApiProperty(jalaliOrNull) requestedAtJalali!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) approvedBy!: string | null;
  @ApiProperty(instantOrNull) approvedAt!: Date | null;
  @ApiProperty(jalaliOrNull) approvedAtJalali!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) decidedBy!: string | null;
  @ApiProperty(instantOrNull) decidedAt!: Date | null;
  @ApiProperty(jalaliOrNull) decidedAtJalali!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) deliveredBy!: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'مریم کارشناس',
    description: 'Full name of who requested it (lists and detail)',
  })
  requestedByName?: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'علی معاون',
    description: 'Full name of who approved or rejected it (lists and detail)',
  })
  decidedByName?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Full name of who delivered it' })
  deliveredByName?: string | null;
  @ApiProperty(instantOrNull) deliveredAt!: Date | null;
  @ApiProperty(jalaliOrNull) deliveredAtJalali!: string | null;
  @ApiProperty({ type: String, nullable: true }) evidence!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) budgetId!: string | null;
  @ApiProperty({ type: [String], description: 'Precautions acknowledged at approval' })
  precautions!: string[];
  @ApiProperty(instant) createdAt!: Date;
  @ApiProperty(instant) updatedAt!: Date;
  @ApiProperty() version!: number;
}

export class GrantEventView {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'uuid' }) grantId!: string;
  @ApiProperty({ example: 'approve' }) action!: string;
  @ApiProperty({ type: String, nullable: true }) fromStatus!: string | null;
  @ApiProperty() toStatus!: string;
  @ApiProperty({ format: 'uuid' }) actorId!: string;
  @ApiProperty() actorRole!: string;
  @ApiProperty({ type: String, nullable: true, example: 'علی معاون' }) actorName!: string | null;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty(instant) occurredAt!: Date;
  @ApiProperty({ example: '1405/09/10' }) occurredAtJalali!: string;
}

export class GrantDetailView extends GrantView {
  @ApiProperty({ type: [GrantEventView], description: 'Every step, oldest first' }) events!: GrantEventView[];
}

export class BudgetView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 1405 }) fiscalYear!: number;
  @ApiProperty() kindCode!: string;
  @ApiPropertyOptional() kindNameFa?: string;
  @ApiProperty({ enum: ['rials', 'hours'] }) unit!: 'rials' | 'hours';
  @ApiProperty(rialsOrNull('Set when the unit is Rials')) amountRials!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Set when the unit is hours' }) hours!:
    number | null;
  @ApiProperty(rials('In the budget’s unit')) total!: string;
  @ApiProperty(rials('Approved, not yet delivered')) reserved!: string;
  @ApiProperty(rials('Delivered')) spent!: string;
  @ApiProperty({ type: String, example: '1000000', description: 'total − reserved − spent' })
  available!: string;
  @ApiProperty() version!: number;
}

export class BudgetsView {
  @ApiProperty({ type: [BudgetView] }) items!: BudgetView[];
}

export class ApprovalLimitView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() kindCode!: string;
  @ApiProperty(rials('Most one grant may be')) perGrant!: string;
  @ApiProperty(rials('Most the approver may approve in a fiscal year')) yearly!: string;
  @ApiProperty(instant) validFrom!: Date;
  @ApiProperty(instant) validUntil!: Date;
  @ApiProperty({ format: 'uuid' }) grantedBy!: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The limit it was delegated from',
  })
  delegatedFromId!: string | null;
  @ApiProperty(instant) createdAt!: Date;
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'In force now' }) active!: boolean;
}

export class SummaryRowView {
  @ApiProperty({ enum: PHASE_KEYS }) phase!: string;
  @ApiProperty() kindCode!: string;
  @ApiProperty() kindNameFa!: string;
  @ApiProperty() requested!: number;
  @ApiProperty() approved!: number;
  @ApiProperty() delivered!: number;
  @ApiProperty() rejected!: number;
  @ApiProperty() cancelled!: number;
  @ApiProperty(rials('Approved or delivered')) committedRials!: string;
  @ApiProperty(rials()) deliveredRials!: string;
  @ApiProperty() committedHours!: number;
  @ApiProperty({ description: 'Grants approved with a precaution acknowledged' }) flagged!: number;
}

export class SummaryPhaseView {
  @ApiProperty({ enum: PHASE_KEYS }) phase!: PhaseKey;
  @ApiProperty() grants!: number;
  @ApiProperty(rials()) committedRials!: string;
  @ApiProperty() committedHours!: number;
}

export class SupportsSummaryView {
  @ApiProperty({ type: Number, nullable: true }) fiscalYear!: number | null;
  @ApiProperty({ type: [SummaryPhaseView], description: 'Every phase, in order' })
  byPhase!: SummaryPhaseView[];
  @ApiProperty({ type: [SummaryRowView] }) byPhaseAndKind!: SummaryRowView[];
}

export class SupportSettingsView {
  @ApiProperty() id!: number;
  @ApiProperty(rials('Chamber funding per year above which approval needs the precaution acknowledged'))
  independenceThresholdRials!: string;
  @ApiProperty({ description: 'Most share of revenue (percent) chamber funding may be' })
  independenceMaxSharePercent!: number;
  @ApiProperty(instant) updatedAt!: Date;
  @ApiProperty() version!: number;
}

/** What an approver stands to use of their delegated limit (تفویض اختیار), in the kind's unit. */
export class ApproverLimitUseView {
  @ApiProperty(rials('Most one grant may be')) perGrant!: string;
  @ApiProperty(rials('Most the approver may approve in the fiscal year')) yearly!: string;
  @ApiProperty(rials('Already approved (approved or delivered) in the fiscal year')) usedThisYear!: string;
  @ApiProperty(rials('yearly − usedThisYear, never below 0')) yearlyLeft!: string;
  @ApiProperty(instant) validUntil!: Date;
  @ApiProperty({ example: '1405/12/29' }) validUntilJalali!: string;
}

/** One of the caller's own limits in force, with what they approved of it this fiscal year. */
export class OwnLimitView extends ApproverLimitUseView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'financial' }) kindCode!: string;
  @ApiProperty({
    enum: SUPPORT_CARRIES,
    description: 'The unit of the amounts: Rials, or hours for training',
  })
  carries!: SupportCarries;
  @ApiProperty(instant) validFrom!: Date;
}

/** A limit the caller delegated to another approver, with that approver's name. */
export class DelegatedLimitView extends ApprovalLimitView {
  @ApiProperty({ example: 'زهرا معاون' }) userName!: string;
  @ApiProperty({ enum: SUPPORT_CARRIES }) carries!: SupportCarries;
}

/** Someone an approver may delegate to: an active approver other than themselves. */
export class DelegateView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'زهرا معاون' }) fullName!: string;
}

/** An approver's delegation page: their own limits and use, what they delegated, to whom they may. */
export class OwnLimitsView {
  @ApiProperty({ example: 1405, description: 'Jalali fiscal year the use is counted in' })
  fiscalYear!: number;
  @ApiProperty({ type: [OwnLimitView] }) limits!: OwnLimitView[];
  @ApiProperty({ type: [DelegatedLimitView], description: 'Newest first, the latest 50' })
  delegated!: DelegatedLimitView[];
  @ApiProperty({ type: [DelegateView] }) delegates!: DelegateView[];
}

/** Before approving one grant: the budget it would draw on and the caller's own limit. */
export class ApprovalContextView {
  @ApiProperty({ format: 'uuid' }) grantId!: string;
  @ApiProperty() kindCode!: string;
  @ApiProperty({ example: 1405, description: 'Jalali fiscal year of the grant' }) fiscalYear!: number;
  @ApiProperty({ enum: SUPPORT_CARRIES }) carries!: SupportCarries;
  @ApiProperty(rials('What the grant takes from the budget and the limit (Rials or hours)'))
  quantity!: string;
  @ApiProperty({
    type: BudgetView,
    nullable: true,
    description: 'The budget of the kind for the fiscal year; null when the chamber set none',
  })
  budget!: BudgetView | null;
  @ApiProperty({ description: 'The caller approves without a delegated limit (president, admin)' })
  unlimited!: boolean;
  @ApiProperty({
    type: ApproverLimitUseView,
    nullable: true,
    description: 'The caller’s limit in force for the kind; null when unlimited or when none is in force',
  })
  limit!: ApproverLimitUseView | null;
}
