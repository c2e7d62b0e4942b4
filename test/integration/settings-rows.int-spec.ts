import { Client } from 'pg';
import { startApi, TestApi } from '../support/api';
import { PrivateDatabase } from '../support/private-database';

jest.setTimeout(90000);

/** The three chamber-wide settings rows are read one way: a database without them still answers with the defaults. */
describe('settings rows: kpi, lifecycle and supports read their one row the same way', () => {
  let db: PrivateDatabase;
  let api: TestApi;
  let admin: string;
  const sharedDatabaseUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    // Deleting chamber-wide rows must not reach other test files: this file has a database of its own.
    db = await PrivateDatabase.create();
    process.env.DATABASE_URL = db.url;
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    await pg.query(`DELETE FROM kpi_settings; DELETE FROM lifecycle_settings; DELETE FROM support_settings`);
    await pg.end();
    api = await startApi();
    admin = await api.adminToken();
  });
  afterAll(async () => {
    await api?.close();
    process.env.DATABASE_URL = sharedDatabaseUrl;
    await db?.drop();
  });

  it('answers every settings read with the defaults, at version 1, when the row is missing', async () => {
    const kpi = await api.get('/kpi/settings', admin);
    expect(kpi.status).toBe(200);
    expect(kpi.body).toMatchObject({ gradeA: 85, gradeB: 70, gradeC: 50, stallDays: 180, version: 1 });
    const lifecycle = await api.get('/lifecycle/settings', admin);
    expect(lifecycle.status).toBe(200);
    expect(lifecycle.body).toMatchObject({ potentialThreshold: 60, minFoundingMembers: 7, version: 1 });
    const supports = await api.get('/support-settings', admin);
    expect(supports.status).toBe(200);
    expect(supports.body).toMatchObject({ independenceThresholdRials: '5000000000', version: 1 });
  });

  it('edits each with the version just read, and refuses the stale one with 409', async () => {
    const kpi = await api.put('/kpi/settings', { version: 1, stallDays: 200 }, admin);
    expect(kpi.status).toBe(200);
    expect(kpi.body).toMatchObject({ stallDays: 200, version: 2 });
    expect((await api.put('/kpi/settings', { version: 1, stallDays: 210 }, admin)).status).toBe(409);

    const lifecycle = await api.patch('/lifecycle/settings', { version: 1, minFoundingMembers: 9 }, admin);
    expect(lifecycle.status).toBe(200);
    expect(lifecycle.body).toMatchObject({ minFoundingMembers: 9, version: 2 });
    expect(
      (await api.patch('/lifecycle/settings', { version: 1, minFoundingMembers: 8 }, admin)).status,
    ).toBe(409);

    const supports = await api.put(
      '/support-settings',
      { version: 1, independenceMaxSharePercent: 25 },
      admin,
    );
    expect(supports.status).toBe(200);
    expect(supports.body).toMatchObject({ independenceMaxSharePercent: 25, version: 2 });
    expect(
      (await api.put('/support-settings', { version: 1, independenceMaxSharePercent: 20 }, admin)).status,
    ).toBe(409);
  });
});
