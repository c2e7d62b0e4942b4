import { DeepPartial, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

/** Every chamber-wide settings table holds exactly one row, with this id (a CHECK in each table). */
export const SETTINGS_ROW_ID = 1;

/**
 * The one row of a settings table: read (locked FOR UPDATE when a versioned edit follows, inside
 * the caller's transaction) and, on a database that lacks it, created from the defaults first, so
 * every settings service reads its row the same way and none has to be seeded to work.
 */
export async function loadSettingsRow<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  defaults: DeepPartial<NoInfer<T>>,
  opts: { lock?: boolean } = {},
): Promise<T> {
  const where = { id: SETTINGS_ROW_ID } as unknown as FindOptionsWhere<T>;
  const lock = opts.lock ? { lock: { mode: 'pessimistic_write' as const } } : {};
  const row = await em.findOne(entity, { where, ...lock });
  if (row) return row;
  await em
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values({ ...defaults, id: SETTINGS_ROW_ID } as never)
    .orIgnore()
    .execute();
  return em.findOneOrFail(entity, { where, ...lock });
}
