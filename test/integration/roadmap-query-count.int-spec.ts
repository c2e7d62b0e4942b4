import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@tashakkol/database';
import { RoadmapReadModel } from '@tashakkol/roadmap';
import { generatePortfolio } from '../../bench/roadmap-overview/portfolio';
import { catalogsSeed } from '../../db/seeds/catalogs.seed';
import { startApi, TestApi } from '../support/api';
import { PrivateDatabase } from '../support/private-database';

/**
 * The overview must cost the same number of SQL queries at 100 and at 5,000 associations: the
 * figures are aggregates over the read model, nothing is loaded per association. Counted at the
 * API's own TypeORM connection, on a portfolio generated in a database of this file's own.
 */
describe('roadmap queries per request do not grow with the portfolio', () => {
  let db: PrivateDatabase;
  let ds: DataSource;
  let api: TestApi;
  let president: string;
  let queries = 0;

  beforeAll(async () => {
    db = await PrivateDatabase.create();
    ds = await new DataSource(dataSourceOptions(db.url, 2)).initialize();
    await catalogsSeed.run({ ds, log: () => undefined });
    await ds.query(
      `INSERT INTO kpi_indicators (code, name_fa, name_en, axis, criterion, unit, direction, kind, frequency, default_weight, version)
       VALUES ('training_hours_per_member', 'ساعت آموزش به ازای هر عضو', 'Training hours per member', 'association', 'services', 'hours', 'higher', 'reported', 'monthly', 1, 1)`,
    );
    // The guard's token-version lookup is cached for a few seconds; the long generation between the
    // two counts must not make the second one pay it when the first did not.
    api = await startApi({ DATABASE_URL: db.url, TOKEN_VERSION_CACHE_SECONDS: '300' });
    president = (await api.userWithRole('president')).token;
    const logger = api.app.get(DataSource).logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (...args: Parameters<typeof logQuery>) => {
      queries += 1;
      return logQuery(...args);
    };
  }, 300_000);
  afterAll(async () => {
    await api?.close();
    await ds?.destroy();
    await db?.drop();
  });

  /** Queries of one overview answered from a fresh snapshot (nothing cached) and of one association's road. */
  const count = async (query: string) => {
    await api.app.get(RoadmapReadModel).refresh();
    const [{ id }] = await ds.query(`SELECT association_id AS id FROM roadmap_grants LIMIT 1`);
    expect((await api.get('/auth/me', president)).status).toBe(200); // the guard's cache is warm for both counts
    queries = 0;
    const res = await api.get(`/roadmap/overview${query}`, president);
    expect(res.status).toBe(200);
    const overview = queries;
    queries = 0;
    expect((await api.get(`/roadmap/associations/${id}`, president)).status).toBe(200);
    return { overview, association: queries, body: res.body };
  };

  it('at 100 and at 5,000 associations, with and without filters', async () => {
    await generatePortfolio(ds, { associations: 100, periods: 8, indicators: 20, grants: 300 });
    const small = await count('');
    const smallFiltered = await count('?fiscalYear=1404&scope=provincial');
    expect(small.body.stages.associations).toBeGreaterThan(0);
    expect(small.body.completeness.portfolio.due).toBeGreaterThan(0);

    await generatePortfolio(ds, {
      associations: 4900,
      periods: 8,
      indicators: 20,
      grants: 14700,
      offset: 100,
    });
    const large = await count('');
    const largeFiltered = await count('?fiscalYear=1404&scope=provincial');
    expect(large.body.phases.reduce((n: number, p: { count: number }) => n + p.count, 0)).toBeGreaterThan(
      4800,
    );

    expect(small.overview).toBeGreaterThanOrEqual(13);
    expect(large.overview).toBe(small.overview);
    expect(largeFiltered.overview).toBe(smallFiltered.overview);
    expect(large.association).toBe(small.association);
    // Freshness, settings, 13 aggregates, indicator names (plus the user lookup of the guard, if any).
    expect(large.overview).toBeLessThanOrEqual(20);
  }, 600_000);
});
