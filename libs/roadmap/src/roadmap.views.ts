import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/* The response shapes of the roadmap, declared for the OpenAPI document (the web client is generated from it). */

export class FunnelPhaseView {
  @ApiProperty({ example: 'formation' }) phase!: string;
  @ApiProperty({ example: 4 }) order!: number;
  @ApiProperty({ example: 'شکل گیری و ساماندهی' }) nameFa!: string;
  @ApiProperty({ example: 'Formation & organizing' }) nameEn!: string;
  @ApiProperty({ example: 12 }) count!: number;
  @ApiProperty({ type: Number, nullable: true, example: 40.5 }) medianDays!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 120 }) p90Days!: number | null;
}

export class StalledItemView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() nameFa!: string;
  @ApiProperty({ example: 'diagnosis' }) phase!: string;
  @ApiProperty() phaseEnteredAt!: Date;
  @ApiProperty({ example: '1404/03/12' }) phaseEnteredAtJalali!: string;
  @ApiProperty({ example: 400 }) daysInPhase!: number;
}

export class StalledView {
  @ApiProperty({ example: 180 }) thresholdDays!: number;
  @ApiProperty({ example: 3 }) count!: number;
  @ApiProperty({ type: [StalledItemView], description: 'Longest first, at most 50' })
  items!: StalledItemView[];
}

export class StageCountView {
  @ApiProperty({ example: 2 }) stage!: number;
  @ApiProperty({ example: 'member_base' }) key!: string;
  @ApiProperty() nameFa!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ type: [String], example: ['member_database'] }) milestones!: string[];
  @ApiProperty({ example: 5 }) count!: number;
}

export class OverdueMilestoneView {
  @ApiProperty({ format: 'uuid' }) associationId!: string;
  @ApiProperty() associationNameFa!: string;
  @ApiProperty({ example: 'rnd_unit' }) kind!: string;
  @ApiProperty() kindNameFa!: string;
  @ApiProperty() plannedAt!: Date;
  @ApiProperty({ example: '1405/01/15' }) plannedAtJalali!: string;
  @ApiProperty({ example: 30 }) daysOverdue!: number;
}

export class StagesView {
  @ApiProperty({ description: 'Associations in the last phase (development) counted', example: 9 })
  associations!: number;
  @ApiProperty({ type: [StageCountView], description: 'Every stage 0–5 in order, zero where none stands' })
  byStage!: StageCountView[];
  @ApiProperty({ example: 4 }) overdueCount!: number;
  @ApiProperty({ type: [OverdueMilestoneView], description: 'Oldest first, at most 50' })
  overdue!: OverdueMilestoneView[];
}

export class SupportsCellView {
  @ApiProperty({ example: 'formation' }) phase!: string;
  @ApiProperty({ example: 'financial' }) kindCode!: string;
  @ApiProperty({ type: String, nullable: true }) kindNameFa!: string | null;
  @ApiProperty({ type: String, nullable: true }) kindNameEn!: string | null;
  @ApiProperty() requests!: number;
  @ApiProperty() granted!: number;
  @ApiProperty() delivered!: number;
  @ApiProperty({ example: '1500000000', description: 'Rials, as a string' }) grantedRials!: string;
  @ApiProperty() grantedHours!: number;
  @ApiProperty() flaggedPrecautions!: number;
}

export class SupportsSectionView {
  @ApiProperty({ type: Number, nullable: true, example: 1405 }) fiscalYear!: number | null;
  @ApiProperty({ type: [SupportsCellView] }) byPhaseAndKind!: SupportsCellView[];
}

export class ChangeView {
  @ApiProperty({ description: 'Delivered grants with enough periods on both sides', example: 6 })
  cases!: number;
  @ApiProperty({ type: Number, nullable: true, example: 4.25, description: 'Mean of (after − before)' })
  meanChange!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 2.1, description: 'Sample standard deviation' })
  stdDev!: number | null;
}

export class IndicatorChangeView extends ChangeView {
  @ApiProperty({ type: String, nullable: true, example: 'training_hours_per_member' }) code!: string | null;
  @ApiProperty({ type: String, nullable: true }) nameFa!: string | null;
}

