import { Injectable, Logger } from '@nestjs/common';
import type { AlertView } from '../kpi.views';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  assertAssociationScope,
  AuthContext,
  Page,
  pageOffset,
  PageQueryDto,
  withJalali,
  toPage,
} from '@tashakkol/shared';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { RecipientQuery } from '@tashakkol/identity';
import { NewNotification, NotificationsService } from '@tashakkol/notifications';
import { AlertKind, KpiAlert } from './kpi-alert.entity';

export interface NewAlert {
  associationId: string;
  kind: AlertKind;
  period: string;
  messageFa: string;
  messageEn: string;
  details?: Record<string, unknown>;
}

const TITLES_FA: Record<AlertKind, string> = {
  score_declining: 'هشدار: کاهش امتیاز عملکرد',
  report_missing: 'یادآوری: گزارش دوره ای ارسال نشده است',
  phase_stalled: 'هشدار: توقف طولانی در یک فاز',
};

/** What an alert tells, and to whom: once per alert (its id) and person. */
function notificationOf(alertId: string, a: NewAlert): NewNotification {
  return {
    key: `alert:${alertId}`,
    kind: a.kind,
    associationId: a.associationId,
    titleFa: TITLES_FA[a.kind],
    bodyFa: a.messageFa,
    to: recipientsOf(a.kind, a.associationId),
  };
}

/** Who must act on each alert: the board reports and answers for its scores; staff run the case. */
function recipientsOf(kind: AlertKind, associationId: string): RecipientQuery {
  if (kind === 'report_missing') return { boardOf: associationId };
  if (kind === 'phase_stalled') return { roles: ['staff'] };
  return { boardOf: associationId, roles: ['staff'] };
}

@Injectable()
export class AlertsService {
  private readonly logger = new Logger(AlertsService.name);

  constructor(
    @InjectRepository(KpiAlert) private readonly alerts: Repository<KpiAlert>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Raises an alert once per (association, kind, period) and, only the first time, notifies the
   * people who must act on it. Returns whether it was new.
   */
  async raise(em: EntityManager, a: NewAlert): Promise<boolean> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO kpi_alerts (association_id, kind, period, message_fa, message_en, details)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT ON CONSTRAINT uq_kpi_alerts_association_kind_period DO NOTHING RETURNING id`,
      [
        a.associationId,
        a.kind,
        a.period,
        a.messageFa,
        a.messageEn,
        a.details ? JSON.stringify(a.details) : null,
      ],
    );
    if (rows.length === 0) return false;
    await this.notifications.notify(em, notificationOf(rows[0].id, a));
    this.logger.log(`Alert ${a.kind} for association ${a.associationId} (${a.period})`);
    return true;
  }

  /**
   * Many alerts in the caller's transaction with one insert (a recompute's chunk): each is raised
   * once per (association, kind, period) and only the new ones notify. Returns the new ones.
   */
  async raiseMany(em: EntityManager, list: NewAlert[]): Promise<NewAlert[]> {
    if (list.length === 0) return [];
    const rows: { id: string; association_id: string; kind: AlertKind; period: string }[] = await em.query(
      `INSERT INTO kpi_alerts (association_id, kind, period, message_fa, message_en, details)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[])
       ON CONFLICT ON CONSTRAINT uq_kpi_alerts_association_kind_period DO NOTHING
       RETURNING id, association_id, kind, period`,
      [
        list.map((a) => a.associationId),
        list.map((a) => a.kind),
        list.map((a) => a.period),
        list.map((a) => a.messageFa),
        list.map((a) => a.messageEn),
        list.map((a) => (a.details ? JSON.stringify(a.details) : null)),
      ],
    );
    const byKey = new Map(list.map((a) => [`${a.associationId}/${a.kind}/${a.period}`, a]));
    const raised = rows.flatMap((row) => {
      const a = byKey.get(`${row.association_id}/${row.kind}/${row.period}`);
      return a ? [{ id: row.id, alert: a }] : [];
    });
    await this.notifications.notifyAll(
      em,
      raised.map(({ id, alert }) => notificationOf(id, alert)),
    );
    for (const { alert: a } of raised) {
      this.logger.log(`Alert ${a.kind} for association ${a.associationId} (${a.period})`);
    }
    return raised.map((r) => r.alert);
  }

  async raiseAll(list: NewAlert[]): Promise<number> {
    let raised = 0;
    for (const a of list) {
      if (await this.dataSource.transaction((em) => this.raise(em, a))) raised++;
    }
    return raised;
  }

  async list(auth: AuthContext, associationId: string, query: PageQueryDto): Promise<Page<AlertView>> {
    assertAssociationScope(auth, associationId);
    const [items, total] = await this.alerts.findAndCount({
      where: { associationId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: pageOffset(query),
      take: query.pageSize,
    });
    return toPage(
      items.map((a) => withJalali(a, ['createdAt'])),
      total,
      query,
    );
  }
}
