import { EntityMetadata, Repository } from 'typeorm';
import { findOneById } from './find-by-id';

function repoWith(columns: Partial<EntityMetadata['columns'][number]>[], rows: unknown[]) {
  const calls: [string, unknown[]][] = [];
  const repo = {
    metadata: { tablePath: 'things', columns, primaryColumns: [{ databaseName: 'id' }] },
    query: async (sql: string, params: unknown[]) => {
      calls.push([sql, params]);
      return rows;
    },
  } as unknown as Repository<{ id: string }>;
  return { repo, calls };
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
});
