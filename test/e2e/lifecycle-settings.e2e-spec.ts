import { DataSource } from 'typeorm';
import { PhaseKey } from '@tashakkol/associations';
import { dataSourceOptions } from '@tashakkol/database';
import { phaseOf, SAMPLE_OUTPUTS } from '@tashakkol/lifecycle';
import { catalogsSeed } from '../../db/seeds/catalogs.seed';
import { startApi, TestApi } from '../support/api';
import { PrivateDatabase } from '../support/private-database';

/**
 * The lifecycle settings are one row for the whole chamber: changing the threshold or turning on
 * approval would change what other test files running at the same time see. So these tests run
 * against an API on a database of their own.
 */
describe('lifecycle settings of the chamber (admin)', () => {
  let db: PrivateDatabase;
  let ds: DataSource;
  let api: TestApi;
  let admin: string;
  let staff: string;
  let approver: string;
  let categoryId: number;

  beforeAll(async () => {
    db = await PrivateDatabase.create();
    ds = await new DataSource(dataSourceOptions(db.url, 2)).initialize();
    await catalogsSeed.run({ ds, log: () => undefined });
    categoryId = (await ds.query(`SELECT id FROM sector_categories ORDER BY id LIMIT 1`))[0].id;
    api = await startApi({ DATABASE_URL: db.url });
    admin = await api.adminToken();
    staff = (await api.userWithRole('staff')).token;
    approver = (await api.userWithRole('approver')).token;
  });
  afterAll(async () => {
    await api?.close();
    await ds?.destroy();
    await db?.drop();
  });

  const settingsVersion = async () => (await api.get('/lifecycle/settings', admin)).body.version as number;
  const move = (id: string, body: Record<string, unknown>, token = staff) =>
    api.post(`/associations/${id}/lifecycle/transitions`, body, token);
  const recordAll = async (id: string, phase: PhaseKey) => {
    for (const [key, data] of Object.entries(SAMPLE_OUTPUTS[phase])) {
      expect((await api.put(`/associations/${id}/phases/${phase}/outputs/${key}`, data, staff)).status).toBe(
        200,
      );
    }
  };
  /** Registers an association through the API; `phase` puts it straight there (set-up only). */
  const newAssociation = async (phase?: PhaseKey) => {
    const res = await api.post(
      '/associations',
      {
        nameFa: `انجمن تنظیمات ${Math.random().toString(36).slice(2, 8)}`,
        legalForm: 'association',
        scope: 'provincial',
        membershipType: 'firms',
        categoryId,
        city: 'کرمان',
      },
      admin,
    );
    expect(res.status).toBe(201);
    if (phase) await ds.query(`UPDATE associations SET phase = $2 WHERE id = $1`, [res.body.id, phase]);
    return { id: res.body.id as string };
  };

  it('changes the potential threshold and the wording of supports and precautions', async () => {
    const a = await newAssociation('potential_assessment');
    const ratings = SAMPLE_OUTPUTS.potential_assessment.potential_factors!.ratings.map((r) => ({
      ...r,
      rating: 3,
    }));
    await api.put(
      `/associations/${a.id}/phases/potential_assessment/outputs/potential_factors`,
      { ratings },
      staff,
    );
    const below = await move(a.id, { to: 'formation', version: 1 });
    expect(below.status).toBe(422);
    expect(below.body.message).toMatch(/potential score 50 is below the threshold 60/);

    const version = await settingsVersion();
    const bad = await api.patch('/lifecycle/settings', { version, potentialThreshold: 101 }, admin);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^potentialThreshold/);
    const changed = await api.patch(
      '/lifecycle/settings',
      {
        version,
        potentialThreshold: 50,
        phases: [
          {
            phase: 'formation',
            precautions: [
              {
                code: 'public_place',
                textFa: 'جلسات فقط در مکان عمومی',
                textEn: 'Meetings in a public place only',
              },
            ],
          },
        ],
      },
      admin,
    );
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ potentialThreshold: 50, version: version + 1 });
    expect((await api.patch('/lifecycle/settings', { version, potentialThreshold: 55 }, admin)).status).toBe(
      409,
    );
    try {
      const gate = await api.get(`/associations/${a.id}/lifecycle`, staff);
      expect(gate.body.gate.items[0].facts).toEqual({ score: 50, threshold: 50 });
      expect((await move(a.id, { to: 'formation', version: 1 })).status).toBe(201);
      const formation = await api.get(`/associations/${a.id}/lifecycle`, staff);
      expect(formation.body.precautions).toEqual([
        {
          code: 'public_place',
          textFa: 'جلسات فقط در مکان عمومی',
          textEn: 'Meetings in a public place only',
        },
      ]);
    } finally {
      await api.patch(
        '/lifecycle/settings',
        {
          version: version + 1,
          potentialThreshold: 60,
          phases: [{ phase: 'formation', precautions: phaseOf('formation').precautions }],
        },
        admin,
      );
    }
  });

  it('holds a staff move for approval when the chamber asks for it; an approver approves', async () => {
    const version = await settingsVersion();
    expect(
      (await api.patch('/lifecycle/settings', { version, transitionsNeedApproval: true }, admin)).status,
    ).toBe(200);
    try {
      const a = await newAssociation();
      await recordAll(a.id, 'concept_review');
      const proposed = await move(a.id, { to: 'diagnosis', version: 1 });
      expect(proposed.status).toBe(201);
      expect(proposed.body).toMatchObject({
        phase: 'concept_review',
        version: 2,
        transition: { status: 'pending' },
      });
      const lifecycle = await api.get(`/associations/${a.id}/lifecycle`, staff);
      expect(lifecycle.body).toMatchObject({
        phase: 'concept_review',
        pendingTransition: { id: proposed.body.transition.id },
      });
      expect((await move(a.id, { to: 'diagnosis', version: 2 })).status).toBe(409);
      const url = `/associations/${a.id}/lifecycle/transitions/${proposed.body.transition.id}/approve`;
      expect((await api.post(url, { version: 2 }, staff)).status).toBe(403);
      expect((await api.post(url, { version: 1 }, approver)).status).toBe(409);
      const approved = await api.post(url, { version: 2, comment: 'تایید شد' }, approver);
      expect(approved.status).toBe(201);
      expect(approved.body).toMatchObject({
        phase: 'diagnosis',
        version: 3,
        transition: { status: 'applied' },
      });
      expect((await api.post(url, { version: 3 }, approver)).status).toBe(409);
    } finally {
      await api.patch('/lifecycle/settings', { version: version + 1, transitionsNeedApproval: false }, admin);
    }
  });
});
