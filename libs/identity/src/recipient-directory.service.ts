import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@tashakkol/shared';
import { DataSource, EntityManager } from 'typeorm';

/** Who should hear of something: any of these users, these roles, or the board of one association. */
export interface RecipientQuery {
  userIds?: readonly string[];
  roles?: readonly Role[];
  boardOf?: string;
}

/** Identity's read for other contexts that address people (notifications): active users only. */
@Injectable()
export class RecipientDirectory {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async activeUserIds(em: EntityManager, who: RecipientQuery): Promise<string[]> {
    const rows: { id: string }[] = await em.query(
      `SELECT id FROM users
        WHERE active AND (id = ANY($1::uuid[]) OR role = ANY($2::text[]) OR (role = 'board' AND association_id = $3))
        ORDER BY id`,
      [who.userIds ?? [], who.roles ?? [], who.boardOf ?? null],
    );
    return rows.map((r) => r.id);
  }

  /** The address and name to write to; null for a user that is gone or inactive. */
  async contactOf(userId: string): Promise<{ email: string; fullName: string } | null> {
    const rows: { email: string; full_name: string }[] = await this.db.query(
      `SELECT email, full_name FROM users WHERE id = $1 AND active`,
      [userId],
    );
    return rows[0] ? { email: rows[0].email, fullName: rows[0].full_name } : null;
  }
}
