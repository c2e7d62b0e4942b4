import { Injectable } from '@nestjs/common';
import { EvidenceView, ReportSummaryView, ReportView, ReviewQueueItemView } from './report.views';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@tashakkol/audit';
import { isUniqueViolation, loadSettingsRow } from '@tashakkol/database';
import { NotificationsService } from '@tashakkol/notifications';
import {
  assertAssociationScope,
  AuthContext,
  NotFoundError,
  Page,
  pageOffset,
  StaleVersionError,
  withJalali,
  toPage,
} from '@tashakkol/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { dueDate, InvalidPeriodError, parsePeriod, Period, periodBounds } from '../domain/periods';
import { KpiEvidence } from '../evidence/evidence.entity';
import { KpiIndicator } from '../indicators/indicator.entity';
import {
  BadPeriodError,
  DuplicateReportError,
  EmptyReportError,
  RecordedIndicatorError,
  UnknownIndicatorError,
} from '../kpi.errors';
import { isRecordedIndicator, RECORDED_INDICATORS } from '../records/chamber-records';
import { KpiSettings } from '../scoring/kpi-settings.entity';
import { assertAssociation } from '../targets/targets.service';
import { KpiOutbox } from './kpi-outbox.entity';
import {
  CreateReportDto,
  PatchReportDto,
  ReopenReportDto,
  ReportActionDto,
  ReportQueryDto,
  ReturnReportDto,
  ReviewDto,
  ReviewQueueQueryDto,
} from './report.dto';
import { KpiReportRevision } from './report-revision.entity';
import { kpiTextsFa } from '../kpi-notifications.fa';
import { KpiReportValue } from './report-value.entity';
import { KpiReport } from './report.entity';
import { ReportAction, reportTransition } from './report-transition';

