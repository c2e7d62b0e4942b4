import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@tashakkol/database';
import { catalogsSeed } from '../../db/seeds/catalogs.seed';
import { seedIndicatorCatalog } from '../../db/seeds/kpi.seed';
import { startApi, TestApi } from '../support/api';
import { createAssociation } from '../support/fixtures';
import { PrivateDatabase } from '../support/private-database';

jest.setTimeout(120_000);

describe("GET /kpi-reports: the chamber's review queue", () => {
  let api: TestApi;
  let staff: string;
  let assocA: { id: string; nameFa: string };
  let assocB: { id: string; nameFa: string };
  let boardA: string;
  let boardB: string;

  const report = async (board: string, associationId: string, period: string): Promise<string> => {
    const res = await api.post(
      `/associations/${associationId}/kpi-reports`,
      { period, values: [{ indicatorCode: 'services_launched', value: 2 }] },
      board,
    );
    expect(res.status).toBe(201);
    return res.body.id;
  };

  // The queue is every association's: this file counts it in a database of its own.
  let db: PrivateDatabase;
  beforeAll(async () => {
    db = await PrivateDatabase.create();
    const ds = await new DataSource(dataSourceOptions(db.url, 2)).initialize();
    await catalogsSeed.run({ ds, log: () => undefined });
    await seedIndicatorCatalog(ds);
    await ds.destroy();
    api = await startApi({ DATABASE_URL: db.url });
    staff = (await api.userWithRole('staff')).token;
    assocA = await createAssociation(api, { phase: 'support_monitoring' });
    assocB = await createAssociation(api, { phase: 'support_monitoring' });
    boardA = (await api.userWithRole('board', assocA.id)).token;
    boardB = (await api.userWithRole('board', assocB.id)).token;
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('lists only submitted reports of every association, the longest waiting first, with the association’s name', async () => {
    const first = await report(boardB, assocB.id, '1404-Q1');
    const second = await report(boardA, assocA.id, '1404-Q1');
    const draft = await report(boardA, assocA.id, '1404-Q2');
    expect((await api.post(`/kpi-reports/${first}/submit`, {}, boardB)).status).toBe(200);
    expect((await api.post(`/kpi-reports/${second}/submit`, {}, boardA)).status).toBe(200);

    const res = await api.get('/kpi-reports', staff);
    expect(res.status).toBe(200);
    const ids = res.body.items.map((r: { id: string }) => r.id);
    expect(ids).toEqual([first, second]);
    expect(ids).not.toContain(draft);
    expect(res.body.total).toBe(2);
    expect(res.body.items[0]).toMatchObject({
      associationId: assocB.id,
      associationNameFa: assocB.nameFa,
      period: '1404-Q1',
      status: 'submitted',
    });
    expect(res.body.items[0].dueDateJalali).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);

    // Paginated, and filtered by period.
    const page2 = await api.get('/kpi-reports?pageSize=1&page=2', staff);
    expect(page2.body.items.map((r: { id: string }) => r.id)).toEqual([second]);
    expect((await api.get('/kpi-reports?period=1404-Q2', staff)).body.items).toEqual([]);

    // A reviewed report leaves the queue; a returned one too, until the board resubmits it.
    expect((await api.post(`/kpi-reports/${first}/accept`, {}, staff)).status).toBe(200);
    expect(
      (await api.post(`/kpi-reports/${second}/return`, { comment: 'شواهد پیوست شود' }, staff)).status,
    ).toBe(200);
    expect((await api.get('/kpi-reports', staff)).body.items).toEqual([]);
    expect((await api.post(`/kpi-reports/${second}/submit`, {}, boardA)).status).toBe(200);
    const again = await api.get('/kpi-reports', staff);
    expect(again.body.items.map((r: { id: string }) => r.id)).toEqual([second]);
  });

  it('refuses a bad page size naming the field, and a board user (it reads its own list) with 403', async () => {
    const bad = await api.get('/kpi-reports?pageSize=500', staff);
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('pageSize');
    expect((await api.get('/kpi-reports', boardA)).status).toBe(403);
  });
  it('shows every due date with the chamber’s grace days, as its alerts count them', async () => {
    const admin = (await api.userWithRole('admin')).token;
    const id = await report(boardA, assocA.id, '1403-Q4');
    const dueOf = async () => {
      const one = await api.get(`/kpi-reports/${id}`, boardA);
      const list = await api.get(`/associations/${assocA.id}/kpi-reports?period=1403-Q4`, boardA);
      expect(list.body.items[0].dueDate).toBe(one.body.dueDate);
      return { at: new Date(one.body.dueDate).getTime(), jalali: one.body.dueDateJalali as string };
    };
    const before = await dueOf();
    const settings = (await api.get('/kpi/settings', admin)).body;
    const put = await api.put(
      '/kpi/settings',
      { version: settings.version, reportGraceDays: settings.reportGraceDays + 10 },
      admin,
    );
    expect(put.status).toBe(200);
    const after = await dueOf();
    expect(after.at - before.at).toBe(10 * 24 * 3600 * 1000);
    expect(after.jalali).not.toBe(before.jalali);
    // The review queue says the same.
    expect((await api.post(`/kpi-reports/${id}/submit`, {}, boardA)).status).toBe(200);
    const queued = (await api.get('/kpi-reports?period=1403-Q4', staff)).body.items[0];
    expect(new Date(queued.dueDate).getTime()).toBe(after.at);
  });
});
