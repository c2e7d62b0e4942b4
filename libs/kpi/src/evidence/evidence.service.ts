import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@tashakkol/audit';
import { Environment } from '@tashakkol/config';
import { AuthContext, NotFoundError } from '@tashakkol/shared';
import { createHash, randomUUID } from 'crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'fs/promises';
import { dirname, join } from 'path';
import { DataSource, EntityManager } from 'typeorm';
import { KpiIndicator } from '../indicators/indicator.entity';
import { EvidenceRejectedError, UnknownIndicatorError } from '../kpi.errors';
import { reportTransition } from '../reports/report-transition';
import { evidenceSummary, ReportsService } from '../reports/reports.service';
import { EvidenceView } from '../reports/report.views';
import { KpiEvidence } from './evidence.entity';
import { detectFileType } from './file-type';
import { Upload } from './upload';

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

@Injectable()
export class EvidenceService {
  private readonly logger = new Logger(EvidenceService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reports: ReportsService,
    private readonly audit: AuditService,
    private readonly env: Environment,
  ) {}

  /** The board attaches a document to its report while it may still change it. */
  async upload(
    auth: AuthContext,
    reportId: string,
    indicatorCode: string | undefined,
    receive: () => Promise<Upload>,
  ): Promise<EvidenceView> {
    // Who may attach, first: another association's board never gets a byte read or written.
    await this.checkMayAttach(this.db.manager, auth, reportId);
    const upload = await receive();
    if (upload.data.length === 0) throw new EvidenceRejectedError('is empty');
    if (upload.data.length > EVIDENCE_MAX_BYTES) throw new EvidenceRejectedError('is larger than 10 MB');
    const type = detectFileType(upload.data);
    if (!type)
      throw new EvidenceRejectedError(
        'must be a PDF, a PNG or JPEG image, or an XLSX spreadsheet (checked by its whole structure)',
      );
    const sha256 = createHash('sha256').update(upload.data).digest('hex');
    const id = randomUUID();
    const storageKey = `kpi-evidence/${reportId}/${id}.${type.extension}`;
    const path = join(this.env.STORAGE_DIR, storageKey);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(`${path}.part`, upload.data);
    try {
      return await this.db.transaction(async (em) => {
        const report = await this.checkMayAttach(em, auth, reportId, true);
        if (indicatorCode && !(await em.exists(KpiIndicator, { where: { code: indicatorCode } }))) {
          throw new UnknownIndicatorError('indicatorCode', indicatorCode);
        }
        const evidence = await em.save(
          em.create(KpiEvidence, {
            id,
            reportId,
            indicatorCode: indicatorCode ?? null,
            fileName: upload.fileName.slice(0, 255),
            contentType: type.contentType,
            sizeBytes: upload.data.length,
            sha256,
            storageKey,
            uploadedBy: auth.userId,
          }),
        );
        await rename(`${path}.part`, path);
        await this.audit.record(em, auth, {
          action: 'kpi.evidence.upload',
          entity: 'kpi_evidence',
          entityId: id,
          associationId: report.associationId,
          after: evidenceSummary(evidence),
        });
        return evidenceSummary(evidence);
      });
    } catch (err) {
      await unlink(`${path}.part`).catch(() => undefined);
      await unlink(path).catch(() => undefined);
      throw err;
    }
  }

  private async checkMayAttach(em: EntityManager, auth: AuthContext, reportId: string, lock = false) {
    const report = await this.reports.find(em, auth, reportId, lock);
    reportTransition(report.status, 'attach_evidence', auth.role);
    return report;
  }

  async list(auth: AuthContext, reportId: string): Promise<EvidenceView[]> {
    await this.reports.find(this.db.manager, auth, reportId);
    const rows = await this.db.manager.find(KpiEvidence, {
      where: { reportId },
      order: { uploadedAt: 'ASC' },
    });
    return rows.map(evidenceSummary);
  }

  /** The document, checked against its stored checksum before it leaves. */
  async download(
    auth: AuthContext,
    reportId: string,
    evidenceId: string,
  ): Promise<{ evidence: KpiEvidence; data: Buffer }> {
    await this.reports.find(this.db.manager, auth, reportId);
    const evidence = await this.db.manager.findOne(KpiEvidence, { where: { id: evidenceId, reportId } });
    if (!evidence) throw new NotFoundError('kpi_evidence', evidenceId);
    const data = await readFile(join(this.env.STORAGE_DIR, evidence.storageKey));
    if (createHash('sha256').update(data).digest('hex') !== evidence.sha256) {
      this.logger.error(`Evidence ${evidenceId} does not match its checksum`);
      throw new Error(`evidence ${evidenceId} is corrupt in storage`);
    }
    return { evidence, data };
  }
}
