import { startApi, TestApi } from '../support/api';
import { createAssociation, testDb } from '../support/fixtures';
import { seedIndicatorCatalog } from '../../db/seeds/kpi.seed';

jest.setTimeout(60000);

describe('KPI catalog, targets and board reports', () => {
  let api: TestApi;
  let admin: string;
  let staff: { token: string };
  let assocA: { id: string };
  let assocB: { id: string };
  let boardA: { token: string };
  let boardB: { token: string };

  beforeAll(async () => {
    await seedIndicatorCatalog(await testDb());
    api = await startApi();
    admin = await api.adminToken();
    staff = await api.userWithRole('staff');
    assocA = await createAssociation(api, { phase: 'support_monitoring' });
    assocB = await createAssociation(api, { phase: 'support_monitoring' });
    boardA = await api.userWithRole('board', assocA.id);
    boardB = await api.userWithRole('board', assocB.id);
  }, 60000);
  afterAll(() => api.close());

  describe('the indicator catalog', () => {
    it('lists the seeded indicators with their axis, criterion and Persian name', async () => {
      const res = await api.get('/indicators', boardA.token);
      expect(res.status).toBe(200);
      const training = res.body.items.find((i: any) => i.code === 'training_hours_per_member');
      expect(training).toMatchObject({
        nameFa: 'ساعت آموزش به ازای هر عضو',
        axis: 'association',
        criterion: 'services',
        kind: 'derived',
      });
      expect(res.body.total).toBeGreaterThanOrEqual(20);
    });

    it('lets the admin add a derived indicator and refuses unknown codes and cycles, naming the formula', async () => {
      const base = {
        nameFa: 'شاخص آزمایشی',
        nameEn: 'Test',
        axis: 'association',
        criterion: 'services',
        unit: 'percent',
        direction: 'higher',
        frequency: 'quarterly',
        defaultWeight: 1,
      };
      const ok = await api.post(
        '/indicators',
        { ...base, code: 'e2e_share', kind: 'derived', formula: 'services_launched / members_count * 100' },
        admin,
      );
      expect(ok.status).toBe(201);
      const unknown = await api.post(
        '/indicators',
        { ...base, code: 'e2e_bad', kind: 'derived', formula: 'nope / members_count' },
        admin,
      );
      expect(unknown.status).toBe(400);
      expect(unknown.body.message).toMatch(/^formula: .*unknown indicator nope/);
      const loop = await api.patch(
        '/indicators/e2e_share',
        { version: ok.body.version, formula: 'e2e_share + 1' },
        admin,
      );
      expect(loop.status).toBe(400);
      expect(loop.body.message).toMatch(/cycle/);
      // In Persian the refusal says why, as the admin's screen shows it beside the formula.
      const loopFa = await api.request('PATCH', '/indicators/e2e_share', {
        token: admin,
        body: { version: ok.body.version, formula: 'e2e_share + 1' },
        headers: { 'accept-language': 'fa' },
      });
      expect(loopFa.body).toMatchObject({ code: 'kpi.invalid_formula', field: 'formula' });
      expect(loopFa.body.message).toBe(
        'فرمول شاخص نادرست است: فرمول ها دور می زنند و به خود برمی گردند: e2e_share ← e2e_share',
      );
      const evil = await api.post(
        '/indicators',
        { ...base, code: 'e2e_evil', kind: 'derived', formula: 'process.exit(1)' },
        admin,
      );
      expect(evil.status).toBe(400);
      expect(
        (await api.post('/indicators', { ...base, code: 'e2e_share', kind: 'reported' }, admin)).status,
      ).toBe(409);
    });

    it('keeps catalog changes to the admin (403) and refuses a stale version (409)', async () => {
      expect((await api.post('/indicators', {}, staff.token)).status).toBe(403);
      const ind = (await api.get('/indicators/revenue', admin)).body;
      expect(
        (await api.patch('/indicators/revenue', { version: ind.version, nameEn: 'Revenue (total)' }, admin))
          .status,
      ).toBe(200);
      expect(
        (await api.patch('/indicators/revenue', { version: ind.version, nameEn: 'again' }, admin)).status,
      ).toBe(409);
    });
  });

  describe('targets', () => {
    it('staff set targets, the board agrees, and the phase-5 gate counts them', async () => {
      const before = await api.get(`/associations/${assocA.id}/targets`, boardA.token);
      expect(before.status).toBe(200);
      expect(before.body.agreement.met).toBe(false);
      const codes = [
        'members_count',
        'services_launched',
        'training_hours_per_member',
        'fee_collection_rate',
        'database_coverage',
      ];
      const put = await api.put(
        `/associations/${assocA.id}/targets`,
        { targets: codes.map((c) => ({ indicatorCode: c, baseline: 10, target: 20 })) },
        staff.token,
      );
      expect(put.status).toBe(200);
      expect(put.body.agreement.met).toBe(false);
      const agreed = await api.post(`/associations/${assocA.id}/targets/agreement`, {}, boardA.token);
      expect(agreed.status).toBe(200);
      expect(agreed.body.agreement.met).toBe(true);
      const row = agreed.body.items.find((t: any) => t.indicatorCode === 'members_count');
      expect(row).toMatchObject({
        baseline: '10',
        target: '20',
        source: 'association',
        agreedAtJalali: expect.stringMatching(/^14\d\d\//),
      });
      const share = agreed.body.items.find((t: any) => t.indicatorCode === 'chamber_funding_share');
      expect(share).toMatchObject({ source: 'public_policy', target: '30' });
    });

    it('refuses a per-association target for a public-policy indicator (422), a board writing targets (403), a stale version (409)', async () => {
      const pub = await api.put(
        `/associations/${assocA.id}/targets`,
        { targets: [{ indicatorCode: 'chamber_funding_share', baseline: 40, target: 50 }] },
        staff.token,
      );
      expect(pub.status).toBe(422);
      expect(pub.body.message).toMatch(/^targets\.0\.target: .*public-policy/);
      expect(
        (
          await api.put(
            `/associations/${assocA.id}/targets`,
            { targets: [{ indicatorCode: 'revenue', baseline: 1, target: 2 }] },
            boardA.token,
          )
        ).status,
      ).toBe(403);
      const stale = await api.put(
        `/associations/${assocA.id}/targets`,
        { targets: [{ indicatorCode: 'members_count', baseline: 11, target: 22, version: 99 }] },
        staff.token,
      );
      expect(stale.status).toBe(409);
      const bad = await api.put(
        `/associations/${assocA.id}/targets`,
        { targets: [{ indicatorCode: 'members_count', baseline: 'x' }] },
        staff.token,
      );
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/targets\[0\]\.baseline/);
    });

    it("hides another association's targets from a board user (404)", async () => {
      expect((await api.get(`/associations/${assocA.id}/targets`, boardB.token)).status).toBe(404);
    });
  });

  describe('a report from draft to acceptance', () => {
    it('board drafts → submits → staff returns → board fixes → staff accepts, and an outbox row waits for the worker', async () => {
      const draft = await api.post(
        `/associations/${assocA.id}/kpi-reports`,
        {
          period: '1404-Q2',
          values: [
            { indicatorCode: 'new_members', value: 12 },
            { indicatorCode: 'services_launched', value: '3', comment: 'دو دوره آموزشی و یک نمایشگاه' },
          ],
        },
        boardA.token,
      );
      expect(draft.status).toBe(201);
      expect(draft.body).toMatchObject({
        status: 'draft',
        period: '1404-Q2',
        revision: 1,
        periodStart: '2025-06-21T20:30:00.000Z',
      });
      const id = draft.body.id;

      let res = await api.post(`/kpi-reports/${id}/submit`, {}, boardA.token);
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('submitted');
      expect(
        (await api.patch(`/kpi-reports/${id}`, { version: res.body.version, values: [] }, boardA.token))
          .status,
      ).toBe(409);

      res = await api.post(
        `/kpi-reports/${id}/return`,
        { comment: 'شواهد ساعات آموزش پیوست شود' },
        staff.token,
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'returned', reviewComment: 'شواهد ساعات آموزش پیوست شود' });

      res = await api.patch(
        `/kpi-reports/${id}`,
        { version: res.body.version, values: [{ indicatorCode: 'services_launched', value: 2 }] },
        boardA.token,
      );
      expect(res.status).toBe(200);
      expect(res.body.values).toContainEqual({
        indicatorCode: 'services_launched',
        value: '2',
        comment: null,
      });
      expect(
        (await api.post(`/kpi-reports/${id}/submit`, { version: res.body.version }, boardA.token)).status,
      ).toBe(200);

      res = await api.post(`/kpi-reports/${id}/accept`, { comment: 'تایید شد' }, staff.token);
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('accepted');
      const db = await testDb();
      const outbox = await db.query('SELECT period, revision FROM kpi_outbox WHERE association_id = $1', [
        assocA.id,
      ]);
      expect(outbox).toEqual([{ period: '1404-Q2', revision: 1 }]);

      expect((await api.post(`/kpi-reports/${id}/accept`, {}, staff.token)).status).toBe(409);
      expect(
        (await api.patch(`/kpi-reports/${id}`, { version: res.body.version, values: [] }, boardA.token))
          .status,
      ).toBe(409);

      const reopened = await api.post(
        `/kpi-reports/${id}/revisions`,
        { version: res.body.version, reason: 'رقم درآمد پس از حسابرسی اصلاح شد' },
        boardA.token,
      );
      expect(reopened.status).toBe(200);
      expect(reopened.body).toMatchObject({ status: 'draft', revision: 2 });
      expect(reopened.body.history).toHaveLength(1);
      expect(reopened.body.history[0]).toMatchObject({
        revision: 1,
        reopenReason: 'رقم درآمد پس از حسابرسی اصلاح شد',
      });
    });

    it('never lets a chamber role write a board’s values (403)', async () => {
      const r = await api.post(
        `/associations/${assocA.id}/kpi-reports`,
        { period: '1404-Q3', values: [] },
        boardA.token,
      );
      for (const role of ['staff', 'admin', 'president', 'approver'] as const) {
        const u = role === 'staff' ? staff : await api.userWithRole(role);
        expect(
          (await api.patch(`/kpi-reports/${r.body.id}`, { version: r.body.version, values: [] }, u.token))
            .status,
        ).toBe(403);
        expect(
          (
            await api.post(
              `/associations/${assocA.id}/kpi-reports`,
              { period: '1404-Q4', values: [] },
              u.token,
            )
          ).status,
        ).toBe(403);
      }
      expect((await api.post(`/kpi-reports/${r.body.id}/accept`, {}, boardA.token)).status).toBe(403);
    });

    it("gives a second association's board 404 for the first one's reports", async () => {
      const list = await api.get(`/associations/${assocA.id}/kpi-reports`, boardA.token);
      expect(list.status).toBe(200);
      const id = list.body.items[0].id;
      expect((await api.get(`/kpi-reports/${id}`, boardB.token)).status).toBe(404);
      expect((await api.get(`/associations/${assocA.id}/kpi-reports`, boardB.token)).status).toBe(404);
      expect(
        (
          await api.post(
            `/associations/${assocA.id}/kpi-reports`,
            { period: '1403', values: [] },
            boardB.token,
          )
        ).status,
      ).toBe(404);
    });

    it('refuses a second report for the same period (409), a bad period and misplaced values (400 naming the field)', async () => {
      expect(
        (
          await api.post(
            `/associations/${assocA.id}/kpi-reports`,
            { period: '1404-Q2', values: [] },
            boardA.token,
          )
        ).status,
      ).toBe(409);
      const bad = await api.post(
        `/associations/${assocA.id}/kpi-reports`,
        { period: '1404-Q5', values: [] },
        boardA.token,
      );
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/^period: /);
      const yearly = await api.post(
        `/associations/${assocA.id}/kpi-reports`,
        { period: '1404-05', values: [{ indicatorCode: 'self_regulation_rules', value: 2 }] },
        boardA.token,
      );
      expect(yearly.status).toBe(400);
      expect(yearly.body.message).toMatch(/^values\.0\.indicatorCode: .*yearly/);
      const derived = await api.post(
        `/associations/${assocA.id}/kpi-reports`,
        { period: '1404-Q1', values: [{ indicatorCode: 'member_growth', value: 3 }] },
        boardA.token,
      );
      expect(derived.status).toBe(400);
      // Facts the chamber records itself: the board cannot declare them (one home per fact).
      // The members' voice too: the registry (quarterly) and surveys, assemblies, elections (yearly).
      for (const [i, [code, period]] of [
        ['chamber_funding', '1403-Q3'],
        ['training_hours', '1403-Q3'],
        ['members_count', '1403-Q3'],
        ['database_records', '1403-Q3'],
        ['member_satisfaction', '1403'],
        ['survey_response_rate', '1403'],
        ['general_assemblies_on_time', '1403'],
        ['board_elections_held', '1403'],
      ].entries()) {
        const recorded = await api.post(
          `/associations/${assocA.id}/kpi-reports`,
          {
            period,
            values: [
              // A value the board does report for that frequency, then the recorded one.
              { indicatorCode: period === '1403' ? 'self_regulation_rules' : 'revenue', value: 1000 },
              { indicatorCode: code, value: 5 + i },
            ],
          },
          boardA.token,
        );
        expect([recorded.status, recorded.body.message]).toEqual([
          400,
          expect.stringMatching(
            new RegExp(
              `^values\\.1\\.indicatorCode: ${code} is not reported by the board; the chamber records it`,
            ),
          ),
        ]);
      }
      const notNumber = await api.post(
        `/associations/${assocA.id}/kpi-reports`,
        { period: '1404-Q1', values: [{ indicatorCode: 'revenue', value: 'lots' }] },
        boardA.token,
      );
      expect(notNumber.status).toBe(400);
      expect(notNumber.body.message).toMatch(/values\[0\]\.value/);
      const empty = await api.post(
        `/associations/${assocA.id}/kpi-reports`,
        { period: '1403-Q4', values: [] },
        boardA.token,
      );
      expect((await api.post(`/kpi-reports/${empty.body.id}/submit`, {}, boardA.token)).status).toBe(422);
    });
  });

  describe('evidence documents', () => {
    it('stores a PDF with its checksum, lets the chamber download it, and refuses a disguised file', async () => {
      const r = await api.post(
        `/associations/${assocB.id}/kpi-reports`,
        { period: '1404-Q2', values: [{ indicatorCode: 'revenue', value: '1500000000' }] },
        boardB.token,
      );
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer <<>>\n%%EOF\n');
      const form = new FormData();
      form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'صورت مالی.pdf');
      const up = await api.request('POST', `/kpi-reports/${r.body.id}/evidence?indicatorCode=revenue`, {
        token: boardB.token,
        raw: { contentType: 'multipart/form-data', data: form },
      });
      expect(up.status).toBe(201);
      expect(up.body).toMatchObject({
        contentType: 'application/pdf',
        sizeBytes: pdf.length,
        indicatorCode: 'revenue',
      });
      expect(up.body.sha256).toMatch(/^[0-9a-f]{64}$/);

      const down = await fetch(`${api.baseUrl}/kpi-reports/${r.body.id}/evidence/${up.body.id}`, {
        headers: { authorization: `Bearer ${staff.token}` },
      });
      expect(down.status).toBe(200);
      expect(down.headers.get('content-type')).toMatch(/application\/pdf/);
      expect(Buffer.from(await down.arrayBuffer()).equals(pdf)).toBe(true);
      expect((await api.get(`/kpi-reports/${r.body.id}/evidence/${up.body.id}`, boardA.token)).status).toBe(
        404,
      );

      const exe = new FormData();
      exe.append(
        'file',
        new Blob([Buffer.from('MZ\x90\x00 program')], { type: 'application/pdf' }),
        'invoice.pdf',
      );
      const refused = await api.request('POST', `/kpi-reports/${r.body.id}/evidence`, {
        token: boardB.token,
        raw: { contentType: 'multipart/form-data', data: exe },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.message).toMatch(/^file: /);
    });
  });
});
