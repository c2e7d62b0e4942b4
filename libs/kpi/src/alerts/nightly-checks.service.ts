import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toJalaliDate } from '@tashakkol/shared';
import { DataSource } from 'typeorm';
import { KpiProducer } from '../jobs/kpi.producer';
import { KpiSettingsService } from '../scoring/kpi-settings.service';
import { AssociationInPhase, missingReports, REPORTING_PHASES, stalledAssociations } from './alert-rules';
import { NotificationsService } from '@tashakkol/notifications';
import { kpiTextsFa } from '../kpi-notifications.fa';
import { AlertsService, NewAlert } from './alerts.service';
import { DuePeriod, Frequency, isDueSoon, lastDuePeriod, nextDuePeriod } from './due-periods';

@Injectable()
export class NightlyChecksService {
  private readonly logger = new Logger(NightlyChecksService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: KpiSettingsService,
    private readonly alerts: AlertsService,
    private readonly producer: KpiProducer,
    private readonly notifications: NotificationsService,
  ) {}

  /** The nightly job: the checks, then a recompute of everyone under a run id derived from this job's. */
  async runThenRecompute(jobId: string | undefined) {
    const result = await this.run();
    await this.producer.requestRecomputeAll(undefined, `after-${String(jobId).replace(/:/g, '-')}`);
    return result;
  }

  /**
   * Missing reports (past due) and phases stalled beyond the chamber's threshold become alerts;
   * boards whose report falls due within a week are reminded.
   */
  async run(
    now = new Date(),
  ): Promise<{ missing: number; stalled: number; raised: number; reminded: number }> {
    const s = await this.settings.get();
    const assocRows: { id: string; phase: string; status: string; phase_entered_at: Date }[] =
      // Where each association stands, through the register's public read view (associations owns the table).
      await this.dataSource.query(`SELECT id, phase, status, phase_entered_at FROM associations_register_v`);
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
    const upcoming = freqRows
      .map((f) => nextDuePeriod(f.frequency, now, s.reportGraceDays))
      .filter((d) => isDueSoon(d.dueAt, now));
    const asked = [...due, ...upcoming].map((d) => d.period);
    const filedRows: { association_id: string; period: string }[] = asked.length
      ? await this.dataSource.query(
          `SELECT association_id, period FROM kpi_reports WHERE period = ANY($1) AND status IN ('submitted', 'accepted')`,
          [asked],
        )
      : [];
    const filed = new Set(filedRows.map((r) => `${r.association_id}|${r.period}`));
    const missing = missingReports(list, due, filed);
    const dueSoon = missingReports(list, upcoming, filed);
    const stalled = stalledAssociations(list, now, s.stallDays);

    const alerts: NewAlert[] = [
      ...missing.map((m) => ({
        associationId: m.associationId,
        kind: 'report_missing' as const,
        period: m.due.period,
        messageFa: kpiTextsFa.reportMissing(m.due.period, m.due.dueAt),
        messageEn: `The report for ${m.due.period} was due on ${m.due.dueAt.toISOString().slice(0, 10)} and has not been submitted`,
        details: { dueAt: m.due.dueAt.toISOString(), dueAtJalali: toJalaliDate(m.due.dueAt) },
      })),
      ...stalled.map((a) => ({
        associationId: a.id,
        kind: 'phase_stalled' as const,
        period: `${a.phase}@${a.phaseEnteredAt.toISOString().slice(0, 10)}`,
        messageFa: kpiTextsFa.phaseStalled(a.phase, a.days, s.stallDays),
        messageEn: `The association has been in phase ${a.phase} for ${a.days} days (threshold ${s.stallDays})`,
        details: { days: a.days, since: a.phaseEnteredAt.toISOString(), threshold: s.stallDays },
      })),
    ];
    const raised = await this.alerts.raiseAll(alerts);
    const reminded = await this.remindDueSoon(dueSoon);
    this.logger.log(
      `Nightly checks: ${missing.length} missing report(s) in ${REPORTING_PHASES.join('/')}, ${stalled.length} stalled, ${raised} new alert(s), ${reminded} reminder(s)`,
    );
    return { missing: missing.length, stalled: stalled.length, raised, reminded };
  }

  /** One reminder per association and period to its board; a rerun of the night tells nobody again. */
  private async remindDueSoon(list: { associationId: string; due: DuePeriod }[]): Promise<number> {
    if (list.length === 0) return 0;
    return this.dataSource.transaction(async (em) => {
      let told = 0;
      for (const d of list) {
        told += await this.notifications.notify(em, {
          key: `report-due:${d.associationId}:${d.due.period}`,
          kind: 'report_due',
          associationId: d.associationId,
          ...kpiTextsFa.reportDue(d.due.period, d.due.dueAt),
          to: { boardOf: d.associationId },
        });
      }
      return told;
    });
  }
}
