import { Injectable, StreamableFile } from '@nestjs/common';
import { MILESTONE_KINDS, PHASES } from '@tashakkol/lifecycle';
import { AuthContext, neutraliseFormula, toJalaliDate } from '@tashakkol/shared';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { PassThrough } from 'stream';
import { AssociationRoadmapQueryDto, ExportFormat, RoadmapQueryDto } from './roadmap.dto';
import { RoadmapService } from './roadmap.service';

type Cell = string | number | null;
export interface Sheet {
  name: string;
  headers: string[];
  rows: Cell[][];
}

const phaseFa = new Map(PHASES.map((p) => [p.key as string, p.nameFa]));
const milestoneFa = new Map(MILESTONE_KINDS.map((m) => [m.key, m.nameFa]));
const STATE_FA: Record<string, string> = {
  on_time: 'به موقع',
  late: 'با تاخیر',
  missing: 'ارسال نشده',
  returned: 'برگشت داده شده',
};
const jalali = (d: Date | null | undefined) => (d ? toJalaliDate(new Date(d)) : null);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The overview and one association's road as spreadsheets: Persian headers, Jalali dates, Rials as text. */
@Injectable()
export class RoadmapExportService {
  constructor(private readonly roadmap: RoadmapService) {}

  async overview(q: RoadmapQueryDto, format: ExportFormat): Promise<StreamableFile> {
    const [o, portfolio] = await Promise.all([this.roadmap.overview(q), this.roadmap.portfolioRows(q)]);
    const sheets: Sheet[] = [
      {
        name: 'تشکل ها',
        headers: [
          'نام تشکل',
          'رسته',
          'شکل حقوقی',
          'گستره',
          'شهر',
          'وضعیت',
          'فاز',
          'تاریخ ورود به فاز',
          'مرحله توسعه',
          'نقاط عطف برنامه ریزی شده',
          'نقاط عطف محقق شده',
          'آخرین دوره',
          'امتیاز ترکیبی',
          'رتبه',
          'تغییر امتیاز در چهار دوره',
          'گزارش های مقرر',
          'به موقع',
          'با تاخیر',
          'ارسال نشده',
          'برگشت داده شده',
          'درصد کامل بودن',
        ],
        rows: portfolio.map((r) => [
          r.nameFa,
          r.categoryNameFa,
          r.legalForm,
          r.scope,
          r.city,
          r.status,
          phaseFa.get(r.phase) ?? r.phase,
          jalali(r.phaseEnteredAt),
          r.stage,
          r.milestonesPlanned,
          r.milestonesDone,
          r.latestPeriod,
          r.latestComposite,
          r.latestGrade,
          r.change,
          r.completeness.due,
          r.completeness.onTime,
          r.completeness.late,
          r.completeness.missing,
          r.completeness.returned,
          r.completeness.rate,
        ]),
      },
      {
        name: 'قیف فازها',
        headers: ['فاز', 'تعداد تشکل', 'میانه روز در فاز', 'صدک ۹۰ روز در فاز'],
        rows: o.phases.map((p) => [p.nameFa, p.count, p.medianDays, p.p90Days]),
      },
      {
        name: 'متوقف',
        headers: ['نام تشکل', 'فاز', 'تاریخ ورود به فاز', 'روز در فاز'],
        rows: o.stalled.items.map((s) => [
          s.nameFa,
          phaseFa.get(s.phase) ?? s.phase,
          s.phaseEnteredAtJalali,
          s.daysInPhase,
        ]),
      },
      {
        name: 'مراحل توسعه',
        headers: ['مرحله', 'عنوان مرحله', 'تعداد تشکل'],
        rows: o.stages.byStage.map((s) => [s.stage, s.nameFa, s.count]),
      },
      {
        name: 'نقاط عطف معوق',
        headers: ['نام تشکل', 'نقطه عطف', 'تاریخ برنامه', 'روز تاخیر'],
        rows: o.stages.overdue.map((m) => [
          m.associationNameFa,
          m.kindNameFa,
          m.plannedAtJalali,
          m.daysOverdue,
        ]),
      },
      {
        name: 'حمایت ها',
        headers: [
          'فاز',
          'نوع حمایت',
          'درخواست',
          'اعطا شده',
          'تحویل شده',
          'مبلغ اعطا شده (ریال)',
          'ساعت',
          'با احتیاط',
        ],
        rows: o.supports.byPhaseAndKind.map((c) => [
          phaseFa.get(c.phase) ?? c.phase,
          c.kindNameFa ?? c.kindCode,
          c.requests,
          c.granted,
          c.delivered,
          c.grantedRials,
          c.grantedHours,
          c.flaggedPrecautions,
        ]),
      },
      {
        name: 'حمایت و نتیجه',
        headers: [
          'فاز',
          'نوع حمایت',
          'تعداد اعطا',
          'مبلغ (ریال)',
          'ساعت',
          'موارد',
          'میانگین تغییر امتیاز ترکیبی',
          'انحراف معیار',
          'شاخص هدف',
          'موارد شاخص',
          'میانگین تغییر شاخص',
          'انحراف معیار شاخص',
          'کنار گذاشته (دوره ناکافی)',
          'توضیح',
        ],
        rows: o.outcomes.items.map((x) => [
          phaseFa.get(x.phase) ?? x.phase,
          x.kindNameFa ?? x.kindCode,
          x.grants,
          x.grantedRials,
          x.grantedHours,
          x.composite.cases,
          x.composite.meanChange,
          x.composite.stdDev,
          x.indicator.nameFa ?? x.indicator.code,
          x.indicator.cases,
          x.indicator.meanChange,
          x.indicator.stdDev,
          x.excluded,
          o.outcomes.noteFa,
        ]),
      },
      {
        name: 'کامل بودن گزارش ها',
        headers: [
          'دوره',
          'موعد',
          'مقرر',
          'به موقع',
          'با تاخیر',
          'ارسال نشده',
          'برگشت داده شده',
          'درصد کامل بودن',
        ],
        rows: [
          ...o.completeness.byPeriod.map((p) => [
            p.period,
            p.dueAtJalali,
            p.due,
            p.onTime,
            p.late,
            p.missing,
            p.returned,
            p.rate,
          ]),
          [
            'کل سبد',
            null,
            o.completeness.portfolio.due,
            o.completeness.portfolio.onTime,
            o.completeness.portfolio.late,
            o.completeness.portfolio.missing,
            o.completeness.portfolio.returned,
            o.completeness.portfolio.rate,
          ],
        ],
      },
      {
        name: 'بیشترین تغییر',
        headers: ['جهت', 'نام تشکل', 'رسته', 'از دوره', 'تا دوره', 'امتیاز ترکیبی', 'تغییر'],
        rows: [
          ...o.movers.rising.map((m) => ['صعود', ...moverCells(m)]),
          ...o.movers.falling.map((m) => ['نزول', ...moverCells(m)]),
          ...o.movers.byCategory.flatMap((c) => [
            ['برترین رسته', ...moverCells(c.top)],
            ['ضعیف ترین رسته', ...moverCells(c.bottom)],
          ]),
        ],
      },
    ];
    return write(sheets, format, 'roadmap-overview');
  }