export class OutcomeView {
  @ApiProperty({ example: 'training' }) kindCode!: string;
  @ApiProperty({ type: String, nullable: true }) kindNameFa!: string | null;
  @ApiProperty({ example: 'support_monitoring' }) phase!: string;
  @ApiProperty({ description: 'Grants approved or delivered' }) grants!: number;
  @ApiProperty({ example: '0' }) grantedRials!: string;
  @ApiProperty() grantedHours!: number;
  @ApiProperty() delivered!: number;
  @ApiProperty({ type: ChangeView }) composite!: ChangeView;
  @ApiProperty({ type: IndicatorChangeView }) indicator!: IndicatorChangeView;
  @ApiProperty({ description: 'Delivered grants left out: too few scored periods before or after' })
  excluded!: number;
  @ApiProperty() excludedAssociations!: number;
}

export class OutcomesView {
  @ApiProperty() noteFa!: string;
  @ApiProperty() noteEn!: string;
  @ApiProperty({ example: 4 }) windowPeriods!: number;
  @ApiProperty({ example: 2 }) minPeriods!: number;
  @ApiProperty({ type: [OutcomeView] }) items!: OutcomeView[];
}

export class CompletenessCountsView {
  @ApiProperty() due!: number;
  @ApiProperty() onTime!: number;
  @ApiProperty() late!: number;
  @ApiProperty() missing!: number;
  @ApiProperty() returned!: number;
  @ApiProperty({ type: Number, nullable: true, example: 75, description: '(on time + late) ÷ due, %' })
  rate!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 50 }) onTimeRate!: number | null;
}

export class CompletenessPeriodView extends CompletenessCountsView {
  @ApiProperty({ example: '1405-Q1' }) period!: string;
  @ApiProperty() dueAt!: Date;
  @ApiProperty({ example: '1405/04/15' }) dueAtJalali!: string;
}

export class CompletenessAssociationView extends CompletenessCountsView {
  @ApiProperty({ format: 'uuid' }) associationId!: string;
  @ApiProperty() nameFa!: string;
}

export class CompletenessView {
  @ApiProperty({ type: CompletenessCountsView, description: 'The whole (filtered) portfolio' })
  portfolio!: CompletenessCountsView;
  @ApiProperty({ type: [CompletenessPeriodView], description: 'Newest first, at most 24 periods' })
  byPeriod!: CompletenessPeriodView[];
  @ApiProperty({
    type: [CompletenessAssociationView],
    description: 'The 20 lowest rates (all in the export)',
  })
  byAssociation!: CompletenessAssociationView[];
}

export class MoverView {
  @ApiProperty({ format: 'uuid' }) associationId!: string;
  @ApiProperty() nameFa!: string;
  @ApiProperty({ type: Number, nullable: true }) categoryId!: number | null;
  @ApiProperty({ type: String, nullable: true }) categoryNameFa!: string | null;
  @ApiProperty({ example: '1405-Q2' }) latestPeriod!: string;
  @ApiProperty({ example: 72.5 }) latestComposite!: number;
  @ApiProperty({ example: '1404-Q3' }) fromPeriod!: string;
  @ApiProperty({ example: 12.25 }) change!: number;
}

export class CategoryMoversView {
  @ApiProperty({ type: Number, nullable: true }) categoryId!: number | null;
  @ApiProperty({ type: String, nullable: true }) categoryNameFa!: string | null;
  @ApiProperty({ type: MoverView }) top!: MoverView;
  @ApiProperty({ type: MoverView }) bottom!: MoverView;
}

export class MoversView {
  @ApiProperty({ example: 4 }) spanPeriods!: number;
  @ApiProperty({ type: [MoverView], description: 'At most 10, biggest rise first' }) rising!: MoverView[];
  @ApiProperty({ type: [MoverView], description: 'At most 10, biggest fall first' }) falling!: MoverView[];
  @ApiProperty({ type: [CategoryMoversView] }) byCategory!: CategoryMoversView[];
}

export class ScoreBandView {
  @ApiProperty() from!: number;
  @ApiProperty() to!: number;
  @ApiProperty() count!: number;
}

export class GradeCountsView {
  @ApiProperty() A!: number;
  @ApiProperty() B!: number;
  @ApiProperty() C!: number;
  @ApiProperty() D!: number;
}

export class ScoresView {
  @ApiProperty() scored!: number;
  @ApiProperty({ type: GradeCountsView }) grades!: GradeCountsView;
  @ApiProperty({ type: [ScoreBandView] }) bands!: ScoreBandView[];
}

