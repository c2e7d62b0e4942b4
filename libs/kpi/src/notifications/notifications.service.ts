import { Inject, Injectable, Logger } from '@nestjs/common';
import { NotificationView } from '../kpi.views';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AuthContext,
  NotFoundError,
  Page,
  pageOffset,
  PageQueryDto,
  toPage,
  withJalali,
} from '@tashakkol/shared';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { MAIL_TRANSPORT, MailTransport } from './mail-transport';
import { Notification } from './notification.entity';

export interface NewNotification {
  associationId: string | null;
  kind: string;
  titleFa: string;
  bodyFa: string;
}

const MAIL_BATCH = 100;

@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    @Inject(MAIL_TRANSPORT) private readonly mail: MailTransport,
  ) {}

  /**
   * One notification per recipient: the association's board users and the chamber's staff.
   * Written in the caller's transaction; e-mail goes out afterwards ({@link deliverPending}).
   */
  async notifyAssociationAndStaff(em: EntityManager, n: NewNotification): Promise<number> {
    const rows: unknown[] = await em.query(
      `INSERT INTO notifications (user_id, association_id, kind, title_fa, body_fa)
       SELECT u.id, $1, $2, $3, $4 FROM users u
       WHERE u.active AND (u.role = 'staff' OR (u.role = 'board' AND u.association_id = $1))
       RETURNING id`,
      [n.associationId, n.kind, n.titleFa, n.bodyFa],
    );
    return rows.length;
  }

  /** Sends the e-mails not yet sent; a failure is stored on the row and logged, and retried next time. */
  async deliverPending(): Promise<{ sent: number; failed: number }> {
    const pending: { id: string; email: string; title_fa: string; body_fa: string }[] =
      await this.notifications.query(
        `SELECT n.id, u.email, n.title_fa, n.body_fa FROM notifications n JOIN users u ON u.id = n.user_id
       WHERE n.emailed_at IS NULL ORDER BY n.id LIMIT $1`,
        [MAIL_BATCH],
      );
    let sent = 0;
    let failed = 0;
    for (const p of pending) {
      try {
        await this.mail.send({ to: p.email, subject: p.title_fa, text: p.body_fa });
        await this.notifications.update(p.id, { emailedAt: new Date(), emailError: null });
        sent++;
      } catch (err) {
        failed++;
        const reason = err instanceof Error ? err.message : String(err);
        await this.notifications.update(p.id, { emailError: reason.slice(0, 500) });
        this.logger.warn(`E-mail of notification ${p.id} to ${p.email} failed: ${reason}`);
      }
    }
    return { sent, failed };
  }

  async listMine(auth: AuthContext, query: PageQueryDto): Promise<Page<NotificationView>> {
    const [items, total] = await this.notifications.findAndCount({
      where: { userId: auth.userId },
      order: { id: 'DESC' },
      skip: pageOffset(query),
      take: query.pageSize,
    });
    return toPage(
      items.map((n) => withJalali(n, ['createdAt'])),
      total,
      query,
    );
  }

  async markRead(auth: AuthContext, id: string): Promise<NotificationView> {
    const n = await this.notifications.findOne({ where: { id, userId: auth.userId } });
    if (!n) throw new NotFoundError('notification', id);
    if (!n.readAt)
      await this.notifications.update({ id, userId: auth.userId, readAt: IsNull() }, { readAt: new Date() });
    return withJalali(await this.notifications.findOneByOrFail({ id }), ['createdAt']);
  }
}