interface ValueInput {
  indicatorCode: string;
  value: string | null;
  comment?: string;
}

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The board drafts its report for a period (one per association and period). */
  async create(auth: AuthContext, associationId: string, dto: CreateReportDto): Promise<ReportView> {
    const period = readPeriod(dto.period);
    const { start, end } = periodBounds(period);
    if (start.getTime() > Date.now()) throw new BadPeriodError(`${dto.period} has not started yet`);
    try {
      return await this.db.transaction(async (em) => {
        await assertAssociation(em, auth, associationId);
        if (await em.exists(KpiReport, { where: { associationId, period: dto.period } })) {
          throw new DuplicateReportError(dto.period);
        }
        const report = await em.save(
          em.create(KpiReport, {
            associationId,
            period: dto.period,
            periodStart: start,
            periodEnd: end,
            status: 'draft',
            revision: 1,
            createdBy: auth.userId,
          }),
        );
        await this.writeValues(em, report, period, dto.values);
        const view = await this.view(em, report);
        await this.audit.record(em, auth, {
          action: 'kpi.report.create',
          entity: 'kpi_report',
          entityId: report.id,
          associationId,
          after: view,
        });
        return view;
      });
    } catch (err) {
      if (isUniqueViolation(err, 'uq_kpi_reports_association_period'))
        throw new DuplicateReportError(dto.period);
      throw err;
    }
  }

  async list(
    auth: AuthContext,
    associationId: string,
    query: ReportQueryDto,
  ): Promise<Page<ReportSummaryView>> {
    await assertAssociation(this.db.manager, auth, associationId);
    const qb = this.db.manager
      .createQueryBuilder(KpiReport, 'r')
      .where('r.association_id = :associationId', { associationId })
      .orderBy('r.period_start', 'DESC')
      .addOrderBy('r.period', 'ASC');
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.period) qb.andWhere('r.period = :period', { period: query.period });
    const [items, total] = await qb.skip(pageOffset(query)).take(query.pageSize).getManyAndCount();
    const grace = await graceDays(this.db.manager);
    return toPage(
      items.map((r) => summary(r, grace)),
      total,
      query,
    );
  }

  /** Submitted reports of every association waiting for review, the longest waiting first (chamber roles). */
  async queue(query: ReviewQueueQueryDto): Promise<Page<ReviewQueueItemView>> {
    const qb = this.db.manager
      .createQueryBuilder(KpiReport, 'r')
      .where("r.status = 'submitted'")
      .orderBy('r.submitted_at', 'ASC')
      .addOrderBy('r.id', 'ASC');
    if (query.period) qb.andWhere('r.period = :period', { period: query.period });
    const [items, total] = await qb.skip(pageOffset(query)).take(query.pageSize).getManyAndCount();
    const ids = [...new Set(items.map((r) => r.associationId))];
    // The association's name through the register's public view (associations owns the table).
    const names: { id: string; name_fa: string }[] = ids.length
      ? await this.db.query('SELECT id, name_fa FROM associations_register_v WHERE id = ANY($1)', [ids])
      : [];
    const nameOf = new Map(names.map((n) => [n.id, n.name_fa]));
    const grace = await graceDays(this.db.manager);
    return toPage(
      items.map((r) => ({ ...summary(r, grace), associationNameFa: nameOf.get(r.associationId) ?? '' })),
      total,
      query,
    );
  }

  async get(auth: AuthContext, id: string): Promise<ReportView> {
    const report = await this.find(this.db.manager, auth, id);
    return this.view(this.db.manager, report);
  }

  /** The board changes its own values while the report is a draft or was returned. */
  async patch(auth: AuthContext, id: string, dto: PatchReportDto): Promise<ReportView> {
    return this.db.transaction(async (em) => {
      const report = await this.find(em, auth, id, true);
      checkVersion(report, dto.version);
      reportTransition(report.status, 'edit', auth.role);
      const before = await this.view(em, report);
      await this.writeValues(em, report, parsePeriod(report.period), dto.values);
      await this.bump(em, report, {});
      const after = await this.view(em, report);
      await this.audit.record(em, auth, {
        action: 'kpi.report.update',
        entity: 'kpi_report',
        entityId: id,
        associationId: report.associationId,
        before: before.values,
        after: after.values,
      });
      return after;
    });
  }

  async submit(auth: AuthContext, id: string, dto: ReportActionDto): Promise<ReportView> {
    return this.transition(auth, id, dto, 'submit', 'kpi.report.submit', async (em, report) => {
      if (!(await em.exists(KpiReportValue, { where: { reportId: report.id } })))
        throw new EmptyReportError();
      const now = new Date();
      // The first submission is what "on time" is judged by; a return or a revision does not move it.
      return { submittedAt: now, firstSubmittedAt: report.firstSubmittedAt ?? now };
    });
  }

  /** Staff verify the self-declaration (صحه گذاری); the worker scores it through the outbox. */
  async accept(auth: AuthContext, id: string, dto: ReviewDto): Promise<ReportView> {
    return this.transition(auth, id, dto, 'accept', 'kpi.report.accept', async (em, report) => {
      await em.insert(KpiOutbox, {
        associationId: report.associationId,
        period: report.period,
        revision: report.revision,
      });
      return {
        acceptedAt: new Date(),
        reviewComment: dto.comment ?? null,
        reviewedBy: auth.userId,
      };
    });
  }

  async return(auth: AuthContext, id: string, dto: ReturnReportDto): Promise<ReportView> {
    return this.transition(auth, id, dto, 'return', 'kpi.report.return', async (em, report) => {
      const now = new Date();
      // The board must act now: told once per return (the version names this return).
      await this.notifications.notify(em, {
        key: `report-returned:${report.id}:v${report.version}`,
        kind: 'report_returned',
        associationId: report.associationId,
        ...kpiTextsFa.reportReturned(report.period, dto.comment, now),
        to: { boardOf: report.associationId },
      });
      return { returnedAt: now, reviewComment: dto.comment, reviewedBy: auth.userId };
    });
  }

  /** An accepted report is locked; the board opens a new revision with a reason, keeping the old one. */
  async reopen(auth: AuthContext, id: string, dto: ReopenReportDto): Promise<ReportView> {
    return this.db.transaction(async (em) => {
      const report = await this.find(em, auth, id, true);
      checkVersion(report, dto.version);
      const to = reportTransition(report.status, 'reopen', auth.role);
      const values = await em.find(KpiReportValue, {
        where: { reportId: id },
        order: { indicatorCode: 'ASC' },
      });
      await em.insert(KpiReportRevision, {
        reportId: id,
        revision: report.revision,
        values: values.map((v) => ({ indicatorCode: v.indicatorCode, value: v.value, comment: v.comment })),
        acceptedAt: report.acceptedAt,
        reviewComment: report.reviewComment,
        reason: dto.reason,
        reopenedBy: auth.userId,
      });
      const grace = await graceDays(em);
      const before = summary(report, grace);
      await this.bump(em, report, {
        status: to,
        revision: report.revision + 1,
        revisionReason: dto.reason,
        submittedAt: null,
        acceptedAt: null,
        returnedAt: null,
        reviewComment: null,
        reviewedBy: null,
      });
      const view = await this.view(em, report);
      await this.audit.record(em, auth, {
        action: 'kpi.report.reopen',
        entity: 'kpi_report',
        entityId: id,
        associationId: report.associationId,
        before,
        after: { ...summary(report, grace), reason: dto.reason },
      });
      return view;
    });
  }

  private async transition(
    auth: AuthContext,
    id: string,
    dto: ReportActionDto,
    move: ReportAction,
    action: string,
    changes: (em: EntityManager, report: KpiReport) => Promise<Partial<KpiReport>>,
  ): Promise<ReportView> {
    return this.db.transaction(async (em) => {
      const report = await this.find(em, auth, id, true);
      if (dto.version !== undefined) checkVersion(report, dto.version);
      const to = reportTransition(report.status, move, auth.role);
      const grace = await graceDays(em);
      const before = summary(report, grace);
      await this.bump(em, report, { ...(await changes(em, report)), status: to });
      await this.audit.record(em, auth, {
        action,
        entity: 'kpi_report',
        entityId: id,
        associationId: report.associationId,
        before,
        after: summary(report, grace),
      });
      return this.view(em, report);
    });
  }

  /** Loads a report the caller may see (another association's is 404 to a board user). */
  async find(em: EntityManager, auth: AuthContext, id: string, lock = false): Promise<KpiReport> {
    const report = await em.findOne(KpiReport, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!report) throw new NotFoundError('kpi_report', id);
    try {
      assertAssociationScope(auth, report.associationId);
    } catch {
      throw new NotFoundError('kpi_report', id);
    }
    return report;
  }

  /** Updates the report row (bumping its version) and refreshes the entity in place. */
  private async bump(em: EntityManager, report: KpiReport, changes: Partial<KpiReport>): Promise<void> {
    await em
      .createQueryBuilder()
      .update(KpiReport)
      .set(changes)
      .where('id = :id', { id: report.id })
      .execute();
    Object.assign(report, await em.findOneOrFail(KpiReport, { where: { id: report.id } }));
  }

  private async writeValues(
    em: EntityManager,
    report: KpiReport,
    period: Period,
    values: ValueInput[],
  ): Promise<void> {
    const codes = values.map((v) => v.indicatorCode);
    const indicators = new Map(
      (await em.find(KpiIndicator, { where: { code: In(codes) } })).map((i) => [i.code, i]),
    );
    const seen = new Set<string>();
    for (const [i, v] of values.entries()) {
      const field = `values.${i}.indicatorCode`;
      const ind = indicators.get(v.indicatorCode);
      if (!ind || !ind.active) throw new UnknownIndicatorError(field, v.indicatorCode);
      if (seen.has(ind.code)) throw new UnknownIndicatorError(field, `${ind.code} (given twice)`);
      seen.add(ind.code);
      if (ind.kind === 'derived') {
        throw new UnknownIndicatorError(
          field,
          `${ind.code} is derived (computed from other values), not reported`,
        );
      }
      if (ind.kind === 'recorded' && isRecordedIndicator(ind.code)) {
        throw new RecordedIndicatorError(field, ind.code, RECORDED_INDICATORS[ind.code]);
      }
      if (ind.frequency !== period.kind) {
        throw new UnknownIndicatorError(
          field,
          `${ind.code} is reported ${ind.frequency}, not in a ${period.kind} period`,
        );
      }
    }
    const removed = values.filter((v) => v.value === null).map((v) => v.indicatorCode);
    if (removed.length) await em.delete(KpiReportValue, { reportId: report.id, indicatorCode: In(removed) });
    const kept = values.filter((v): v is ValueInput & { value: string } => v.value !== null);
    if (kept.length) {
      await em.upsert(
        KpiReportValue,
        kept.map((v) => ({
          reportId: report.id,
          indicatorCode: v.indicatorCode,
          value: v.value,
          comment: v.comment ?? null,
        })),
        ['reportId', 'indicatorCode'],
      );
    }
  }

  async view(em: EntityManager, report: KpiReport): Promise<ReportView> {
    // One after another: `em` may be a transaction's, one connection, which runs one query at a time
    // (pg deprecates queueing them, and pg 9 refuses it).
    const values = await em.find(KpiReportValue, {
      where: { reportId: report.id },
      order: { indicatorCode: 'ASC' },
    });
    const history = await em.find(KpiReportRevision, {
      where: { reportId: report.id },
      order: { revision: 'ASC' },
    });
    const evidence = await em.find(KpiEvidence, {
      where: { reportId: report.id },
      order: { uploadedAt: 'ASC' },
    });
    const grace = await graceDays(em);
    return {
      ...summary(report, grace),
      values: values.map((v) => ({ indicatorCode: v.indicatorCode, value: v.value, comment: v.comment })),
      history: history.map((h) =>
        withJalali(
          {
            revision: h.revision,
            values: h.values,
            acceptedAt: h.acceptedAt,
            reviewComment: h.reviewComment,
            reopenReason: h.reason,
            reopenedBy: h.reopenedBy,
            reopenedAt: h.reopenedAt,
          },
          ['reopenedAt'],
        ),
      ),
      evidence: evidence.map(evidenceSummary),
    };
  }
}

