import { ApiProperty } from '@nestjs/swagger';
import { withJalali } from '@tashakkol/shared';
import type { AuditEntry } from './audit-entry.entity';
import type { AuditIntegrityCheck } from './audit-integrity-check.entity';

export class AuditEntryView {
  @ApiProperty({ example: '1042', description: 'Position in the log (bigint as a string)' }) id!: string;
  @ApiProperty({ type: String, format: 'date-time' }) occurredAt!: Date;
  @ApiProperty({ example: '1405/09/10' }) occurredAtJalali!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for the system' })
  actorId!: string | null;
  @ApiProperty({ example: 'staff' }) actorRole!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'مریم احمدی',
    description: "The actor's full name; null for the system",
  })
  actorName!: string | null;
  @ApiProperty({ example: 'association.update' }) action!: string;
  @ApiProperty({ example: 'association' }) entity!: string;
  @ApiProperty() entityId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) associationId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  before!: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  after!: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty({ description: 'Hash of the previous entry (the chain)' }) prevHash!: string;
  @ApiProperty() hash!: string;
}

/** An entry as stored; the actor's name is added by AuditTrailService (identity owns the names). */
export const toAuditEntryView = (e: AuditEntry): AuditEntryView =>
  withJalali({ ...e, actorName: null }, ['occurredAt']);

export class AuditIntegrityCheckView {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, format: 'date-time' }) checkedAt!: Date;
  @ApiProperty({ example: '1405/09/10' }) checkedAtJalali!: string;
  @ApiProperty() ok!: boolean;
  @ApiProperty() rowsChecked!: number;
  @ApiProperty({ type: String, nullable: true }) firstBrokenId!: string | null;
  @ApiProperty({ type: String, nullable: true }) problem!: string | null;
}

export class AuditIntegrityView {
  @ApiProperty({ type: AuditIntegrityCheckView, nullable: true, description: 'null before the first run' })
  check!: AuditIntegrityCheckView | null;
}

export const toIntegrityCheckView = (c: AuditIntegrityCheck): AuditIntegrityCheckView =>
  withJalali({ ...c }, ['checkedAt']);
