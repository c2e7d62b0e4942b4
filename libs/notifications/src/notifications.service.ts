import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RecipientDirectory, RecipientQuery } from '@tashakkol/identity';
import { AuthContext, NotFoundError, Page, pageOffset, PageQueryDto, toJalaliDate } from '@tashakkol/shared';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { MAIL_TRANSPORT, MailTransport } from './mail-transport';
import { Notification } from './notification.entity';
import { NotificationView } from './notifications.dto';

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
    const userIds = await this.recipients.activeUserIds(em, n.to);
    if (userIds.length === 0) return 0;
    const rows: unknown[] = await em.query(
      `INSERT INTO notifications (user_id, association_id, kind, dedupe_key, title_fa, body_fa, email_status)
       SELECT u, $2, $3, $4, $5, $6, $7 FROM unnest($1::uuid[]) AS u
       ON CONFLICT ON CONSTRAINT uq_notifications_key_user DO NOTHING RETURNING id`,
      [
        userIds,
        n.associationId,
        n.kind,
        n.key.slice(0, 200),
        n.titleFa.slice(0, 300),
        n.bodyFa,
        this.firstStatus(),
      ],
    );
    return rows.length;
  }

  private firstStatus(): 'pending' | 'skipped' {
    return this.mail.configured ? 'pending' : 'skipped';
  }

  async listMine(auth: AuthContext, query: PageQueryDto): Promise<Page<NotificationView>> {
    const [items, total] = await this.notifications.findAndCount({
      where: { userId: auth.userId },
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
