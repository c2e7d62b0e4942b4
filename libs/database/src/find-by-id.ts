import type { Pool } from 'pg';
import { EntityMetadata, ObjectLiteral, QueryFailedError, Repository } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

interface ByIdStatement {
  /** The server-side prepared statement's name (one per table, prepared once per pooled connection). */
  name: string;
  text: string;
}
const selectById = new WeakMap<EntityMetadata, ByIdStatement>();

function statementFor(md: EntityMetadata): ByIdStatement {
  let statement = selectById.get(md);
  if (!statement) {
    const columns = md.columns
      .filter((c) => c.isSelect && !c.isVirtual)
      // TypeORM returns `date` columns as 'YYYY-MM-DD' text, not as a Date: do the same.
      .map((c) => `"${c.databaseName}"${c.type === 'date' ? '::text' : ''} AS "${c.propertyName}"`);
    const text = `SELECT ${columns.join(', ')} FROM "${md.tablePath}" WHERE "${md.primaryColumns[0].databaseName}" = $1`;
    statement = { name: `by_id_${md.tablePath}`.slice(0, 63), text };
    selectById.set(md, statement);
  }
  return statement;
}

/**
 * The hot read of one row by primary key: one SELECT built once from the entity's metadata,
 * columns aliased to property names. It skips TypeORM's query building and entity hydration
 * (which cost more than the query itself on a read by id); the result is a plain object with the
 * entity's properties (no relations). Outside a transaction it goes straight to the driver's pool
 * as a named prepared statement (parsed and planned once per connection, not on every read);
 * inside one, through that transaction's connection. Errors are TypeORM's `QueryFailedError`.
 */
export async function findOneById<T extends ObjectLiteral>(
  repo: Repository<T>,
  id: string,
): Promise<T | null> {
  // A column with a transformer (or a key of several columns) needs TypeORM's hydration: let it read.
  const md = repo.metadata;
  if (md.primaryColumns.length !== 1 || md.columns.some((c) => c.transformer))
    return repo.findOne({ where: { [md.primaryColumns[0].propertyName]: id } as never });
  const { name, text } = statementFor(md);
  const runner = repo.manager.queryRunner;
  const driver = repo.manager.connection.driver;
  if (runner || driver.options.type !== 'postgres') return ((await repo.query(text, [id])) as T[])[0] ?? null;
  const pool = (driver as PostgresDriver).master as Pool;
  try {
    const { rows } = await pool.query<T>({ name, text, values: [id] });
    return rows[0] ?? null;
  } catch (err) {
    throw new QueryFailedError(text, [id], err as Error);
  }
}
