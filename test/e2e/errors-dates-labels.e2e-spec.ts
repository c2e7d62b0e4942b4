import { jalaliYearOf } from '@tashakkol/shared';
import { seedIndicatorCatalog } from '../../db/seeds/kpi.seed';
import { startApi, TestApi } from '../support/api';
import { associationBody, createAssociation, testCatalogs, testDb } from '../support/fixtures';

jest.setTimeout(120_000);

const FA = { 'accept-language': 'fa-IR,fa;q=0.9,en;q=0.8' };
const YEAR = jalaliYearOf(new Date());

describe('errors in Persian beside their field, Jalali date input, Persian labels', () => {
  let api: TestApi;
  let admin: string;
  let staff: { id: string; token: string };

  beforeAll(async () => {
    api = await startApi();
    admin = await api.adminToken();
    staff = await api.userWithRole('staff');
  });
  afterAll(() => api.close());

  const fa = (method: string, path: string, token?: string, body?: unknown) =>
    api.request(method, path, { token, body, headers: FA });
  /**
   * For the supports and lifecycle-move endpoints, whose answers the OpenAPI document does not
   * declare in full yet (their views are being written): the error body is what is asserted here.
   */
  const loose = (method: string, path: string, token?: string, body?: unknown) =>
    api.request(method, path, { token, body, headers: FA, unchecked: true });
  const loosePost = (path: string, body: unknown, token: string) => loose('POST', path, token, body);

  describe('validation', () => {
    it('names the missing field in Persian under Accept-Language: fa, in English otherwise', async () => {
      const { nameFa: _omitted, ...body } = await associationBody();
      const persian = await fa('POST', '/associations', staff.token, body);
      expect(persian.status).toBe(400);
      expect(persian.body).toMatchObject({ code: 'request.invalid', field: 'nameFa' });
      expect(persian.body.message).toBe('نام فارسی: الزامی است');
      expect(persian.headers.get('content-language')).toBe('fa');

      const english = await api.post('/associations', body, staff.token);
      expect(english.status).toBe(400);
      expect(english.body).toMatchObject({ code: 'request.invalid', field: 'nameFa' });
      expect(english.body.message).toMatch(/^nameFa /);
    });

    it('points at the first offending item of a list, e.g. references[1].title', async () => {
      const a = await createAssociation(api);
      const res = await fa(
        'PUT',
        `/associations/${a.id}/phases/concept_review/outputs/laws_and_policies`,
        staff.token,
        {
          references: [{ title: 'قانون بهبود مستمر محیط کسب و کار', notes: 'ماده ۳' }, { notes: 'بی عنوان' }],
        },
      );
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'lifecycle.bad_output', field: 'references[1].title' });
      expect(res.body.message).toMatch(/^قوانین و سیاست ها، ردیف ۲، عنوان: الزامی است/);
    });

    it('says an unknown catalog code in Persian next to its field', async () => {
      const res = await fa(
        'POST',
        '/associations',
        staff.token,
        await associationBody({ legalForm: 'guild' }),
      );
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'associations.unknown_legal_form', field: 'legalForm' });
      expect(res.body.message).toBe('شکل حقوقی: چنین شکل حقوقی ای نیست');
    });

    it('answers malformed JSON and a non-JSON body in Persian, never 500', async () => {
      const bad = await api.request('POST', '/associations', {
        token: staff.token,
        headers: FA,
        raw: { contentType: 'application/json', data: '{"nameFa": ' },
      });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ code: 'malformed_json', message: 'بدنه درخواست JSON درستی نیست' });
      const text = await api.request('POST', '/associations', {
        token: staff.token,
        headers: FA,
        raw: { contentType: 'text/plain', data: 'nameFa=x' },
      });
      expect(text.status).toBe(415);
      expect(text.body.message).toBe('بدنه درخواست را با قالب application/json بفرستید');
    });
  });

  describe('refusals people must read in Persian', () => {
    it('names the missing outputs of the gate in Persian', async () => {
      const a = await createAssociation(api);
      const res = await loose('POST', `/associations/${a.id}/lifecycle/transitions`, staff.token, {
        to: 'diagnosis',
        version: 1,
      });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('lifecycle.gate_not_met');
      expect(res.body.message).toBe(
        'خروجی های فاز «بررسی مفهومی» کامل نیست؛ کم است: «تفکیک تشکل بر اساس معیارها و رسته»، «گزارش سیاست ها و قوانین مرتبط»، «گزارش تحلیلی از اقدامات صورت گرفته»',
      );
    });

    it('tells a stale version to reload, and an illegal move that it is not allowed', async () => {
      const a = await createAssociation(api);
      const stale = await loose('POST', `/associations/${a.id}/lifecycle/transitions`, staff.token, {
        to: 'diagnosis',
        version: 7,
      });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ code: 'lifecycle.stale_version', field: 'version' });
      expect(stale.body.message).toBe('این رکورد را کس دیگری تغییر داده است؛ دوباره بارگیری کنید');
      const same = await loose('POST', `/associations/${a.id}/lifecycle/transitions`, staff.token, {
        to: 'concept_review',
        version: 1,
      });
      expect(same.status).toBe(409);
      expect(same.body).toMatchObject({ code: 'lifecycle.illegal_transition', field: 'to' });
      expect(same.body.message).toMatch(/^فاز مقصد: این جابه جایی فاز روا نیست/);
    });

    it('says a duplicate registration number, a wrong role, a missing token and another board’s association in Persian', async () => {
      const registrationNo = `R-${Date.now()}`;
      expect(
        (await api.post('/associations', await associationBody({ registrationNo }), staff.token)).status,
      ).toBe(201);
      const dup = await fa('POST', '/associations', staff.token, await associationBody({ registrationNo }));
      expect(dup.status).toBe(409);
      expect(dup.body).toMatchObject({
        code: 'associations.duplicate_registration_no',
        field: 'registrationNo',
      });
      expect(dup.body.message).toBe('شماره ثبت: تشکل دیگری با این شماره ثبت شده است');

      const [own, other] = await Promise.all([createAssociation(api), createAssociation(api)]);
      const board = await api.userWithRole('board', own.id);
      const forbidden = await fa('POST', '/associations', board.token, await associationBody());
      expect(forbidden.status).toBe(403);
      expect(forbidden.body.code).toBe('identity.role_not_allowed');
      expect(forbidden.body.message).toMatch(/^نقش شما اجازه این کار را ندارد \(مجاز: .*کارشناس اتاق/);

      const hidden = await fa('GET', `/associations/${other.id}`, board.token);
      expect(hidden.status).toBe(404);
      expect(hidden.body.message).toBe('تشکل یافت نشد');

      const anonymous = await fa('GET', '/associations');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.message).toBe('برای این کار نخست وارد سامانه شوید');

      const nowhere = await fa('GET', '/no-such-route', admin);
      expect(nowhere.status).toBe(404);
      expect(nowhere.body).toMatchObject({
        code: 'route_not_found',
        message: 'چنین نشانی ای در سامانه نیست',
      });
    });

    describe('approving supports', () => {
      let seq = 0;
      let approver: { id: string; token: string };
      beforeAll(async () => {
        approver = await api.userWithRole('approver');
      });

      /** A kind suited to concept review, with its budget and the approver's limit (validUntil given in Jalali). */
      async function kind(budget: string, perGrant: string): Promise<string> {
        const code = `e${Date.now().toString(36)}_${seq++}`;
        const made = await loosePost(
          '/support-kinds',
          {
            code,
            nameFa: `حمایت آزمایشی ${seq}`,
            nameEn: 'Test',
            carries: 'rials',
            phases: ['concept_review'],
          },
          admin,
        );
        expect(made.status).toBe(201);
        expect(
          (
            await loosePost(
              '/support-budgets',
              { fiscalYear: YEAR, kindCode: code, amountRials: budget },
              admin,
            )
          ).status,
        ).toBe(201);
        const limit = await loosePost(
          '/approval-limits',
          {
            userId: approver.id,
            kindCode: code,
            perGrant,
            yearly: perGrant,
            validUntil: `${YEAR + 2}/01/01`,
          },
          admin,
        );
        expect(limit.status).toBe(201);
        return code;
      }

      async function approve(kindCode: string, amountRials: string) {
        const a = await createAssociation(api);
        const grant = await loosePost(
          `/associations/${a.id}/supports`,
          { kindCode, amountRials, justification: 'برای آزمون پیام های فارسی' },
          staff.token,
        );
        expect(grant.status).toBe(201);
        return loose('POST', `/supports/${grant.body.id}/approve`, approver.token, {
          version: grant.body.version,
        });
      }

      it('refuses a grant over the approver’s per-grant limit, saying both amounts', async () => {
        const res = await approve(await kind('1000000000', '100'), '500');
        expect(res.status).toBe(422);
        expect(res.body.code).toBe('supports.over_per_grant_limit');
        expect(res.body.message).toBe('این حمایت (۵۰۰) از سقف اختیار شما برای هر حمایت (۱۰۰) بیشتر است');
      });

      it('refuses a grant the budget cannot cover, saying what is left', async () => {
        const res = await approve(await kind('1000', '1000000'), '5000');
        expect(res.status).toBe(422);
        expect(res.body.code).toBe('supports.budget_exceeded');
        expect(res.body.message).toMatch(/^بودجه سال .* بس نیست: ۱٬۰۰۰ مانده و این حمایت ۵٬۰۰۰ می خواهد$/);
      });

      it('names an unacknowledged precaution in Persian', async () => {
        const settings = await loose('GET', '/support-settings', admin);
        const over = (BigInt(settings.body.independenceThresholdRials) + 1n).toString();
        const big = (BigInt(over) * 10n).toString();
        const res = await approve(await kind(big, big), over);
        expect(res.status).toBe(422);
        expect(res.body.code).toBe('supports.precaution_not_acknowledged');
        expect(res.body.message).toMatch(/^احتیاط «استقلال مالی تشکل» در این حمایت برقرار است/);
        expect(res.body.field).toBe('acknowledgePrecautions');
      });
    });
  });

  describe('Jalali date input', () => {
    it('stores a Jalali founding date (Persian digits, leap Esfand 30th) as its Gregorian day', async () => {
      const res = await api.post(
        '/associations',
        await associationBody({ foundedAt: '۱۴۰۳/۱۲/۳۰' }),
        staff.token,
      );
      expect(res.status).toBe(201);
      const read = await api.get(`/associations/${res.body.id}`, staff.token);
      expect(read.body.foundedAt).toBe('2025-03-20');
    });

    it('refuses Esfand 30th of a common year and a 13th month, naming the field', async () => {
      for (const foundedAt of ['1404/12/30', '1405-13-01']) {
        const res = await fa('POST', '/associations', staff.token, await associationBody({ foundedAt }));
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({
          field: 'foundedAt',
          message: 'تاریخ تأسیس: چنین روزی در تقویم شمسی نیست',
        });
      }
    });

    it('reads a board term and a phase-output date given in Jalali', async () => {
      const a = await createAssociation(api, { phase: 'formation' });
      const member = await api.post(
        `/associations/${a.id}/board-members`,
        { fullName: 'مریم کاظمی', role: 'secretary', termStart: '1401-02-11', electedBy: 'general_assembly' },
        staff.token,
      );
      expect(member.status).toBe(201);
      expect(member.body).toMatchObject({ termStart: '2022-05-01', termStartJalali: '1401/02/11' });

      const output = await api.put(
        `/associations/${a.id}/phases/formation/outputs/approval_in_principle`,
        { approvedAt: '۱۴۰۵/۰۲/۲۰', meetingPlace: 'سالن اجتماعات اتاق کرمان' },
        staff.token,
      );
      expect(output.status).toBe(200);
      expect(output.body.data.approvedAt).toBe('2026-05-10');
    });

    it('reads an instant given in Jalali as midnight in Tehran', async () => {
      const code = `d${Date.now().toString(36)}`;
      await loosePost(
        '/support-kinds',
        { code, nameFa: 'حمایت تاریخ', nameEn: 'Date test', carries: 'rials', phases: ['development'] },
        admin,
      );
      const approver = await api.userWithRole('approver');
      const res = await loosePost(
        '/approval-limits',
        { userId: approver.id, kindCode: code, perGrant: '1', yearly: '1', validUntil: '1410/01/01' },
        admin,
      );
      expect(res.status).toBe(201);
      expect(new Date(res.body.validUntil).toISOString()).toBe('2031-03-20T20:30:00.000Z');
    });
  });

  describe('GET /catalogs/labels', () => {
    it('gives every role the Persian and English label of each code, from the catalogs too', async () => {
      await seedIndicatorCatalog(await testDb());
      const { categoryId } = await testCatalogs();
      const a = await createAssociation(api);
      const board = await api.userWithRole('board', a.id);
      const res = await api.get('/catalogs/labels', board.token);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('private, no-cache');
      const b = res.body;
      expect(Object.keys(b.phases)).toEqual([
        'concept_review',
        'diagnosis',
        'potential_assessment',
        'formation',
        'support_monitoring',
        'development',
      ]);
      expect(b.phases.concept_review).toEqual({ fa: 'بررسی مفهومی', en: expect.any(String) });
      expect(b.phaseOutputs.laws_and_policies.fa).toBe('گزارش سیاست ها و قوانین مرتبط');
      expect(b.legalForms.association.fa).toBe('انجمن');
      expect(b.sectorCategories[String(categoryId)].fa).toBe('پسته');
      expect(b.supportKinds.financial.fa).toBe('حمایت مالی');
      expect(b.scopes.national.fa).toBe('ملی');
      expect(b.associationStatuses.active.fa).toBe('فعال');
      expect(b.membershipTypes.firms.fa).toBe('بنگاه ها');
      expect(b.grantStatuses.approved.fa).toBe('تأیید شده');
      expect(b.reportStatuses.returned.fa).toBe('بازگردانده شده');
      expect(Object.keys(b.indicators).length).toBeGreaterThan(5);
      expect(b.axes.members.fa).toBe('اعضای تشکل');
      expect(b.criteria.governance.fa).toBe('حکمرانی');
      expect(b.roles.president.fa).toBe('رییس اتاق');
      expect(Object.keys(b.grades)).toEqual(['A', 'B', 'C', 'D']);
      for (const family of Object.values(b) as Record<string, { fa: string; en: string }>[]) {
        for (const label of Object.values(family)) expect(label.fa).toMatch(/[\u0600-\u06FF]/);
      }
    });

    it('needs a login', async () => {
      expect((await api.get('/catalogs/labels')).status).toBe(401);
    });
  });
});

describe('throttled logins', () => {
  it('throttles repeated bad logins with a Persian 429', async () => {
    // A server of its own with a low limit and its own Redis keys, so other tests' logins do not count.
    const strict = await startApi({
      LOGIN_THROTTLE_LIMIT: '2',
      QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-errors-throttle`,
    });
    try {
      const email = `nobody-${Date.now()}@test.local`;
      const attempt = () =>
        strict.request('POST', '/auth/login', { headers: FA, body: { email, password: 'wrong-password' } });
      const first = await attempt();
      expect(first.status).toBe(401);
      expect(first.body.message).toBe('رایانامه یا گذرواژه نادرست است');
      await attempt();
      const third = await attempt();
      expect(third.status).toBe(429);
      expect(third.body.code).toBe('identity.too_many_attempts');
      expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(third.body.message).toMatch(/^شمار تلاش های ورود بیش از اندازه است/);
    } finally {
      await strict.close();
    }
  });
});
