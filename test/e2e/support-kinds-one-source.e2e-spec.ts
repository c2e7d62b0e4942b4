import { PHASE_KEYS, PhaseKey } from '@tashakkol/associations';
import { SAMPLE_OUTPUTS } from '@tashakkol/lifecycle';
import { seedIndicatorCatalog } from '../../db/seeds/kpi.seed';
import { startApi, TestApi } from '../support/api';
import { closeTestDb, createAssociation, testDb } from '../support/fixtures';

jest.setTimeout(180_000);

interface Offer {
  code: string;
  carries: 'rials' | 'hours' | 'in_kind';
}

/** A valid request body for a kind, by what it carries. */
function requestBody(kind: Offer, extra: Record<string, unknown> = {}) {
  const measure =
    kind.carries === 'hours'
      ? { hours: 8, participants: 12 }
      : kind.carries === 'rials'
        ? { amountRials: '150000000' }
        : {};
  return { kindCode: kind.code, justification: 'درخواست در همین فاز', ...measure, ...extra };
}

describe('support kinds: the catalog is the one source of what suits a phase', () => {
  let api: TestApi;
  let admin: string;
  let staff: string;

  beforeAll(async () => {
    await seedIndicatorCatalog(await testDb());
    api = await startApi();
    admin = await api.adminToken();
    staff = (await api.userWithRole('staff')).token;
  });
  afterAll(async () => {
    await api.close();
    await closeTestDb();
  });

  const recordAll = async (id: string, phase: PhaseKey) => {
    for (const [key, sample] of Object.entries(SAMPLE_OUTPUTS[phase])) {
      // Each association registers under its own number (the register keeps them unique).
      const data = key === 'registration' ? { ...sample, registrationNo: `ثبت-${id.slice(0, 8)}` } : sample;
      const res = await api.put(`/associations/${id}/phases/${phase}/outputs/${key}`, data, staff);
      expect({ key, status: res.status }).toEqual({ key, status: 200 });
    }
  };

  it('in every phase, every kind the lifecycle view offers is accepted, and one it does not offer needs an override', async () => {
    const a = await createAssociation(api);
    const catalog: (Offer & { phases: string[]; active: boolean })[] = (
      await api.get('/support-kinds', staff)
    ).body;
    let version = 1;
    for (const phase of PHASE_KEYS) {
      const view = await api.get(`/associations/${a.id}/lifecycle`, staff);
      expect(view.body.phase).toBe(phase);
      const offered: Offer[] = view.body.supports;
      expect(offered.length).toBeGreaterThan(0);
      // Nothing the view offers is outside the catalog (no `consulting`, `feasibility_study` …).
      const active = catalog.filter((k) => k.active).map((k) => k.code);
      expect(offered.map((o) => o.code).filter((c) => !active.includes(c))).toEqual([]);
      for (const kind of offered) {
        const res = await api.post(`/associations/${a.id}/supports`, requestBody(kind), staff);
        expect({
          phase,
          kind: kind.code,
          status: res.status,
          body: res.status === 201 ? null : res.body,
        }).toEqual({ phase, kind: kind.code, status: 201, body: null });
        expect(res.body).toMatchObject({ phase, suitsPhase: true });
      }
      const notOffered = catalog.find((k) => k.active && !offered.some((o) => o.code === k.code));
      expect(notOffered).toBeDefined();
      const refused = await api.post(`/associations/${a.id}/supports`, requestBody(notOffered!), staff);
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('supports.kind_not_suited');
      expect(refused.body.message).toMatch(/^overrideReason/);
      const overridden = await api.post(
        `/associations/${a.id}/supports`,
        requestBody(notOffered!, { overrideReason: 'نیاز فوری تشکل به تایید کارشناس' }),
        staff,
      );
      expect(overridden.status).toBe(201);
      expect(overridden.body).toMatchObject({ phase, suitsPhase: false });

      await recordAll(a.id, phase);
      if (phase === 'development') break;
      if (phase === 'support_monitoring') {
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
      const next = PHASE_KEYS[PHASE_KEYS.indexOf(phase) + 1];
      const moved = await api.post(
        `/associations/${a.id}/lifecycle/transitions`,
        { to: next, version },
        staff,
      );
      expect({ phase, status: moved.status, body: moved.status === 201 ? null : moved.body }).toEqual({
        phase,
        status: 201,
        body: null,
      });
      version = moved.body.version;
    }
  });

  it('publishes the same kinds per phase in the phase table', async () => {
    const table = await api.get('/lifecycle/phases', staff);
    const catalog: { code: string; phases: string[]; active: boolean }[] = (
      await api.get('/support-kinds', staff)
    ).body;
    for (const p of table.body.phases as { key: string; supports: { code: string }[] }[]) {
      const expected = catalog.filter((k) => k.active && k.phases.includes(p.key)).map((k) => k.code);
      expect({ phase: p.key, supports: p.supports.map((s) => s.code).sort() }).toEqual({
        phase: p.key,
        supports: expected.sort(),
      });
    }
  });

  describe('PATCH /support-kinds/:code (admin)', () => {
    const newKind = async () => {
      const code = `edit_${Math.random().toString(36).slice(2, 10)}`;
      const res = await api.post(
        '/support-kinds',
        { code, nameFa: 'نوع ویرایشی', nameEn: 'Edited kind', carries: 'in_kind', phases: ['development'] },
        admin,
      );
      expect(res.status).toBe(201);
      return res.body as { code: string; version: number };
    };

    it('changes the phases a kind suits, and the lifecycle view offers it there at once', async () => {
      const kind = await newKind();
      const a = await createAssociation(api);
      const before = await api.get(`/associations/${a.id}/lifecycle`, staff);
      expect(before.body.supports.map((s: Offer) => s.code)).not.toContain(kind.code);

      const res = await api.patch(
        `/support-kinds/${kind.code}`,
        { version: kind.version, nameFa: 'نوع ویرایش شده', phases: ['concept_review', 'development'] },
        admin,
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        code: kind.code,
        nameFa: 'نوع ویرایش شده',
        nameEn: 'Edited kind',
        phases: ['concept_review', 'development'],
        version: kind.version + 1,
      });
      const after = await api.get(`/associations/${a.id}/lifecycle`, staff);
      expect(after.body.supports).toContainEqual(
        expect.objectContaining({ code: kind.code, nameFa: 'نوع ویرایش شده', carries: 'in_kind' }),
      );
      const granted = await api.post(`/associations/${a.id}/supports`, requestBody(res.body), staff);
      expect(granted.status).toBe(201);

      const audit = await (
        await testDb()
      ).query(
        `SELECT before->>'nameFa' AS before, after->>'nameFa' AS after FROM audit_log WHERE action = 'support_kind.update' AND entity_id = $1`,
        [kind.code],
      );
      expect(audit).toEqual([{ before: 'نوع ویرایشی', after: 'نوع ویرایش شده' }]);
    });

    it('retires a kind: no longer offered, and a request gets 422', async () => {
      const kind = await newKind();
      const a = await createAssociation(api, { phase: 'development' });
      const res = await api.patch(
        `/support-kinds/${kind.code}`,
        { version: kind.version, active: false },
        admin,
      );
      expect(res.status).toBe(200);
      const view = await api.get(`/associations/${a.id}/lifecycle`, staff);
      expect(view.body.supports.map((s: Offer) => s.code)).not.toContain(kind.code);
      const refused = await api.post(`/associations/${a.id}/supports`, requestBody(res.body), staff);
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('supports.kind_retired');
    });

    it('refuses a stale version (409), bad input naming the field (400), other roles (403), an unknown code (404)', async () => {
      const kind = await newKind();
      const ok = await api.patch(
        `/support-kinds/${kind.code}`,
        { version: kind.version, sortOrder: 5 },
        admin,
      );
      expect(ok.status).toBe(200);
      const stale = await api.patch(
        `/support-kinds/${kind.code}`,
        { version: kind.version, nameEn: 'Late' },
        admin,
      );
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('support_kind.stale_version');

      const badPhase = await api.patch(
        `/support-kinds/${kind.code}`,
        { version: ok.body.version, phases: ['someday'] },
        admin,
      );
      expect(badPhase.status).toBe(400);
      expect(badPhase.body.message).toMatch(/phases/);
      const noVersion = await api.patch(`/support-kinds/${kind.code}`, { nameFa: 'بی نسخه' }, admin);
      expect(noVersion.status).toBe(400);
      expect(noVersion.body.message).toMatch(/version/);

      const forbidden = await api.patch(
        `/support-kinds/${kind.code}`,
        { version: ok.body.version, nameFa: 'کارشناس' },
        staff,
      );
      expect(forbidden.status).toBe(403);
      const unknown = await api.patch(
        '/support-kinds/no_such_kind',
        { version: 1, nameFa: 'ناشناخته' },
        admin,
      );
      expect(unknown.status).toBe(404);
    });

    it('keeps what a kind carries once grants use it (409)', async () => {
      const kind = await newKind();
      const a = await createAssociation(api, { phase: 'development' });
      expect(
        (
          await api.post(
            `/associations/${a.id}/supports`,
            requestBody({ code: kind.code, carries: 'in_kind' }),
            staff,
          )
        ).status,
      ).toBe(201);
      const res = await api.patch(
        `/support-kinds/${kind.code}`,
        { version: kind.version, carries: 'rials' },
        admin,
      );
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('supports.kind_in_use');
    });
  });
});
