import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toJalaliDate } from '@tashakkol/shared';
import { DataSource } from 'typeorm';
import { KpiSettingsService } from '../scoring/kpi-settings.service';
import { AssociationInPhase, missingReports, REPORTING_PHASES, stalledAssociations } from './alert-rules';
import { AlertsService, NewAlert } from './alerts.service';
import { Frequency, lastDuePeriod } from './due-periods';

@Injectable()
export class NightlyChecksService {
  private readonly logger = new Logger(NightlyChecksService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: KpiSettingsService,
    private readonly alerts: AlertsService,
  ) {}

  /** Missing reports (past due) and phases stalled beyond the chamber's threshold become alerts. */
  async run(now = new Date()): Promise<{ missing: number; stalled: number; raised: number }> {
    const s = await this.settings.get();
    const assocRows: { id: string; phase: string; status: string; phase_entered_at: Date }[] =
      await this.dataSource.query(`SELECT id, phase, status, phase_entered_at FROM associations`);
    const list: AssociationInPhase[] = assocRows.map((a) => ({
      id: a.id,
      phase: a.phase,
      status: a.status,
      phaseEnteredAt: a.phase_entered_at,
    }));
    const freqRows: { frequency: Frequency }[] = await this.dataSource.query(
      `SELECT DISTINCT frequency FROM kpi_indicators WHERE active AND kind = 'reported'`,
    );
    const due = freqRows.map((f) => lastDuePeriod(f.frequency, now, s.reportGraceDays));
    const filedRows: { association_id: string; period: string }[] = due.length
      ? await this.dataSource.query(
          `SELECT association_id, period FROM kpi_reports WHERE period = ANY($1) AND status IN ('submitted', 'accepted')`,
          [due.map((d) => d.period)],
        )
      : [];
    const filed = new Set(filedRows.map((r) => `${r.association_id}|${r.period}`));
    const missing = missingReports(list, due, filed);
    const stalled = stalledAssociations(list, now, s.stallDays);

    const alerts: NewAlert[] = [
      ...missing.map((m) => ({
        associationId: m.associationId,
        kind: 'report_missing' as const,
        period: m.due.period,
        messageFa: `گزارش دوره ${m.due.period} تا موعد ${toJalaliDate(m.due.dueAt)} ارسال نشده است`,
        messageEn: `The report for ${m.due.period} was due on ${m.due.dueAt.toISOString().slice(0, 10)} and has not been submitted`,
        details: { dueAt: m.due.dueAt.toISOString(), dueAtJalali: toJalaliDate(m.due.dueAt) },
      })),
      ...stalled.map((a) => ({
        associationId: a.id,
        kind: 'phase_stalled' as const,
        period: `${a.phase}@${a.phaseEnteredAt.toISOString().slice(0, 10)}`,
        messageFa: `تشکل ${a.days} روز در فاز ${a.phase} مانده است (آستانه ${s.stallDays} روز)`,
        messageEn: `The association has been in phase ${a.phase} for ${a.days} days (threshold ${s.stallDays})`,
        details: { days: a.days, since: a.phaseEnteredAt.toISOString(), threshold: s.stallDays },
      })),
    ];
    const raised = await this.alerts.raiseAll(alerts);
    this.logger.log(
      `Nightly checks: ${missing.length} missing report(s) in ${REPORTING_PHASES.join('/')}, ${stalled.length} stalled, ${raised} new alert(s)`,
    );
    return { missing: missing.length, stalled: stalled.length, raised };
  }
}