  async association(
    auth: AuthContext,
    id: string,
    q: AssociationRoadmapQueryDto,
    format: ExportFormat,
  ): Promise<StreamableFile> {
    const r = await this.roadmap.association(auth, id, q);
    const sheets: Sheet[] = [
      {
        name: 'خط زمان',
        headers: ['تاریخ', 'رویداد', 'شرح'],
        rows: r.timeline.map((e) => [e.atJalali, e.type, e.labelFa]),
      },
      {
        name: 'نقاط عطف',
        headers: [
          'نقطه عطف',
          'تاریخ برنامه',
          'تاریخ تحقق',
          'محقق شده',
          'معوق',
          'درصد پوشش',
          'هدف پوشش',
          'شواهد',
        ],
        rows: r.milestones.map((m) => [
          milestoneFa.get(m.kind) ?? m.kind,
          m.plannedAtJalali,
          m.doneAtJalali,
          m.reached ? 'بله' : 'خیر',
          m.overdue ? 'بله' : 'خیر',
          m.coveragePercent,
          m.coverageTargetPercent,
          m.evidence,
        ]),
      },
      {
        name: 'حمایت ها',
        headers: [
          'نوع حمایت',
          'فاز',
          'وضعیت',
          'سال مالی',
          'مبلغ (ریال)',
          'ساعت',
          'تاریخ درخواست',
          'تاریخ تحویل',
        ],
        rows: r.grants.map((g) => [
          g.kindNameFa ?? g.kindCode,
          phaseFa.get(g.phase) ?? g.phase,
          g.status,
          g.fiscalYear,
          g.amountRials,
          g.hours,
          g.requestedAtJalali,
          g.deliveredAtJalali,
        ]),
      },
      {
        name: 'روند امتیاز',
        headers: ['دوره', 'شروع دوره', 'امتیاز ترکیبی', 'رتبه', 'محور اتاق', 'محور تشکل', 'محور اعضا'],
        rows: r.trend.map((s) => [
          s.period,
          s.periodStartJalali,
          s.composite,
          s.grade,
          s.axes.chamber,
          s.axes.association,
          s.axes.members,
        ]),
      },
      {
        name: 'کامل بودن گزارش ها',
        headers: ['دوره', 'موعد', 'وضعیت'],
        rows: r.completeness.periods.map((p) => [p.period, p.dueAtJalali, STATE_FA[p.state] ?? p.state]),
      },
    ];
    return write(sheets, format, `roadmap-${id}`);
  }
}

function moverCells(m: {
  nameFa: string;
  categoryNameFa: string | null;
  fromPeriod: string;
  latestPeriod: string;
  latestComposite: number;
  change: number;
}): Cell[] {
  return [m.nameFa, m.categoryNameFa, m.fromPeriod, m.latestPeriod, m.latestComposite, m.change];
}

/** CSV: the sheets one after another, each under its title, every text cell neutralised. */
export function toCsv(sheets: Sheet[]): string {
  const lines: Cell[][] = [];
  for (const s of sheets) {
    lines.push([s.name], s.headers, ...s.rows.map((r) => r.map((c) => neutraliseFormula(c))), []);
  }
  // A byte-order mark so spreadsheet programs read the Persian text as UTF-8.
  return '\uFEFF' + stringify(lines);
}

function write(sheets: Sheet[], format: ExportFormat, base: string): StreamableFile {
  if (format === 'csv')
    return new StreamableFile(Buffer.from(toCsv(sheets), 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${base}.csv"`,
    });
  // Streamed: rows are committed as they are written, so a sheet of every association stays small in memory.
  const stream = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  void (async () => {
    try {
      for (const s of sheets) {
        const sheet = book.addWorksheet(s.name, { views: [{ rightToLeft: true }] });
        const header = sheet.addRow(s.headers);
        header.font = { bold: true };
        header.commit();
        for (const r of s.rows) sheet.addRow(r.map((c) => neutraliseFormula(c))).commit();
        sheet.commit();
      }
      await book.commit();
    } catch (err) {
      stream.destroy(err as Error);
    }
  })();
  return new StreamableFile(stream, { type: XLSX_TYPE, disposition: `attachment; filename="${base}.xlsx"` });
}