export function evidenceSummary(e: KpiEvidence): EvidenceView {
  const { id, indicatorCode, fileName, contentType, sizeBytes, sha256, uploadedAt } = e;
  return withJalali({ id, indicatorCode, fileName, contentType, sizeBytes, sha256, uploadedAt }, [
    'uploadedAt',
  ]);
}

/** The chamber's grace days after a period's end (KPI settings): the one rule of a report's due date. */
async function graceDays(em: EntityManager): Promise<number> {
  return (await loadSettingsRow(em, KpiSettings, {})).reportGraceDays;
}

function summary(r: KpiReport, graceDays: number): ReportSummaryView {
  return withJalali(
    {
      id: r.id,
      associationId: r.associationId,
      period: r.period,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      dueDate: dueDate(parsePeriod(r.period), graceDays),
      status: r.status,
      revision: r.revision,
      revisionReason: r.revisionReason,
      submittedAt: r.submittedAt,
      acceptedAt: r.acceptedAt,
      returnedAt: r.returnedAt,
      reviewComment: r.reviewComment,
      version: r.version,
    },
    ['dueDate', 'submittedAt', 'acceptedAt', 'returnedAt'],
  );
}

function readPeriod(text: string): Period {
  try {
    return parsePeriod(text);
  } catch (err) {
    if (err instanceof InvalidPeriodError) throw new BadPeriodError(err.message);
    throw err;
  }
}

function checkVersion(report: KpiReport, version: number): void {
  if (report.version !== version) throw new StaleVersionError('kpi_report', version, report.version);
}
