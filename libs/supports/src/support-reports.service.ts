import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PHASE_KEYS } from '@tashakkol/associations';
import { toCsv } from '@tashakkol/shared';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { SupportsSummaryView } from './supports.views';
import { COMMITTED_STATUSES_SQL } from './grant-state-machine';
import { toGrantView } from './grant-view';
import { ExportQueryDto, SummaryQueryDto } from './supports.dto';
import { SupportGrantsService } from './support-grants.service';

/** The export is a report, not a dump: a cap keeps one request from holding the API. */
const EXPORT_MAX_ROWS = 20000;

export interface SupportsSummaryRow {
  phase: string;
  kindCode: string;
  kindNameFa: string;
  requested: number;
  approved: number;
  delivered: number;
  rejected: number;
  cancelled: number;
  /** Rials approved or delivered (in-kind values included). */
  committedRials: string;
  deliveredRials: string;
  committedHours: number;
  /** Grants approved with a precaution acknowledged (flagged on the roadmap). */
  flagged: number;
}

export interface ExportFile {
  contentType: string;
  filename: string;
  body: Buffer | string;
}

@Injectable()
export class SupportReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly grants: SupportGrantsService,
  ) {}

  /** Supports by phase (when granted) and kind; the roadmap reads this too. */
  async summary(query: SummaryQueryDto): Promise<SupportsSummaryView> {
    const rows: Record<string, string>[] = await this.db.query(
      `SELECT g.phase, g.kind_code, k.name_fa,
              COUNT(*) FILTER (WHERE g.status = 'requested') AS requested,
              COUNT(*) FILTER (WHERE g.status = 'approved') AS approved,
              COUNT(*) FILTER (WHERE g.status = 'delivered') AS delivered,
              COUNT(*) FILTER (WHERE g.status = 'rejected') AS rejected,
              COUNT(*) FILTER (WHERE g.status = 'cancelled') AS cancelled,
              COALESCE(SUM(g.amount_rials) FILTER (WHERE g.status IN (${COMMITTED_STATUSES_SQL})), 0)::text AS committed_rials,
              COALESCE(SUM(g.amount_rials) FILTER (WHERE g.status = 'delivered'), 0)::text AS delivered_rials,
              COALESCE(SUM(g.hours) FILTER (WHERE g.status IN (${COMMITTED_STATUSES_SQL})), 0) AS committed_hours,
              COUNT(*) FILTER (WHERE cardinality(g.precautions) > 0) AS flagged
         FROM support_grants g JOIN support_kinds k ON k.code = g.kind_code
        WHERE ($1::int IS NULL OR g.fiscal_year = $1)
        GROUP BY g.phase, g.kind_code, k.name_fa, k.sort_order
        ORDER BY k.sort_order, g.kind_code`,
      [query.fiscalYear ?? null],
    );
    const items: SupportsSummaryRow[] = rows
      .map((r) => ({
        phase: r.phase,
        kindCode: r.kind_code,
        kindNameFa: r.name_fa,
        requested: Number(r.requested),
        approved: Number(r.approved),
        delivered: Number(r.delivered),
        rejected: Number(r.rejected),
        cancelled: Number(r.cancelled),
        committedRials: r.committed_rials,
        deliveredRials: r.delivered_rials,
        committedHours: Number(r.committed_hours),
        flagged: Number(r.flagged),
      }))
      .sort((a, b) => PHASE_KEYS.indexOf(a.phase as never) - PHASE_KEYS.indexOf(b.phase as never));
    const byPhase = PHASE_KEYS.map((phase) => {
      const own = items.filter((i) => i.phase === phase);
      return {
        phase,
        grants: own.reduce(
          (n, i) => n + i.requested + i.approved + i.delivered + i.rejected + i.cancelled,
          0,
        ),
        committedRials: own.reduce((n, i) => n + BigInt(i.committedRials), 0n).toString(),
        committedHours: own.reduce((n, i) => n + i.committedHours, 0),
      };
    });
    return { fiscalYear: query.fiscalYear ?? null, byPhase, byPhaseAndKind: items };
  }

  async export(query: ExportQueryDto): Promise<ExportFile> {
    const grants = (await this.grants.filtered(query).take(EXPORT_MAX_ROWS).getMany()).map((g) =>
      toGrantView(g),
    );
    const header = [
      'id',
      'association',
      'associationId',
      'kind',
      'kindCode',
      'phase',
      'status',
      'fiscalYear',
      'amountRials',
      'hours',
      'participants',
      'requestedAt',
      'requestedAtJalali',
      'approvedAt',
      'deliveredAt',
      'evidence',
      'precautions',
      'justification',
    ];
    const rows = grants.map((g) => [
      g.id,
      g.associationNameFa ?? '',
      g.associationId,
      g.kindNameFa ?? '',
      g.kindCode,
      g.phase,
      g.status,
      g.fiscalYear,
      g.amountRials ?? '',
      g.hours ?? '',
      g.participants ?? '',
      g.requestedAt.toISOString(),
      g.requestedAtJalali ?? '',
      g.approvedAt?.toISOString() ?? '',
      g.deliveredAt?.toISOString() ?? '',
      g.evidence ?? '',
      g.precautions.join(' '),
      g.justification,
    ]);
    if (query.format === 'csv') {
      return {
        contentType: 'text/csv; charset=utf-8',
        filename: 'supports.csv',
        body: toCsv([header, ...rows]),
      };
    }
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('supports', { views: [{ rightToLeft: true }] });
    sheet.addRow(header);
    // Rials stay text: a spreadsheet number would round them past 2^53.
    for (const r of rows) sheet.addRow(r);
    const body = Buffer.from(await book.xlsx.writeBuffer());
    return {
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      filename: 'supports.xlsx',
      body,
    };
  }
}
