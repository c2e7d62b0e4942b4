import { PHASE_KEYS, PhaseKey } from '@tashakkol/associations';
import { SAMPLE_OUTPUTS } from '@tashakkol/lifecycle';
import { seedIndicatorCatalog } from '../../db/seeds/kpi.seed';
import { startApi, TestApi } from '../support/api';
import { closeTestDb, createAssociation, testDb } from '../support/fixtures';

describe('the six-phase lifecycle', () => {
  let api: TestApi;
  let staff: string;
  let president: string;

  beforeAll(async () => {
    await seedIndicatorCatalog(await testDb());
    api = await startApi();
    staff = (await api.userWithRole('staff')).token;
    president = (await api.userWithRole('president')).token;
  });
  afterAll(async () => {
    await api.close();
    await closeTestDb();
  });

  const recordAll = async (id: string, phase: PhaseKey, token = staff) => {
    for (const [key, data] of Object.entries(SAMPLE_OUTPUTS[phase])) {
      const res = await api.put(`/associations/${id}/phases/${phase}/outputs/${key}`, data, token);
      expect({ key, status: res.status, body: res.status === 200 ? undefined : res.body }).toEqual({
        key,
        status: 200,
        body: undefined,
      });
    }
  };
  const move = (id: string, body: Record<string, unknown>, token = staff) =>
    api.post(`/associations/${id}/lifecycle/transitions`, body, token);

  it('publishes the phase table with Persian names, outputs, supports and precautions', async () => {
    const res = await api.get('/lifecycle/phases', president);
    expect(res.status).toBe(200);
    expect(res.body.phases.map((p: any) => p.key)).toEqual([...PHASE_KEYS]);
    expect(res.body.phases[0]).toMatchObject({ nameFa: 'بررسی مفهومی', nameEn: 'Concept review' });
    expect(res.body.phases[3].outputs.map((o: any) => o.key)).toContain('approval_in_principle');
    expect(res.body.phases[4].precautions.length).toBeGreaterThan(0);
    expect(res.body.settings).toMatchObject({
      potentialThreshold: 60,
      minFoundingMembers: 7,
      transitionsNeedApproval: false,
    });
  });

  it('starts a new association in concept review with its gate open item by item', async () => {
    const a = await createAssociation(api);
    const res = await api.get(`/associations/${a.id}/lifecycle`, staff);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      phase: 'concept_review',
      nameFa: 'بررسی مفهومی',
      version: 1,
      daysInPhase: 0,
      nextPhase: 'diagnosis',
      canAdvance: false,
    });
    expect(res.body.phaseEnteredAtJalali).toMatch(/^14\d\d\/\d\d\/\d\d$/);
    expect(res.body.gate.items.map((i: any) => [i.key, i.met, i.status])).toEqual([
      ['classification', false, 'not_recorded'],
      ['laws_and_policies', false, 'not_recorded'],
      ['prior_actions', false, 'not_recorded'],
    ]);
    expect(res.body.supports.length).toBeGreaterThan(0);
    expect(res.body.precautions.length).toBeGreaterThan(0);
  });

  it('walks one association from concept review to development with real outputs', async () => {
    const a = await createAssociation(api, { nameFa: 'انجمن فرآوری کنندگان پسته کرمان' });
    let version = 1;

    const refused = await move(a.id, { to: 'diagnosis', version });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('lifecycle.gate_not_met');
    expect(refused.body.message).toMatch(/classification.*laws_and_policies.*prior_actions/);
    expect(refused.body.details.missing).toEqual(['classification', 'laws_and_policies', 'prior_actions']);

    for (const phase of PHASE_KEYS.slice(0, 5)) {
      await recordAll(a.id, phase);
      if (phase === 'support_monitoring') {
        const noTargets = await move(a.id, { to: 'development', version });
        expect(noTargets.status).toBe(422);
        expect(noTargets.body.details.missing).toEqual(['indicators_agreed']);
        // The KPI module answers the gate: staff set baselines and targets, the board agrees to them.
        const codes = [
          'members_count',
          'services_launched',
          'training_hours_per_member',
          'fee_collection_rate',
          'database_coverage',
        ];
        const targets = await api.put(
          `/associations/${a.id}/targets`,
          { targets: codes.map((indicatorCode) => ({ indicatorCode, baseline: 10, target: 20 })) },
          staff,
        );
        expect(targets.status).toBe(200);
        const board = await api.userWithRole('board', a.id);
        expect((await api.post(`/associations/${a.id}/targets/agreement`, {}, board.token)).status).toBe(200);
      }
      const gate = await api.get(`/associations/${a.id}/lifecycle`, staff);
      expect(gate.body).toMatchObject({ phase, canAdvance: true, version });
      const next = PHASE_KEYS[PHASE_KEYS.indexOf(phase) + 1];
      const res = await move(a.id, { to: next, version });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        phase: next,
        version: version + 1,
        transition: { fromPhase: phase, toPhase: next, status: 'applied' },
      });
      expect(res.body.transition.gateSnapshot.met).toBe(true);
      version = res.body.version;
    }
    await recordAll(a.id, 'development');

    const now = await api.get(`/associations/${a.id}/lifecycle`, staff);
    expect(now.body).toMatchObject({
      phase: 'development',
      nameFa: 'نقشه راه توسعه',
      nextPhase: null,
      canAdvance: false,
      version: 6,
    });
    expect(now.body.gate.met).toBe(true);

    const potential = await api.get(`/associations/${a.id}/phases/potential_assessment/outputs`, staff);
    expect(potential.status).toBe(200);
    expect(potential.body.items[0]).toMatchObject({
      key: 'potential_factors',
      recorded: true,
      output: { revision: 1 },
    });

    const history = await api.get(`/associations/${a.id}/lifecycle/history`, staff);
    expect(history.status).toBe(200);
    expect(history.body.total).toBe(5);
    expect(history.body.items.map((t: any) => t.toPhase)).toEqual([
      'development',
      'support_monitoring',
      'formation',
      'potential_assessment',
      'diagnosis',
    ]);
    expect(history.body.stays.map((s: any) => s.phase)).toEqual([...PHASE_KEYS]);
    expect(Object.keys(history.body.daysPerPhase)).toHaveLength(6);

    const db = await testDb();
    const audit: { action: string; n: string }[] = await db.query(
      `SELECT action, count(*) AS n FROM audit_log WHERE association_id = $1 AND action LIKE 'lifecycle.%' GROUP BY action ORDER BY action`,
      [a.id],
    );
    const outputCount = Object.values(SAMPLE_OUTPUTS).reduce((n, p) => n + Object.keys(p).length, 0);
    expect(audit).toEqual([
      { action: 'lifecycle.output_record', n: String(outputCount) },
      { action: 'lifecycle.transition', n: '5' },
    ]);
  });

  it('refuses skipping a phase, and a move to the phase it is in (409)', async () => {
    const a = await createAssociation(api);
    await recordAll(a.id, 'concept_review');
    const skip = await move(a.id, { to: 'potential_assessment', version: 1 });
    expect(skip.status).toBe(409);
    expect(skip.body.message).toMatch(/^to: forward moves go only to the next phase/);
    const last = await createAssociation(api, { phase: 'development' });
    const stay = await move(last.id, { to: 'development', version: 1 });
    expect(stay.status).toBe(409);
    expect(stay.body.message).toMatch(/already in development/);
  });

  it('moves back to an earlier phase only with a reason, and shows it in the history', async () => {
    const a = await createAssociation(api, { phase: 'formation' });
    const noReason = await move(a.id, { to: 'diagnosis', version: 1 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toMatch(/^reason:/);

    const back = await move(a.id, { to: 'diagnosis', reason: 'تجربه کشورهای دیگر بازبینی شود', version: 1 });
    expect(back.status).toBe(201);
    expect(back.body.transition).toMatchObject({
      direction: 'back',
      fromPhase: 'formation',
      toPhase: 'diagnosis',
      reason: 'تجربه کشورهای دیگر بازبینی شود',
    });
    const history = await api.get(`/associations/${a.id}/lifecycle/history`, staff);
    expect(history.body.items[0]).toMatchObject({
      direction: 'back',
      reason: 'تجربه کشورهای دیگر بازبینی شود',
      // Who moved it, by name, for the history a person reads.
      proposedByName: 'Test staff',
    });
    expect(history.body.items[0].proposedAtJalali).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect((await api.get(`/associations/${a.id}/lifecycle`, staff)).body).toMatchObject({
      phase: 'diagnosis',
      version: 2,
    });
  });

  it('lets exactly one of 20 concurrent transitions win; the others get 409', async () => {
    const a = await createAssociation(api, { phase: 'formation' });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        move(a.id, { to: i % 2 ? 'diagnosis' : 'concept_review', reason: `race ${i}`, version: 1 }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(results.find((r) => r.status === 409)!.body.code).toBe('lifecycle.stale_version');
    const history = await api.get(`/associations/${a.id}/lifecycle/history`, staff);
    expect(history.body.total).toBe(1);
    expect((await api.get(`/associations/${a.id}/lifecycle`, staff)).body.version).toBe(2);
  });

  it('refuses a stale version with 409', async () => {
    const a = await createAssociation(api, { phase: 'diagnosis' });
    expect((await move(a.id, { to: 'concept_review', reason: 'x', version: 1 })).status).toBe(201);
    const stale = await move(a.id, { to: 'concept_review', reason: 'again', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/^version:/);
  });

  it('keeps the revisions of an output and guards them with the version', async () => {
    const a = await createAssociation(api);
    const url = `/associations/${a.id}/phases/concept_review/outputs/classification`;
    const first = await api.put(url, SAMPLE_OUTPUTS.concept_review.classification, staff);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ revision: 1, version: 1, data: { legalForm: 'انجمن' } });
    const withoutVersion = await api.put(
      url,
      { ...SAMPLE_OUTPUTS.concept_review.classification, legalForm: 'اتحادیه' },
      staff,
    );
    expect(withoutVersion.status).toBe(409);
    const second = await api.put(
      url,
      { ...SAMPLE_OUTPUTS.concept_review.classification, legalForm: 'اتحادیه', version: 1 },
      staff,
    );
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ revision: 2, version: 2, data: { legalForm: 'اتحادیه' } });
    const list = await api.get(`/associations/${a.id}/phases/concept_review/outputs`, staff);
    const item = list.body.items.find((i: any) => i.key === 'classification');
    expect(item.revisions.map((r: any) => r.data.legalForm)).toEqual(['انجمن', 'اتحادیه']);
    expect(item.revisions[0].recordedAtJalali).toMatch(/^14/);
  });

  it('answers bad input with 400 naming the field', async () => {
    const a = await createAssociation(api, { phase: 'diagnosis' });
    const base = `/associations/${a.id}/phases`;
    const badRating = await api.put(
      `${base}/diagnosis/outputs/success_failure_factors`,
      { ratings: [{ factor: 'leadership', rating: 9, evidence: 'x y' }] },
      staff,
    );
    expect(badRating.status).toBe(400);
    expect(badRating.body.message).toMatch(/ratings\[0\]\.rating/);
    const unknownFactor = await api.put(
      `${base}/potential_assessment/outputs/potential_factors`,
      { ratings: [{ factor: 'luck', rating: 3 }] },
      staff,
    );
    expect(unknownFactor.status).toBe(400);
    expect(unknownFactor.body.message).toMatch(/ratings\[0\]\.factor/);
    const extra = await api.put(`${base}/formation/outputs/charter`, { adopted: true, secret: 1 }, staff);
    expect(extra.body.message).toMatch(/secret is not an accepted field/);
    const badKey = await api.put(
      `${base}/diagnosis/outputs/classification`,
      SAMPLE_OUTPUTS.concept_review.classification,
      staff,
    );
    expect(badKey.status).toBe(400);
    expect(badKey.body.message).toMatch(/^key:/);
    const badPhase = await api.get(`${base}/nowhere/outputs`, staff);
    expect(badPhase.status).toBe(400);
    expect(badPhase.body.message).toMatch(/^phase:/);
    const badTo = await move(a.id, { to: 'heaven', version: 1 });
    expect(badTo.status).toBe(400);
    expect(badTo.body.message).toMatch(/^to/);
    const noVersion = await move(a.id, { to: 'concept_review', reason: 'x' });
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.message).toMatch(/version/);
    expect((await api.get('/associations/not-a-uuid/lifecycle', staff)).status).toBe(400);
    expect(
      (await api.get('/associations/00000000-0000-4000-8000-000000000000/lifecycle', staff)).status,
    ).toBe(404);
  });

  it('refuses writes to roles that may not make them (403)', async () => {
    const a = await createAssociation(api);
    const board = await api.userWithRole('board', a.id);
    const output = SAMPLE_OUTPUTS.concept_review.classification;
    expect(
      (
        await api.put(
          `/associations/${a.id}/phases/concept_review/outputs/classification`,
          output,
          board.token,
        )
      ).status,
    ).toBe(403);
    expect(
      (await api.put(`/associations/${a.id}/phases/concept_review/outputs/classification`, output, president))
        .status,
    ).toBe(403);
    expect((await move(a.id, { to: 'diagnosis', version: 1 }, board.token)).status).toBe(403);
    expect((await move(a.id, { to: 'diagnosis', version: 1 }, president)).status).toBe(403);
    expect(
      (await api.patch('/lifecycle/settings', { version: 1, potentialThreshold: 10 }, staff)).status,
    ).toBe(403);
  });

  it("shows the board its own association's phase, gate, outputs and history, read-only, and hides others (404)", async () => {
    const own = await createAssociation(api);
    const other = await createAssociation(api);
    await recordAll(own.id, 'concept_review');
    expect((await move(own.id, { to: 'diagnosis', version: 1 })).status).toBe(201);
    const board = await api.userWithRole('board', own.id);
    const lifecycle = await api.get(`/associations/${own.id}/lifecycle`, board.token);
    expect(lifecycle.status).toBe(200);
    expect(lifecycle.body).toMatchObject({ phase: 'diagnosis', nameFa: 'عارضه یابی و بهینه کاوی' });
    expect((await api.get(`/associations/${own.id}/lifecycle/history`, board.token)).body.total).toBe(1);
    expect(
      (await api.get(`/associations/${own.id}/phases/concept_review/outputs`, board.token)).body.items[0]
        .recorded,
    ).toBe(true);
    for (const path of ['lifecycle', 'lifecycle/history', 'phases/concept_review/outputs']) {
      const res = await api.get(`/associations/${other.id}/${path}`, board.token);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
    const otherOutput = await api.put(
      `/associations/${other.id}/phases/concept_review/outputs/classification`,
      SAMPLE_OUTPUTS.concept_review.classification,
      board.token,
    );
    expect(otherOutput.status).toBe(403);
  });
});
