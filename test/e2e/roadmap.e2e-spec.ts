import { DataSource } from 'typeorm';
import type { PhaseKey } from '@tashakkol/associations';
import { dataSourceOptions } from '@tashakkol/database';
import { catalogsSeed } from '../../db/seeds/catalogs.seed';
import { startApi, TestApi } from '../support/api';
import { PrivateDatabase } from '../support/private-database';

/**
 * The roadmap counts the whole portfolio, so these tests run against an API on a database of
 * their own: associations other test files create at the same time never reach the figures.
 */
describe("the president's roadmap", () => {
  let db: PrivateDatabase;
  let ds: DataSource;
  let api: TestApi;
  let president: { token: string };
  let categoryId: number;
  beforeAll(async () => {
    db = await PrivateDatabase.create();
    ds = await new DataSource(dataSourceOptions(db.url, 2)).initialize();
    await catalogsSeed.run({ ds, log: () => undefined });
    categoryId = (await ds.query(`SELECT id FROM sector_categories ORDER BY id LIMIT 1`))[0].id;
    api = await startApi({ DATABASE_URL: db.url });
    president = await api.userWithRole('president');
  });
  afterAll(async () => {
    await api?.close();
    await ds?.destroy();
    await db?.drop();
  });

  const createAssociation = async (opts: { phase?: PhaseKey } = {}) => {
    const res = await api.post(
      '/associations',
      {
        nameFa: `انجمن نقشه راه ${Math.random().toString(36).slice(2, 8)}`,
        legalForm: 'association',
        scope: 'provincial',
        membershipType: 'firms',
        categoryId,
        city: 'کرمان',
      },
      await api.adminToken(),
    );
    expect(res.status).toBe(201);
    if (opts.phase)
      await ds.query(`UPDATE associations SET phase = $2, phase_entered_at = now() WHERE id = $1`, [
        res.body.id,
        opts.phase,
      ]);
    return { id: res.body.id as string };
  };

  it('shows the funnel of all six phases in order, counting a new association in concept review', async () => {
    const before = await api.get('/roadmap/overview', president.token);
    expect(before.status).toBe(200);
    expect(before.body.phases.map((p: { phase: string }) => p.phase)).toEqual([
      'concept_review',
      'diagnosis',
      'potential_assessment',
      'formation',
      'support_monitoring',
      'development',
    ]);
    await createAssociation();
    await createAssociation({ phase: 'formation' });
    const after = await api.get('/roadmap/overview', president.token);
    const count = (body: any, phase: string) =>
      body.phases.find((p: { phase: string }) => p.phase === phase).count;
    expect(count(after.body, 'concept_review')).toBe(count(before.body, 'concept_review') + 1);
    expect(count(after.body, 'formation')).toBe(count(before.body, 'formation') + 1);
    expect(after.body.phases[3]).toMatchObject({
      nameFa: 'شکل گیری و ساماندهی',
      medianDays: expect.any(Number),
    });
    expect(after.body.scores).toMatchObject({ grades: expect.any(Object), bands: expect.any(Array) });
  });

  it('lists an association stuck in its phase past the threshold as stalled', async () => {
    const stuck = await createAssociation({ phase: 'diagnosis' });
    await ds.query(`UPDATE associations SET phase_entered_at = now() - interval '400 days' WHERE id = $1`, [
      stuck.id,
    ]);
    const res = await api.get('/roadmap/overview', president.token);
    const item = res.body.stalled.items.find((s: { id: string }) => s.id === stuck.id);
    expect(item).toMatchObject({ phase: 'diagnosis', daysInPhase: expect.any(Number) });
    expect(item.daysInPhase).toBeGreaterThanOrEqual(399);
    expect(item.phaseEnteredAtJalali).toMatch(/^14\d\d\/\d\d\/\d\d$/);
  });

  it("shows one association's road, to its own board too; another's is 404 to that board", async () => {
    const own = await createAssociation({ phase: 'potential_assessment' });
    const other = await createAssociation();
    const board = await api.userWithRole('board', own.id);
    const res = await api.get(`/roadmap/associations/${own.id}`, board.token);
    expect(res.status).toBe(200);
    expect(res.body.association).toMatchObject({ id: own.id, phase: 'potential_assessment' });
    expect(res.body.phases.find((p: { current: boolean }) => p.current).phase).toBe('potential_assessment');
    expect((await api.get(`/roadmap/associations/${other.id}`, board.token)).status).toBe(404);
    expect(
      (await api.get(`/roadmap/associations/00000000-0000-4000-8000-000000000000`, president.token)).status,
    ).toBe(404);
  });

  it('keeps the overview to chamber roles (403 for a board) and names a bad fiscal year', async () => {
    const own = await createAssociation();
    const board = await api.userWithRole('board', own.id);
    expect((await api.get('/roadmap/overview', board.token)).status).toBe(403);
    const bad = await api.get('/roadmap/overview?fiscalYear=abc', president.token);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/fiscalYear/);
    expect((await api.get('/roadmap/associations/not-a-uuid', president.token)).body.message).toMatch(/^id/);
  });
});
