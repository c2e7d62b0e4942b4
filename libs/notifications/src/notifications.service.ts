import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RecipientDirectory, RecipientQuery } from '@tashakkol/identity';
import { AuthContext, NotFoundError, Page, pageOffset, toJalaliDate } from '@tashakkol/shared';
import { EntityManager, IsNull, Not, Repository } from 'typeorm';
import { MAIL_TRANSPORT, MailTransport } from './mail-transport';
import { Notification } from './notification.entity';
import { MarkedReadView, NotificationQueryDto, NotificationView } from './notifications.dto';

export interface NewNotification {
  /** The event, e.g. `report-returned:<reportId>:v4`: with the recipient, told once only. */
  key: string;
  kind: string;
  associationId: string | null;
  titleFa: string;
  bodyFa: string;
  to: RecipientQuery;
}

@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly recipients: RecipientDirectory,
    @Inject(MAIL_TRANSPORT) private readonly mail: MailTransport,
  ) {}

  /**
   * Tells each recipient once, in the caller's transaction (so the notification commits with the
   * change it tells of). A second call for the same event and person inserts nothing. The e-mail
   * goes out afterwards through the worker's relay; returns how many were new.
   */
  async notify(em: EntityManager, n: NewNotification): Promise<number> {
    return this.notifyAll(em, [n]);
  }

  /** Many events at once (a recompute's new alerts): one read of the recipients, one insert. */
  async notifyAll(em: EntityManager, list: readonly NewNotification[]): Promise<number> {
    if (list.length === 0) return 0;
    const recipients = await this.recipients.activeUserIdsOfEach(
      em,
      list.map((n) => n.to),
    );
    const rows = list.flatMap((n, i) =>
      recipients[i].map((userId) => ({
        user_id: userId,
        association_id: n.associationId,
        kind: n.kind,
        dedupe_key: n.key.slice(0, 200),
        title_fa: n.titleFa.slice(0, 300),
        body_fa: n.bodyFa,
      })),
    );
    if (rows.length === 0) return 0;
    const inserted: unknown[] = await em.query(
      `INSERT INTO notifications (user_id, association_id, kind, dedupe_key, title_fa, body_fa, email_status)
       SELECT r.user_id, r.association_id, r.kind, r.dedupe_key, r.title_fa, r.body_fa, $2
         FROM json_to_recordset($1::json)
           AS r(user_id uuid, association_id uuid, kind text, dedupe_key text, title_fa text, body_fa text)
       ON CONFLICT ON CONSTRAINT uq_notifications_key_user DO NOTHING RETURNING id`,
      [JSON.stringify(rows), this.firstStatus()],
    );
    return inserted.length;
  }

  private firstStatus(): 'pending' | 'skipped' {
    return this.mail.configured ? 'pending' : 'skipped';
  }

  async listMine(auth: AuthContext, query: NotificationQueryDto): Promise<Page<NotificationView>> {
    const readAt = query.unread === undefined ? undefined : query.unread ? IsNull() : Not(IsNull());
    const [items, total] = await this.notifications.findAndCount({
      where: { userId: auth.userId, ...(readAt ? { readAt } : {}) },
      order: { id: 'DESC' },
      skip: pageOffset(query),
      take: query.pageSize,
    });
    return { items: items.map(toView), total, page: query.page, pageSize: query.pageSize };
  }

  async markRead(auth: AuthContext, id: string): Promise<NotificationView> {
    const n = await this.notifications.findOne({ where: { id, userId: auth.userId } });
    if (!n) throw new NotFoundError('notification', id);
    if (!n.readAt)
      await this.notifications.update({ id, userId: auth.userId, readAt: IsNull() }, { readAt: new Date() });
    return toView(await this.notifications.findOneByOrFail({ id }));
  }

  /** One UPDATE of the caller's own unread rows: another user's are never touched. */
  async markAllRead(auth: AuthContext): Promise<MarkedReadView> {
    const result = await this.notifications.update(
      { userId: auth.userId, readAt: IsNull() },
      { readAt: new Date() },
    );
    return { marked: result.affected ?? 0 };
  }
}

export function toView(n: Notification): NotificationView {
  return {
    id: n.id,
    kind: n.kind,
    associationId: n.associationId,
    titleFa: n.titleFa,
    bodyFa: n.bodyFa,
    createdAt: n.createdAt.toISOString(),
    createdAtJalali: toJalaliDate(n.createdAt),
    readAt: n.readAt?.toISOString() ?? null,
    email: {
      status: n.emailStatus,
      attempts: n.emailAttempts,
      sentAt: n.emailedAt?.toISOString() ?? null,
      error: n.emailError,
    },
  };
}
