import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PHASE_KEYS } from '@tashakkol/associations';
import { dataSourceOptions } from '@tashakkol/database';
import { lifecycleSeed } from '../../db/seeds/lifecycle.seed';

/** The seed moves every association it finds, so it runs in a database of its own, not the shared test one. */
describe('the lifecycle demo data', () => {
  const base = process.env.TEST_BASE_DATABASE_URL as string;
  const dbName = `tashakkol_${process.env.TEST_RUN_ID}_seed`;
  let ds: DataSource;

  beforeAll(async () => {
    const admin = new Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${dbName}`;
    ds = await new DataSource(dataSourceOptions(url.toString(), 2)).initialize();
    await ds.runMigrations({ transaction: 'each' });
  });
  afterAll(async () => {
    await ds?.destroy();
    const admin = new Client({ connectionString: base });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  });

  it('does nothing without associations, then spreads them over all six phases with history, once', async () => {
    const lines: string[] = [];
    await lifecycleSeed.run({ ds, log: (l) => lines.push(l) });
    expect(lines[0]).toMatch(/nothing/);

    await ds.query(
      `INSERT INTO associations (name_fa, version, created_at) SELECT 'انجمن ' || g, 1, now() - (g || ' minutes')::interval FROM generate_series(1, 7) g`,
    );
    await lifecycleSeed.run({ ds, log: () => undefined });
    await lifecycleSeed.run({ ds, log: () => undefined });

    const phases: { phase: string; n: string }[] = await ds.query(
      `SELECT phase, count(*) AS n FROM associations GROUP BY phase`,
    );
    expect(phases.map((p) => p.phase).sort()).toEqual([...PHASE_KEYS].sort());
    const dev: { transitions: string; version: number }[] = await ds.query(
      `SELECT (SELECT count(*) FROM lifecycle_transitions t WHERE t.association_id = a.id) AS transitions, lifecycle_version AS version
         FROM associations a WHERE phase = 'development'`,
    );
    expect(dev).toEqual([{ transitions: '5', version: 6 }]);
    const [{ n }]: { n: string }[] = await ds.query(`SELECT count(*) AS n FROM lifecycle_transitions`);
    expect(n).toBe(String(0 + 1 + 2 + 3 + 4 + 5 + 0));
  });
});
