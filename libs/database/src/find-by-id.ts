import { EntityMetadata, ObjectLiteral, Repository } from 'typeorm';

const selectById = new WeakMap<EntityMetadata, string>();

/**
 * The hot read of one row by primary key: one prepared SELECT built once from the entity's
 * metadata, columns aliased to property names. It skips TypeORM's query building and entity
 * hydration (which cost more than the query itself on a read by id); the result is a plain
 * object with the entity's properties (no relations).
 */
export async function findOneById<T extends ObjectLiteral>(
  repo: Repository<T>,
  id: string,
): Promise<T | null> {
  const md = repo.metadata;
  let sql = selectById.get(md);
  if (!sql) {
    const columns = md.columns
      .filter((c) => c.isSelect && !c.isVirtual)
      // TypeORM returns `date` columns as 'YYYY-MM-DD' text, not as a Date: do the same.
      .map((c) => `"${c.databaseName}"${c.type === 'date' ? '::text' : ''} AS "${c.propertyName}"`);
    sql = `SELECT ${columns.join(', ')} FROM "${md.tablePath}" WHERE "${md.primaryColumns[0].databaseName}" = $1`;
    selectById.set(md, sql);
  }
  const rows = (await repo.query(sql, [id])) as T[];
  return rows[0] ?? null;
}
