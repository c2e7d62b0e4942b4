import { ApiProperty } from '@nestjs/swagger';
import { REPORT_STATUSES, ReportStatus } from './report.entity';

const instant = { type: String, format: 'date-time' };
const instantOrNull = { ...instant, nullable: true };
const jalaliOrNull = { type: String, nullable: true, example: '1405/09/10' };

export class EvidenceView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The indicator it supports' })
  indicatorCode!: string | null;
  @ApiProperty({ example: 'صورت-جلسه.pdf' }) fileName!: string;
  @ApiProperty({ example: 'application/pdf' }) contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() sha256!: string;
  @ApiProperty(instant) uploadedAt!: Date;
  @ApiProperty({ example: '1405/09/10' }) uploadedAtJalali!: string;
}

/** A KPI report (گزارش) without its values: what lists show. */
export class ReportSummaryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) associationId!: string;
  @ApiProperty({ example: '1405-Q2', description: 'Jalali period: 1405-07, 1405-Q2 or 1405' })
  period!: string;
  @ApiProperty(instant) periodStart!: Date;
  @ApiProperty(instant) periodEnd!: Date;
  @ApiProperty(instant) dueDate!: Date;
  @ApiProperty({ example: '1405/07/15' }) dueDateJalali!: string;
  @ApiProperty({ enum: REPORT_STATUSES }) status!: ReportStatus;
  @ApiProperty({ description: '1, then +1 each time an accepted report is reopened' }) revision!: number;
  @ApiProperty({ type: String, nullable: true }) revisionReason!: string | null;
  @ApiProperty(instantOrNull) submittedAt!: Date | null;
  @ApiProperty(jalaliOrNull) submittedAtJalali!: string | null;
  @ApiProperty(instantOrNull) acceptedAt!: Date | null;
  @ApiProperty(jalaliOrNull) acceptedAtJalali!: string | null;
  @ApiProperty(instantOrNull) returnedAt!: Date | null;
  @ApiProperty(jalaliOrNull) returnedAtJalali!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The reviewer’s comment (why it was returned)' })
  reviewComment!: string | null;
  @ApiProperty() version!: number;
}

/** A report waiting for the chamber's review, with the name of its association. */
export class ReviewQueueItemView extends ReportSummaryView {
  @ApiProperty({ example: 'انجمن پسته کرمان' }) associationNameFa!: string;
}

export class ReportValueView {
  @ApiProperty({ example: 'members_count' }) indicatorCode!: string;
  @ApiProperty({ example: '120', description: 'Decimal as a string' }) value!: string;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
}

export class ReportRevisionView {
  @ApiProperty() revision!: number;
  @ApiProperty({ type: [ReportValueView], description: 'The values as accepted' }) values!: ReportValueView[];
  @ApiProperty(instantOrNull) acceptedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true }) reviewComment!: string | null;
  @ApiProperty() reopenReason!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) reopenedBy!: string | null;
  @ApiProperty(instant) reopenedAt!: Date;
  @ApiProperty({ example: '1405/09/10' }) reopenedAtJalali!: string;
}

/** One report with its values, earlier accepted revisions and evidence. */
export class ReportView extends ReportSummaryView {
  @ApiProperty({ type: [ReportValueView] }) values!: ReportValueView[];
  @ApiProperty({ type: [ReportRevisionView] }) history!: ReportRevisionView[];
  @ApiProperty({ type: [EvidenceView] }) evidence!: EvidenceView[];
}
