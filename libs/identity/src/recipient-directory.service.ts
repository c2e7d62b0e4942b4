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
    return (await this.activeUserIdsOfEach(em, [who]))[0];
  }

  /** The active users of each query, in the queries' order, with one read however many there are. */
  async activeUserIdsOfEach(em: EntityManager, queries: readonly RecipientQuery[]): Promise<string[][]> {
    if (queries.length === 0) return [];
    const rows: { i: number; id: string }[] = await em.query(
      `SELECT q.i, u.id
         FROM json_to_recordset($1::json) AS q(i int, user_ids uuid[], roles text[], board_of uuid)
         JOIN users u ON u.active
          AND (u.id = ANY(q.user_ids) OR u.role = ANY(q.roles) OR (u.role = 'board' AND u.association_id = q.board_of))
        ORDER BY q.i, u.id`,
      [
        JSON.stringify(
          queries.map((who, i) => ({
            i,
            user_ids: who.userIds ?? [],
            roles: who.roles ?? [],
            board_of: who.boardOf ?? null,
          })),
        ),
      ],
    );
    const each: string[][] = queries.map(() => []);
    for (const r of rows) each[r.i].push(r.id);
    return each;
  }

  /** The address and name to write to; null for a user that is gone or inactive. */
  async contactOf(userId: string): Promise<{ email: string; fullName: string } | null> {
    const rows: { email: string; full_name: string }[] = await this.db.query(
      `SELECT email, full_name FROM users WHERE id = $1 AND active`,
      [userId],
    );
    return rows[0] ? { email: rows[0].email, fullName: rows[0].full_name } : null;
  }

  /** Active users of one role by name (whom an approver may delegate to). */
  async activeWithRole(role: Role): Promise<{ id: string; fullName: string }[]> {
    const rows: { id: string; full_name: string }[] = await this.db.query(
      `SELECT id, full_name FROM users WHERE active AND role = $1 ORDER BY full_name, id`,
      [role],
    );
    return rows.map((r) => ({ id: r.id, fullName: r.full_name }));
  }

  /** Full names of users, active or not, so a record shows who acted even after they left. */
  async fullNamesOf(ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows: { id: string; full_name: string }[] = await this.db.query(
      `SELECT id, full_name FROM users WHERE id = ANY($1::uuid[])`,
      [unique],
    );
    return new Map(rows.map((r) => [r.id, r.full_name]));
  }
}
