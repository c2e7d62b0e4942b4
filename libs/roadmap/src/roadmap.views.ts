import { ApiProperty } from '@nestjs/swagger';
import { PHASE_KEYS } from '@tashakkol/associations';

// The roadmap's read models are being reshaped (issue #11); these views name the sections and their
// first level, so the document and the client know them, and grow with the read models.
const section = (description: string) =>
  ({ type: 'object', additionalProperties: true, description }) as const;
const list = (description: string) => ({ type: 'array', items: section(description) }) as const;

export class FunnelPhaseView {
  @ApiProperty({ enum: PHASE_KEYS }) phase!: string;
  @ApiProperty() nameFa!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty() count!: number;
  @ApiProperty({ type: Number, nullable: true }) medianDays!: number | null;
  @ApiProperty({ type: Number, nullable: true }) p90Days!: number | null;
}

export class RoadmapOverviewView {
  @ApiProperty({ type: String, format: 'date-time', description: 'When these figures were computed' })
  generatedAt!: string;
  @ApiProperty({ type: [FunnelPhaseView], description: 'The six phases in order' })
  phases!: FunnelPhaseView[];
  @ApiProperty(section('`{ thresholdDays, count, items: [association in one phase too long] }`'))
  stalled!: Record<string, unknown>;
  @ApiProperty(section('`{ fiscalYear, byPhaseAndKind }`')) supports!: Record<string, unknown>;
  @ApiProperty(section('Score distribution and grades')) scores!: object;
  @ApiProperty(section('`{ open: {kind: count}, latest: [alert] }`')) alerts!: Record<string, unknown>;
}

export class RoadmapPhaseView {
  @ApiProperty({ enum: PHASE_KEYS }) phase!: string;
  @ApiProperty() nameFa!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ description: 'The association is in this phase now' }) current!: boolean;
  @ApiProperty({ ...section('Supports requested and granted in this phase'), nullable: true })
  supports!: Record<string, unknown> | null;
}

export class AssociationRoadmapView {
  @ApiProperty(section('The association: id, names, phase, phaseEnteredAt(+Jalali) …'))
  association!: Record<string, unknown>;
  @ApiProperty({ type: [RoadmapPhaseView] }) phases!: RoadmapPhaseView[];
  @ApiProperty(list('A phase transition')) history!: Record<string, unknown>[];
  @ApiProperty({ ...section('The latest score: period, composite, grade, trend'), nullable: true })
  latestScore!: Record<string, unknown> | null;
  @ApiProperty(list('An open alert')) alerts!: Record<string, unknown>[];
}
