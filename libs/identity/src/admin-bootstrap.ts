import { AuditService, SYSTEM_ACTOR } from '@tashakkol/audit';
import { DataSource } from 'typeorm';
import { hashPassword } from './tokens';
import { User } from './user.entity';

/**
 * First start: the admin named by ADMIN_EMAIL exists (its password is never overwritten).
 * A plain function, so `npm run db:seed` runs it before the seeds that need an admin (the demo
 * approver's limits are granted by the admin) and the API runs it again at boot (a no-op then).
 * Returns the new admin's id, or null when it already existed.
 */
export async function bootstrapAdmin(
  db: DataSource,
  audit: AuditService,
  email: string,
  password: string,
): Promise<string | null> {
  const normalized = email.trim().toLowerCase();
  if (await db.getRepository(User).exists({ where: { email: normalized } })) return null;
  const passwordHash = await hashPassword(password);
  return db.transaction(async (em) => {
    const result = await em
      .createQueryBuilder()
      .insert()
      .into(User)
      .values({ email: normalized, passwordHash, fullName: 'مدیر سامانه', role: 'admin', active: true })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (result.raw as { id: string }[])[0]?.id ?? null;
    if (id) {
      await audit.record(em, SYSTEM_ACTOR, {
        action: 'user.bootstrap_admin',
        entity: 'user',
        entityId: id,
        after: { email: normalized, role: 'admin' },
      });
    }
    return id;
  });
}
