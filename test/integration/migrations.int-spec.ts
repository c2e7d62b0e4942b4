import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@tashakkol/database';

describe('migrations', () => {
  it('leave nothing to generate on a freshly migrated database (entities and schema agree)', async () => {
    const ds = await new DataSource(dataSourceOptions(process.env.DATABASE_URL as string, 2)).initialize();
    try {
      expect(await ds.showMigrations()).toBe(false);
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });
});