export class AlertItemView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) associationId!: string;
  @ApiProperty() associationNameFa!: string;
  @ApiProperty({ example: 'report_missing' }) kind!: string;
  @ApiProperty() period!: string;
  @ApiProperty() messageFa!: string;
  @ApiProperty() messageEn!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() createdAtJalali!: string;
}

export class AlertsView {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { report_missing: 3 } })
  open!: Record<string, number>;
  @ApiProperty({ type: [AlertItemView] }) latest!: AlertItemView[];
}

export class OverviewFiltersView {
  @ApiProperty({ type: Number, nullable: true }) categoryId!: number | null;
  @ApiProperty({ type: String, nullable: true }) legalForm!: string | null;
  @ApiProperty({ type: String, nullable: true }) scope!: string | null;
  @ApiProperty({ type: String, nullable: true }) city!: string | null;
  @ApiProperty({ type: Number, nullable: true }) fiscalYear!: number | null;
  @ApiProperty({ type: String, nullable: true }) phase!: string | null;
}

export class RoadmapOverviewView {
  @ApiProperty({ description: 'When the read model behind these figures was built (they may be this old)' })
  asOf!: Date;
  @ApiProperty({ example: '1405/09/10 22:15' }) asOfJalali!: string;
  @ApiProperty({ example: 42, description: 'Seconds between asOf and this answer' }) ageSeconds!: number;
  @ApiProperty() generatedAt!: string;
  @ApiProperty({ type: OverviewFiltersView }) filters!: OverviewFiltersView;
  @ApiProperty({ type: [FunnelPhaseView] }) phases!: FunnelPhaseView[];
  @ApiProperty({ type: StalledView }) stalled!: StalledView;
  @ApiProperty({ type: StagesView }) stages!: StagesView;
  @ApiProperty({ type: SupportsSectionView }) supports!: SupportsSectionView;
  @ApiProperty({ type: OutcomesView }) outcomes!: OutcomesView;
  @ApiProperty({ type: CompletenessView }) completeness!: CompletenessView;
  @ApiProperty({ type: MoversView }) movers!: MoversView;
  @ApiProperty({ type: ScoresView }) scores!: ScoresView;
  @ApiProperty({ type: AlertsView }) alerts!: AlertsView;
}

/* One association's road. */

export class RoadAssociationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() nameFa!: string;
  @ApiProperty({ type: String, nullable: true }) nameEn!: string | null;
  @ApiProperty() status!: string;
  @ApiProperty() phase!: string;
  @ApiProperty() phaseEnteredAt!: Date;
  @ApiProperty() phaseEnteredAtJalali!: string;
  @ApiProperty() daysInPhase!: number;
}

export class RoadPhaseSupportsView {
  @ApiProperty() requests!: number;
  @ApiProperty() granted!: number;
  @ApiProperty() grantedRials!: string;
  @ApiProperty() grantedHours!: number;
}

export class RoadPhaseView {
  @ApiProperty() phase!: string;
  @ApiProperty() nameFa!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty() current!: boolean;
  @ApiProperty({ type: RoadPhaseSupportsView, nullable: true }) supports!: RoadPhaseSupportsView | null;
}

export class RoadTransitionView {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ example: 'forward' }) direction!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty() at!: Date;
  @ApiProperty() atJalali!: string;
}

export class RoadMilestoneView {
  @ApiProperty({ example: 'member_database' }) kind!: string;
  @ApiProperty() nameFa!: string;
  @ApiProperty() plannedAt!: Date;
  @ApiProperty() plannedAtJalali!: string;
  @ApiProperty({ type: Date, nullable: true }) doneAt!: Date | null;
  @ApiProperty({ type: String, nullable: true }) doneAtJalali!: string | null;
  @ApiProperty({ description: 'Done, and for the member database at its coverage target' }) reached!: boolean;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: String, nullable: true }) evidence!: string | null;
  @ApiProperty({ type: Number, nullable: true }) coveragePercent!: number | null;
  @ApiProperty({ type: Number, nullable: true }) coverageTargetPercent!: number | null;
}

export class RoadStageView {
  @ApiProperty() stage!: number;
  @ApiProperty() key!: string;
  @ApiProperty() nameFa!: string;
  @ApiProperty() nameEn!: string;
}

