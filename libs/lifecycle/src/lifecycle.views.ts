import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PHASE_KEYS, PhaseKey } from '@tashakkol/associations';
import { GATE_ITEM_STATUSES, GateItemStatus } from './gate-rules';
import { LifecycleSettings } from './lifecycle-settings.entity';
import { PhaseTransition } from './phase-transition.entity';

/** Response shapes, for the OpenAPI document. */

export class PhaseNoteView {
  @ApiProperty({ example: 'moral' }) code!: string;
  @ApiProperty({ example: 'حمایت معنوی' }) textFa!: string;
  @ApiProperty({ example: 'Moral support' }) textEn!: string;
}

/** A support kind of the catalog offered in the phase (requesting it needs no override reason). */
export class SupportOfferView {
  @ApiProperty({ example: 'moral' }) code!: string;
  @ApiProperty({ example: 'حمایت معنوی' }) nameFa!: string;
  @ApiProperty({ example: 'Moral support' }) nameEn!: string;
  @ApiProperty({ enum: ['rials', 'hours', 'in_kind'] }) carries!: 'rials' | 'hours' | 'in_kind';
  @ApiProperty({ example: 'حمایت معنوی', description: 'Same as nameFa (the wording of a phase note)' })
  textFa!: string;
  @ApiProperty({ example: 'Moral support', description: 'Same as nameEn' }) textEn!: string;
}

export class LabelledView {
  @ApiProperty({ example: 'classification' }) key!: string;
  @ApiProperty({ example: 'تفکیک تشکل بر اساس معیارها و رسته' }) nameFa!: string;
  @ApiProperty({ example: 'Classification against the criteria and category' }) nameEn!: string;
}

export class PhaseView {
  @ApiProperty({ enum: PHASE_KEYS }) key!: PhaseKey;
  @ApiProperty({ example: 1 }) order!: number;
  @ApiProperty({ example: 'بررسی مفهومی' }) nameFa!: string;
  @ApiProperty({ example: 'Concept review' }) nameEn!: string;
  @ApiProperty({ type: [LabelledView], description: 'The gate: outputs recorded with PUT .../outputs/:key' })
  outputs!: LabelledView[];
  @ApiProperty({
    type: [LabelledView],
    description: 'Gate items read from another module (indicators agreed)',
  })
  externalGateItems!: LabelledView[];
  @ApiProperty({
    type: [SupportOfferView],
    description: 'The support kinds of the catalog that suit the phase',
  })
  supports!: SupportOfferView[];
  @ApiProperty({ type: [PhaseNoteView] }) precautions!: PhaseNoteView[];
}

export class PhasesView {
  @ApiProperty({ type: [PhaseView] }) phases!: PhaseView[];
  @ApiProperty({ type: LifecycleSettings }) settings!: LifecycleSettings;
}

export class GateItemView extends LabelledView {
  @ApiProperty() met!: boolean;
  @ApiProperty({
    enum: GATE_ITEM_STATUSES,
    description:
      'met; not_recorded (an output never recorded); incomplete (recorded, short of the gate); not_agreed (an item another module agrees, e.g. the KPI indicators)',
  })
  status!: GateItemStatus;
  @ApiProperty({ type: [String], example: ['output prior_actions not recorded'] }) missing!: string[];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, example: { score: 75, threshold: 60 } })
  facts?: Record<string, unknown>;
}

export class GateView {
  @ApiProperty({ enum: PHASE_KEYS }) phase!: PhaseKey;
  @ApiProperty() met!: boolean;
  @ApiProperty({ type: [String], example: ['prior_actions'], description: 'Keys of the items not met' })
  missing!: string[];
  @ApiProperty({ type: [GateItemView] }) items!: GateItemView[];
}

export class LifecycleView {
  @ApiProperty({ format: 'uuid' }) associationId!: string;
  @ApiProperty({ enum: PHASE_KEYS }) phase!: PhaseKey;
  @ApiProperty({ example: 1 }) order!: number;
  @ApiProperty({ example: 'بررسی مفهومی' }) nameFa!: string;
  @ApiProperty({ example: 'Concept review' }) nameEn!: string;
  @ApiProperty() phaseEnteredAt!: Date;
  @ApiProperty({ example: '1405/09/02' }) phaseEnteredAtJalali!: string;
  @ApiProperty({ example: 12 }) daysInPhase!: number;
  @ApiProperty({ example: 1, description: 'The lifecycle version to send with a transition' })
  version!: number;
  @ApiProperty({ enum: PHASE_KEYS, nullable: true }) nextPhase!: PhaseKey | null;
  @ApiProperty() canAdvance!: boolean;
  @ApiProperty({ type: GateView }) gate!: GateView;
  @ApiProperty({
    type: [SupportOfferView],
    description:
      'The support kinds of the catalog that suit this phase: each can be requested without an override',
  })
  supports!: SupportOfferView[];
  @ApiProperty({ type: [PhaseNoteView] }) precautions!: PhaseNoteView[];
  @ApiProperty() transitionsNeedApproval!: boolean;
  @ApiProperty({ type: PhaseTransition, nullable: true }) pendingTransition!: PhaseTransition | null;
}

export class TransitionResultView {
  @ApiProperty({ type: PhaseTransition }) transition!: PhaseTransition;
  @ApiProperty({ enum: PHASE_KEYS, description: 'The phase after the request (unchanged while pending)' })
  phase!: PhaseKey;
  @ApiProperty({ example: 2 }) version!: number;
}

export class PhaseStayView {
  @ApiProperty({ enum: PHASE_KEYS }) phase!: PhaseKey;
  @ApiProperty() enteredAt!: Date;
  @ApiProperty({ example: '1405/09/02' }) enteredAtJalali!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) leftAt!: Date | null;
  @ApiProperty({ example: 40 }) days!: number;
}

/** A transition as the history shows it: its Jalali dates and who proposed and decided it, by name. */
export class TransitionHistoryItemView extends PhaseTransition {
  @ApiProperty({ example: '1405/09/02' }) proposedAtJalali!: string;
  @ApiProperty({ type: String, nullable: true, example: '1405/09/02' }) appliedAtJalali!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'مریم کارشناس',
    description: 'Name of the user who proposed the move (null for a move the demo seed wrote)',
  })
  proposedByName!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'علی معاون', description: 'Name of the approver' })
  decidedByName!: string | null;
}

export class HistoryView {
  @ApiProperty({ type: [TransitionHistoryItemView], description: 'Newest first' })
  items!: TransitionHistoryItemView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ enum: PHASE_KEYS }) phase!: PhaseKey;
  @ApiProperty({ type: [PhaseStayView] }) stays!: PhaseStayView[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { concept_review: 40, diagnosis: 12 },
  })
  daysPerPhase!: Record<string, number>;
}

export class OutputRevisionView {
  @ApiProperty() revision!: number;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) recordedBy!: string | null;
  @ApiProperty() recordedAt!: Date;
  @ApiProperty({ example: '1405/09/02' }) recordedAtJalali!: string;
}

export class OutputItemView extends LabelledView {
  @ApiProperty() recorded!: boolean;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The current revision: data, revision, version, recordedBy, recordedAt',
  })
  output!: Record<string, unknown> | null;
  @ApiProperty({ type: [OutputRevisionView] }) revisions!: OutputRevisionView[];
}

export class PhaseOutputsView {
  @ApiProperty({ format: 'uuid' }) associationId!: string;
  @ApiProperty({ enum: PHASE_KEYS }) phase!: PhaseKey;
  @ApiProperty() nameFa!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ type: [OutputItemView] }) items!: OutputItemView[];
}
