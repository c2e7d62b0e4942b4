import { EntityMetadata, QueryFailedError, Repository } from 'typeorm';
import { findOneById } from './find-by-id';

/** A repository whose driver pool (outside a transaction) or own query (inside one) answers `rows`. */
function repoWith(
  columns: readonly Partial<Record<keyof EntityMetadata['columns'][number], unknown>>[],
  rows: unknown[],
  options: { inTransaction?: boolean; poolError?: Error } = {},
) {
  const calls: [string, unknown[]][] = [];
  const statementNames: string[] = [];
  const repoCalls: string[] = [];
  const repo = {
    metadata: { tablePath: 'things', columns, primaryColumns: [{ databaseName: 'id' }] },
    manager: {
      queryRunner: options.inTransaction ? {} : undefined,
      connection: {
        driver: {
          options: { type: 'postgres' },
          master: {
            query: async (config: { name: string; text: string; values: unknown[] }) => {
              if (options.poolError) throw options.poolError;
              calls.push([config.text, config.values]);
              statementNames.push(config.name);
              return { rows };
            },
          },
        },
      },
    },
    query: async (sql: string) => {
      repoCalls.push(sql);
      return rows;
    },
  } as unknown as Repository<{ id: string }>;
  return { repo, calls, statementNames, repoCalls };
}

describe('reading one row by id on the hot path', () => {
  it('selects every column under its property name, dates as text, with the id as a parameter', async () => {
    const { repo, calls } = repoWith(
      [
        { databaseName: 'id', propertyName: 'id', isSelect: true, isVirtual: false, type: 'uuid' },
        {
          databaseName: 'name_fa',
          propertyName: 'nameFa',
          isSelect: true,
          isVirtual: false,
          type: 'varchar',
        },
        {
          databaseName: 'founded_at',
          propertyName: 'foundedAt',
          isSelect: true,
          isVirtual: false,
          type: 'date',
        },
        {
          databaseName: 'secret',
          propertyName: 'secret',
          isSelect: false,
          isVirtual: false,
          type: 'varchar',
        },
      ],
      [{ id: 'x', nameFa: 'انجمن' }],
    );
    expect(await findOneById(repo, 'x')).toEqual({ id: 'x', nameFa: 'انجمن' });
    expect(calls[0]).toEqual([
      'SELECT "id" AS "id", "name_fa" AS "nameFa", "founded_at"::text AS "foundedAt" FROM "things" WHERE "id" = $1',
      ['x'],
    ]);
  });

  it('answers null when there is no such row', async () => {
    const { repo } = repoWith(
      [{ databaseName: 'id', propertyName: 'id', isSelect: true, isVirtual: false, type: 'uuid' }],
      [],
    );
    expect(await findOneById(repo, 'missing')).toBeNull();
  });

  it('is a named prepared statement on the pool, one name per table', async () => {
    const columns = [
      { databaseName: 'id', propertyName: 'id', isSelect: true, isVirtual: false, type: 'uuid' },
    ];
    const { repo, statementNames, repoCalls } = repoWith(columns, [{ id: 'a' }]);
    await findOneById(repo, 'a');
    await findOneById(repo, 'b');
    expect(statementNames).toEqual(['by_id_things', 'by_id_things']);
    expect(repoCalls).toEqual([]);
  });

  it('inside a transaction reads through that transaction’s connection', async () => {
    const columns = [
      { databaseName: 'id', propertyName: 'id', isSelect: true, isVirtual: false, type: 'uuid' },
    ];
    const { repo, calls, repoCalls } = repoWith(columns, [{ id: 'a' }], { inTransaction: true });
    expect(await findOneById(repo, 'a')).toEqual({ id: 'a' });
    expect(calls).toEqual([]);
    expect(repoCalls).toHaveLength(1);
  });

  it('fails as TypeORM would, with a QueryFailedError', async () => {
    const columns = [
      { databaseName: 'id', propertyName: 'id', isSelect: true, isVirtual: false, type: 'uuid' },
    ];
    const { repo } = repoWith(columns, [], { poolError: new Error('connection terminated') });
    await expect(findOneById(repo, 'a')).rejects.toBeInstanceOf(QueryFailedError);
  });
});