export class RoadGrantView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() kindCode!: string;
  @ApiProperty({ type: String, nullable: true }) kindNameFa!: string | null;
  @ApiProperty() phase!: string;
  @ApiProperty() status!: string;
  @ApiProperty() fiscalYear!: number;
  @ApiProperty({ type: String, nullable: true }) amountRials!: string | null;
  @ApiProperty({ type: Number, nullable: true }) hours!: number | null;
  @ApiProperty() requestedAt!: Date;
  @ApiProperty() requestedAtJalali!: string;
  @ApiProperty({ type: Date, nullable: true }) deliveredAt!: Date | null;
  @ApiProperty({ type: String, nullable: true }) deliveredAtJalali!: string | null;
}

export class AxesView {
  @ApiProperty({ type: Number, nullable: true }) chamber!: number | null;
  @ApiProperty({ type: Number, nullable: true }) association!: number | null;
  @ApiProperty({ type: Number, nullable: true }) members!: number | null;
}

export class RoadScoreView {
  @ApiProperty({ example: '1405-Q1' }) period!: string;
  @ApiProperty() periodStart!: Date;
  @ApiProperty() periodStartJalali!: string;
  @ApiProperty({ type: Number, nullable: true }) composite!: number | null;
  @ApiProperty({ type: String, nullable: true }) grade!: string | null;
  @ApiProperty({ type: AxesView }) axes!: AxesView;
}

export class RoadCompletenessPeriodView {
  @ApiProperty() period!: string;
  @ApiProperty() dueAt!: Date;
  @ApiProperty() dueAtJalali!: string;
  @ApiProperty({ enum: ['on_time', 'late', 'missing', 'returned'] }) state!: string;
}

export class RoadCompletenessView {
  @ApiProperty({ type: CompletenessCountsView }) totals!: CompletenessCountsView;
  @ApiProperty({ type: [RoadCompletenessPeriodView] }) periods!: RoadCompletenessPeriodView[];
}

export class TimelineEventView {
  @ApiProperty() at!: Date;
  @ApiProperty() atJalali!: string;
  @ApiProperty({ enum: ['phase', 'milestone_planned', 'milestone_done', 'grant', 'score'] }) type!: string;
  @ApiProperty({ description: 'What happened, in Persian' }) labelFa!: string;
  @ApiPropertyOptional() phase?: string;
  @ApiPropertyOptional() kind?: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) composite?: number | null;
}

export class RoadLatestScoreView {
  @ApiProperty() period!: string;
  @ApiProperty({ type: Number, nullable: true }) composite!: number | null;
  @ApiProperty({ type: String, nullable: true }) grade!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) trend!: Record<string, unknown>;
}

export class RoadAlertView {
  @ApiProperty() kind!: string;
  @ApiProperty() period!: string;
  @ApiProperty() messageFa!: string;
  @ApiProperty() messageEn!: string;
  @ApiProperty() createdAt!: Date;
}

export class AssociationRoadmapView {
  @ApiProperty({ description: 'Read live: as fresh as the answer' }) asOf!: Date;
  @ApiProperty({ type: RoadAssociationView }) association!: RoadAssociationView;
  @ApiProperty({ type: RoadStageView, nullable: true, description: 'Only in the last phase (development)' })
  stage!: RoadStageView | null;
  @ApiProperty({ type: [RoadPhaseView] }) phases!: RoadPhaseView[];
  @ApiProperty({ type: [RoadTransitionView] }) history!: RoadTransitionView[];
  @ApiProperty({ type: [RoadMilestoneView] }) milestones!: RoadMilestoneView[];
  @ApiProperty({ type: [RoadGrantView] }) grants!: RoadGrantView[];
  @ApiProperty({ type: [RoadScoreView], description: 'KPI trend per axis and composite, oldest first' })
  trend!: RoadScoreView[];
  @ApiProperty({ type: RoadCompletenessView }) completeness!: RoadCompletenessView;
  @ApiProperty({
    type: [TimelineEventView],
    description: 'Phases, milestones, grants and scores on one time line',
  })
  timeline!: TimelineEventView[];
  @ApiProperty({ type: RoadLatestScoreView, nullable: true }) latestScore!: RoadLatestScoreView | null;
  @ApiProperty({ type: [RoadAlertView] }) alerts!: RoadAlertView[];
}
