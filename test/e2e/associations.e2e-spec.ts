import ExcelJS from 'exceljs';
import { startApi, TestApi } from '../support/api';
import { associationBody, createAssociation, testCatalogs, testDb } from '../support/fixtures';

jest.setTimeout(120_000);

const uniq = () => Math.random().toString(36).slice(2, 8);

function upload(api: TestApi, token: string, filename: string, content: string | Buffer, type: string) {
  const form = new FormData();
  form.append('file', new Blob([content], { type }), filename);
  return api.request('POST', '/associations/import', {
    token,
    raw: { contentType: 'multipart/form-data', data: form },
  });
}

async function countByNames(names: string[]): Promise<number> {
  const rows: { n: string }[] = await (
    await testDb()
  ).query(`SELECT count(*) AS n FROM associations WHERE name_fa = ANY($1)`, [names]);
  return Number(rows[0].n);
}

describe('the association register', () => {
  let api: TestApi;
  let admin: string;
  let staff: string;
  beforeAll(async () => {
    api = await startApi();
    admin = await api.adminToken();
    staff = (await api.userWithRole('staff')).token;
    await testCatalogs();
  });
  afterAll(() => api.close());

  describe('registering', () => {
    it('registers an association in concept review, proposed, version 1', async () => {
      const body = await associationBody({
        nameEn: 'Kerman Pistachio',
        registrationNo: `R-${uniq()}`,
        foundedAt: '2011-11-02',
      });
      const res = await api.post('/associations', body, staff);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        id: expect.any(String),
        version: 1,
        phase: 'concept_review',
        status: 'proposed',
        nameFa: body.nameFa,
        depth: 0,
        foundedAtJalali: '1390/08/11',
      });
      expect(res.body.searchText).toBeUndefined();
      const got = await api.get(`/associations/${res.body.id}`, staff);
      expect(got.status).toBe(200);
      expect(got.body.registrationNo).toBe(body.registrationNo);
    });

    it('refuses an unknown category with 400 naming categoryId, and writes nothing', async () => {
      const body = await associationBody({ categoryId: 99999 });
      const res = await api.post('/associations', body, staff);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/^categoryId: unknown category 99999/);
      expect(await countByNames([body.nameFa as string])).toBe(0);
    });

    it('refuses an unknown legal form, a too long name and unknown fields with 400 naming the field', async () => {
      const badForm = await api.post('/associations', await associationBody({ legalForm: 'guild' }), staff);
      expect(badForm.status).toBe(400);
      expect(badForm.body.message).toMatch(/^legalForm/);
      const long = await api.post('/associations', await associationBody({ nameFa: 'ا'.repeat(201) }), staff);
      expect(long.status).toBe(400);
      expect(long.body.message).toMatch(/nameFa/);
      const extra = await api.post('/associations', await associationBody({ colour: 'red' }), staff);
      expect(extra.status).toBe(400);
      expect(extra.body.message).toMatch(/colour is not an accepted field/);
      const scope = await api.post('/associations', await associationBody({ scope: 'global' }), staff);
      expect(scope.status).toBe(400);
      expect(scope.body.message).toMatch(/scope/);
    });

    it('refuses a duplicate registration number with 409 naming it', async () => {
      const registrationNo = `R-${uniq()}`;
      expect((await api.post('/associations', await associationBody({ registrationNo }), staff)).status).toBe(
        201,
      );
      const body = await associationBody({ registrationNo });
      const again = await api.post('/associations', body, staff);
      expect(again.status).toBe(409);
      expect(again.body.message).toMatch(/^registrationNo/);
      expect(await countByNames([body.nameFa as string])).toBe(0);
    });

    it('lets only staff, approver and admin register (president and board get 403)', async () => {
      const president = await api.userWithRole('president');
      expect((await api.post('/associations', await associationBody(), president.token)).status).toBe(403);
      const own = await createAssociation(api);
      const board = await api.userWithRole('board', own.id);
      expect((await api.post('/associations', await associationBody(), board.token)).status).toBe(403);
      const approver = await api.userWithRole('approver');
      expect((await api.post('/associations', await associationBody(), approver.token)).status).toBe(201);
    });

    it('refuses a board user linked to an association that does not exist', async () => {
      const res = await api.post(
        '/users',
        {
          email: `b-${uniq()}@test.local`,
          password: 'password-for-tests',
          fullName: 'Board',
          role: 'board',
          associationId: '00000000-0000-4000-8000-000000000000',
        },
        admin,
      );
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/^associationId/);
    });
  });

  describe('searching', () => {
    const tag = uniq();
    let kerman: string;
    let handicraft: string;
    beforeAll(async () => {
      kerman = (
        await api.post(
          '/associations',
          await associationBody({ nameFa: `انجمن پسته کرمان ${tag}`, nameEn: `Kerman Pistachio ${tag}` }),
          staff,
        )
      ).body.id;
      // Written with a zero-width non-joiner, as Persian keyboards do.
      handicraft = (
        await api.post(
          '/associations',
          await associationBody({ nameFa: `اتحادیه صنایع\u200Cدستی ${tag}`, status: 'active' }),
          staff,
        )
      ).body.id;
    });

    it('finds "کرمان" when typed with Arabic kaf (ك)', async () => {
      const res = await api.get(`/associations?q=${encodeURIComponent(`كرمان ${tag}`)}`, staff);
      expect(res.status).toBe(200);
      expect(res.body.items.map((a: { id: string }) => a.id)).toEqual([kerman]);
      expect(res.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    });

    it('ignores the zero-width non-joiner, Arabic yeh and diacritics', async () => {
      for (const q of [
        `صنایعدستی ${tag}`,
        `صنايع\u200Cدستي ${tag}`,
        `صَنایع دستی`.replace(' ', '') + ` ${tag}`,
      ]) {
        const res = await api.get(`/associations?q=${encodeURIComponent(q)}`, staff);
        expect(res.body.items.map((a: { id: string }) => a.id)).toEqual([handicraft]);
      }
    });

    it('matches the Latin name regardless of letter case', async () => {
      const res = await api.get(`/associations?q=${encodeURIComponent(`kerman PISTACHIO ${tag}`)}`, staff);
      expect(res.body.items.map((a: { id: string }) => a.id)).toEqual([kerman]);
    });

    it('filters by status, phase, category and priority, and sorts by name', async () => {
      const { categoryId } = await testCatalogs();
      const active = await api.get(`/associations?q=${tag}&status=active`, staff);
      expect(active.body.items.map((a: { id: string }) => a.id)).toEqual([handicraft]);
      const inCategory = await api.get(
        `/associations?q=${tag}&categoryId=${categoryId}&priority=true&phase=concept_review&sort=nameFa`,
        staff,
      );
      expect(inCategory.body.items.map((a: { id: string }) => a.id)).toEqual([handicraft, kerman]);
      const notPriority = await api.get(`/associations?q=${tag}&priority=false`, staff);
      expect(notPriority.body.total).toBe(0);
      const developed = await api.get(`/associations?q=${tag}&phase=development`, staff);
      expect(developed.body.total).toBe(0);
    });

    it('refuses a page size over 100 and an unknown status with 400 naming the field', async () => {
      const big = await api.get('/associations?pageSize=101', staff);
      expect(big.status).toBe(400);
      expect(big.body.message).toMatch(/pageSize/);
      const status = await api.get('/associations?status=sleeping', staff);
      expect(status.status).toBe(400);
      expect(status.body.message).toMatch(/status/);
    });

    it('answers a malformed id with 400 and an unknown one with 404', async () => {
      expect((await api.get('/associations/not-a-uuid', staff)).status).toBe(400);
      expect((await api.get('/associations/00000000-0000-4000-8000-000000000000', staff)).status).toBe(404);
    });
  });

  describe('changing an entry', () => {
    it('changes fields with the current version, audits before and after, and refuses a stale version with 409', async () => {
      const a = await createAssociation(api);
      const ok = await api.patch(
        `/associations/${a.id}`,
        { version: 1, memberCount: 120, status: 'forming', nameEn: 'Copper Syndicate' },
        staff,
      );
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({
        version: 2,
        memberCount: 120,
        status: 'forming',
        phase: 'concept_review',
      });
      const stale = await api.patch(`/associations/${a.id}`, { version: 1, memberCount: 5 }, staff);
      expect(stale.status).toBe(409);
      expect(stale.body.message).toMatch(/^version/);
      expect((await api.get(`/associations/${a.id}`, staff)).body.memberCount).toBe(120);
      const audit = await api.get(`/audit?entity=association&entityId=${a.id}`, admin);
      const update = audit.body.items.find((e: { action: string }) => e.action === 'association.update');
      expect(update.before).toMatchObject({ memberCount: null, status: 'proposed' });
      expect(update.after).toMatchObject({ memberCount: 120, status: 'forming' });
      // Who made it, by name (identity's, through audit's port), and by role.
      expect(update).toMatchObject({ actorRole: 'staff', actorName: 'Test staff' });
      const found = await api.get(`/associations?q=${encodeURIComponent('copper syndicate')}`, staff);
      expect(found.body.items.map((x: { id: string }) => x.id)).toContain(a.id);
    });

    it('refuses a null Persian name and an invalid date with 400 naming the field', async () => {
      const a = await createAssociation(api);
      const nullName = await api.patch(`/associations/${a.id}`, { version: 1, nameFa: null }, staff);
      expect(nullName.status).toBe(400);
      expect(nullName.body.message).toMatch(/nameFa/);
      const date = await api.patch(`/associations/${a.id}`, { version: 1, foundedAt: '1402/13/01' }, staff);
      expect(date.status).toBe(400);
      expect(date.body.message).toMatch(/foundedAt/);
    });
  });

  describe('the tree of sub-branches', () => {
    it('shows depth and refuses a parent that would create a cycle with 422, writing nothing', async () => {
      const root = await createAssociation(api);
      const mid = await api.post('/associations', await associationBody({ parentId: root.id }), staff);
      expect(mid.body.depth).toBe(1);
      const leaf = await api.post('/associations', await associationBody({ parentId: mid.body.id }), staff);
      expect(leaf.body.depth).toBe(2);

      const cycle = await api.patch(
        `/associations/${root.id}`,
        { version: 1, parentId: leaf.body.id },
        staff,
      );
      expect(cycle.status).toBe(422);
      expect(cycle.body.message).toMatch(/^parentId/);
      const self = await api.patch(`/associations/${root.id}`, { version: 1, parentId: root.id }, staff);
      expect(self.status).toBe(422);
      const after = await api.get(`/associations/${root.id}`, staff);
      expect(after.body).toMatchObject({ version: 1, parentId: null, depth: 0 });

      const unknown = await api.post(
        '/associations',
        await associationBody({ parentId: '00000000-0000-4000-8000-000000000000' }),
        staff,
      );
      expect(unknown.status).toBe(400);
      expect(unknown.body.message).toMatch(/^parentId/);
    });

    it('moves a branch and its sub-branches together, updating their depth', async () => {
      const a = await createAssociation(api);
      const b = await createAssociation(api);
      const child = await api.post('/associations', await associationBody({ parentId: b.id }), staff);
      const moved = await api.patch(`/associations/${b.id}`, { version: 1, parentId: a.id }, staff);
      expect(moved.status).toBe(200);
      expect(moved.body.depth).toBe(1);
      expect((await api.get(`/associations/${child.body.id}`, staff)).body.depth).toBe(2);
      const children = await api.get(`/associations?parentId=${a.id}`, staff);
      expect(children.body.items.map((x: { id: string }) => x.id)).toEqual([b.id]);
    });
  });

  describe('a board user', () => {
    let own: { id: string };
    let other: { id: string };
    let board: string;
    beforeAll(async () => {
      own = await createAssociation(api);
      other = await createAssociation(api);
      board = (await api.userWithRole('board', own.id)).token;
    });

    it('reads its own association and gets 404 for another one', async () => {
      expect((await api.get(`/associations/${own.id}`, board)).status).toBe(200);
      const hidden = await api.get(`/associations/${other.id}`, board);
      expect(hidden.status).toBe(404);
      expect((await api.patch(`/associations/${other.id}`, { version: 1, contact: {} }, board)).status).toBe(
        404,
      );
      expect((await api.get(`/associations/${other.id}/board-members`, board)).status).toBe(404);
    });

    it('lists only its own association', async () => {
      const res = await api.get('/associations?pageSize=100', board);
      expect(res.body.items.map((a: { id: string }) => a.id)).toEqual([own.id]);
      expect(res.body.total).toBe(1);
    });

    it('may change its contact and culture profile but nothing else (403)', async () => {
      const current = (await api.get(`/associations/${own.id}`, board)).body;
      const name = await api.patch(
        `/associations/${own.id}`,
        { version: current.version, nameFa: 'نام دیگر' },
        board,
      );
      expect(name.status).toBe(403);
      expect(name.body.message).toMatch(/^nameFa/);
      const contact = await api.patch(
        `/associations/${own.id}`,
        { version: current.version, contact: { phone: '034-32221234', email: 'info@example.ir' } },
        board,
      );
      expect(contact.status).toBe(200);
      expect(contact.body.contact).toEqual({ phone: '034-32221234', email: 'info@example.ir' });
      const profile = await api.put(
        `/associations/${own.id}/culture-profile`,
        {
          version: contact.body.version,
          narrative: 'بنگاه های خانوادگی',
          traits: ['family_firms', 'export_oriented'],
        },
        board,
      );
      expect(profile.status).toBe(200);
      expect(profile.body.cultureProfile).toEqual({
        narrative: 'بنگاه های خانوادگی',
        traits: ['family_firms', 'export_oriented'],
      });
      const badTrait = await api.put(
        `/associations/${own.id}/culture-profile`,
        { version: profile.body.version, traits: ['rich'] },
        board,
      );
      expect(badTrait.status).toBe(400);
      expect(badTrait.body.message).toMatch(/^traits/);
      const stale = await api.put(
        `/associations/${own.id}/culture-profile`,
        { version: 1, traits: [] },
        board,
      );
      expect(stale.status).toBe(409);
    });

    it('gets 403 on admin and chamber endpoints', async () => {
      expect(
        (await api.post('/catalogs/categories', { nameFa: 'رسته', nameEn: 'X', isic: '01' }, board)).status,
      ).toBe(403);
      expect((await api.post('/users', { email: 'x@y.z' }, board)).status).toBe(403);
      expect((await api.get('/users', board)).status).toBe(403);
      expect((await api.get('/audit/integrity', board)).status).toBe(403);
      expect((await api.post(`/associations/${own.id}/board-members`, {}, board)).status).toBe(403);
      expect((await api.get('/associations/export', board)).status).toBe(403);
    });
  });

  describe('the board (هیئت مدیره)', () => {
    it('keeps one serving chair, keeps past terms as history, and refuses a stale version', async () => {
      const a = await createAssociation(api);
      const chair = await api.post(
        `/associations/${a.id}/board-members`,
        { fullName: 'محمدرضا صادقی', role: 'chair', termStart: '2022-05-01', electedBy: 'general_assembly' },
        staff,
      );
      expect(chair.status).toBe(201);
      expect(chair.body).toMatchObject({ serving: true, version: 1, termStartJalali: '1401/02/11' });
      const second = await api.post(
        `/associations/${a.id}/board-members`,
        { fullName: 'زهرا امینی', role: 'chair', termStart: '2024-05-01', electedBy: 'general_assembly' },
        staff,
      );
      expect(second.status).toBe(422);
      expect(second.body.message).toMatch(/^role/);

      const ended = await api.patch(
        `/associations/${a.id}/board-members/${chair.body.id}`,
        { version: 1, termEnd: '2024-04-30', endReason: 'پایان دوره' },
        staff,
      );
      expect(ended.status).toBe(200);
      expect(ended.body.serving).toBe(false);
      const next = await api.post(
        `/associations/${a.id}/board-members`,
        { fullName: 'زهرا امینی', role: 'chair', termStart: '2024-05-01', electedBy: 'general_assembly' },
        staff,
      );
      expect(next.status).toBe(201);

      const all = await api.get(`/associations/${a.id}/board-members`, staff);
      expect(all.body.items.map((m: { fullName: string }) => m.fullName)).toEqual([
        'زهرا امینی',
        'محمدرضا صادقی',
      ]);
      const current = await api.get(`/associations/${a.id}/board-members?current=true`, staff);
      expect(current.body.items.map((m: { fullName: string }) => m.fullName)).toEqual(['زهرا امینی']);

      const stale = await api.patch(
        `/associations/${a.id}/board-members/${chair.body.id}`,
        { version: 1, fullName: 'دیگر' },
        staff,
      );
      expect(stale.status).toBe(409);
      const badRole = await api.post(
        `/associations/${a.id}/board-members`,
        { fullName: 'کسی', role: 'king', termStart: '2024-01-01', electedBy: 'appointed' },
        staff,
      );
      expect(badRole.status).toBe(400);
      expect(badRole.body.message).toMatch(/role/);
      const board = await api.userWithRole('board', a.id);
      expect((await api.get(`/associations/${a.id}/board-members`, board.token)).body.items).toHaveLength(2);
    });
  });

  describe('correcting a board seat', () => {
    it('changes name, role and term with the version; a term ending before it starts is refused naming the field', async () => {
      const a = await createAssociation(api);
      const seat = await api.post(
        `/associations/${a.id}/board-members`,
        { fullName: 'علی رضایى', role: 'member', termStart: '2025-05-01', electedBy: 'general_assembly' },
        staff,
      );
      const fixed = await api.patch(
        `/associations/${a.id}/board-members/${seat.body.id}`,
        {
          version: 1,
          fullName: 'علی رضایی',
          role: 'treasurer',
          termStart: '1404/02/01',
          termEnd: '1406/02/01',
        },
        staff,
      );
      expect(fixed.status).toBe(200);
      expect(fixed.body).toMatchObject({
        fullName: 'علی رضایی',
        role: 'treasurer',
        termStartJalali: '1404/02/01',
        termEndJalali: '1406/02/01',
        version: 2,
      });
      const backwards = await api.patch(
        `/associations/${a.id}/board-members/${seat.body.id}`,
        { version: 2, termStart: '1407/01/01' },
        staff,
      );
      expect(backwards.status).toBe(400);
      expect(backwards.body.field).toMatch(/^term/);
      const stale = await api.patch(
        `/associations/${a.id}/board-members/${seat.body.id}`,
        { version: 1, fullName: 'دیگر' },
        staff,
      );
      expect(stale.status).toBe(409);
    });
  });

  describe('catalogs', () => {
    it('lets everyone read categories and legal forms', async () => {
      const president = await api.userWithRole('president');
      const cats = await api.get('/catalogs/categories', president.token);
      expect(cats.status).toBe(200);
      expect(cats.body[0]).toMatchObject({
        id: expect.any(Number),
        nameFa: expect.any(String),
        isic: expect.any(String),
        priority: expect.any(Boolean),
      });
      const forms = await api.get('/catalogs/legal-forms', president.token);
      expect(forms.body.map((f: { code: string }) => f.code)).toContain('association');
      expect((await api.get('/catalogs/culture-traits', president.token)).body.length).toBeGreaterThan(3);
    });

    it('lets the admin add and change a category; refuses an invalid ISIC, a duplicate and a stale version', async () => {
      const nameFa = `خرما ${uniq()}`;
      const created = await api.post(
        '/catalogs/categories',
        { nameFa, nameEn: 'Dates', isic: '0122', priority: true },
        admin,
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ nameFa, isic: '0122', priority: true, version: 1 });
      const badIsic = await api.post(
        '/catalogs/categories',
        { nameFa: `x ${uniq()}`, nameEn: 'Xy', isic: '01A' },
        admin,
      );
      expect(badIsic.status).toBe(400);
      expect(badIsic.body.message).toMatch(/^isic/);
      const dup = await api.post('/catalogs/categories', { nameFa, nameEn: 'Dates', isic: '0122' }, admin);
      expect(dup.status).toBe(409);
      expect(dup.body.message).toMatch(/^nameFa/);
      const changed = await api.patch(
        `/catalogs/categories/${created.body.id}`,
        { version: 1, priority: false },
        admin,
      );
      expect(changed.body).toMatchObject({ priority: false, version: 2 });
      expect(
        (await api.patch(`/catalogs/categories/${created.body.id}`, { version: 1, priority: true }, admin))
          .status,
      ).toBe(409);
      expect(
        (await api.post('/catalogs/categories', { nameFa: `y ${uniq()}`, nameEn: 'Y', isic: '01' }, staff))
          .status,
      ).toBe(403);
    });

    it('lets the admin keep legal forms and classification criteria', async () => {
      const code = `council_${uniq()}`;
      expect(
        (await api.post('/catalogs/legal-forms', { code, nameFa: 'شورا', nameEn: 'Council' }, admin)).status,
      ).toBe(201);
      expect(
        (await api.post('/catalogs/legal-forms', { code, nameFa: 'شورا', nameEn: 'Council' }, admin)).status,
      ).toBe(409);
      const crit = await api.post(
        '/catalogs/classification-criteria',
        { code: `scope_${uniq()}`, nameFa: 'گستره فعالیت', nameEn: 'Scope' },
        admin,
      );
      expect(crit.status).toBe(201);
      const renamed = await api.patch(
        `/catalogs/classification-criteria/${crit.body.code}`,
        { version: 1, nameFa: 'گستره جغرافیایی' },
        admin,
      );
      expect(renamed.body).toMatchObject({ nameFa: 'گستره جغرافیایی', version: 2 });
      expect(
        (await api.get('/catalogs/classification-criteria', staff)).body.map((c: { code: string }) => c.code),
      ).toContain(crit.body.code);
    });
  });

  describe('import and export', () => {
    it('imports nothing when one row is bad and reports the bad rows with their line numbers', async () => {
      const { categoryId } = await testCatalogs();
      const tag = uniq();
      const names = [`انجمن اول ${tag}`, `انجمن دوم ${tag}`, `انجمن سوم ${tag}`];
      const csv = [
        'nameFa,legalForm,scope,membershipType,categoryId,city,memberCount',
        `${names[0]},association,provincial,firms,${categoryId},کرمان,10`,
        `${names[1]},association,provincial,firms,99999,کرمان,20`,
        `${names[2]},association,everywhere,firms,${categoryId},کرمان,many`,
      ].join('\n');
      const res = await upload(api, staff, 'associations.csv', csv, 'text/csv');
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/^file: 2 of 3 rows are invalid/);
      const problems = res.body.details.problems as { line: number; field: string }[];
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ line: 3, field: 'categoryId', messageFa: 'رسته: چنین رسته ای نیست' }),
          expect.objectContaining({
            line: 4,
            field: 'scope',
            fieldFa: 'گستره',
            messageFa: expect.stringMatching(/^گستره: باید یکی از این ها باشد/),
          }),
          expect.objectContaining({ line: 4, field: 'memberCount', fieldFa: 'شمار اعضا' }),
        ]),
      );
      expect(problems.some((p) => p.line === 2)).toBe(false);
      expect(await countByNames(names)).toBe(0);
    });

    it('imports every row of a good CSV and of a good XLSX file', async () => {
      const { categoryId } = await testCatalogs();
      const tag = uniq();
      const csv = [
        'nameFa,nameEn,legalForm,scope,membershipType,categoryId,city,registrationNo,foundedAt,phone',
        `انجمن خرمای جیرفت ${tag},Jiroft Dates ${tag},association,provincial,firms,${categoryId},جیرفت,J-${tag},2015-03-01,034-43211111`,
        `"اتحادیه حمل و نقل، کرمان ${tag}",,union,national,mixed,${categoryId},کرمان,,,`,
      ].join('\r\n');
      const res = await upload(api, staff, 'good.csv', '\uFEFF' + csv, 'text/csv');
      expect(res.status).toBe(201);
      expect(res.body.imported).toBe(2);
      const jiroft = await api.get(`/associations/${res.body.ids[0]}`, staff);
      expect(jiroft.body).toMatchObject({
        city: 'جیرفت',
        registrationNo: `J-${tag}`,
        contact: { phone: '034-43211111' },
        phase: 'concept_review',
      });

      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('s');
      ws.addRow(['nameFa', 'legalForm', 'scope', 'membershipType', 'categoryId', 'city', 'memberCount']);
      ws.addRow([`سندیکای مس ${tag}`, 'association', 'provincial', 'firms', categoryId, 'سرچشمه', 35]);
      const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
      const x = await upload(
        api,
        staff,
        'good.xlsx',
        xlsx,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(x.status).toBe(201);
      const found = await api.get(`/associations?q=${encodeURIComponent(`سندیكاي مس ${tag}`)}`, staff);
      expect(found.body.items[0]).toMatchObject({ memberCount: 35, city: 'سرچشمه' });
    });

    it('refuses duplicate registration numbers within one file, and a non-staff import with 403', async () => {
      const { categoryId } = await testCatalogs();
      const tag = uniq();
      const row = (n: number) =>
        `انجمن ${n} ${tag},association,provincial,firms,${categoryId},کرمان,D-${tag}`;
      const csv = [
        'nameFa,legalForm,scope,membershipType,categoryId,city,registrationNo',
        row(1),
        row(2),
      ].join('\n');
      const res = await upload(api, staff, 'dup.csv', csv, 'text/csv');
      expect(res.status).toBe(400);
      expect(res.body.details.problems).toEqual([
        expect.objectContaining({ line: 3, field: 'registrationNo' }),
      ]);
      const president = await api.userWithRole('president');
      expect((await upload(api, president.token, 'dup.csv', csv, 'text/csv')).status).toBe(403);
      const unknownColumn = await upload(api, staff, 'u.csv', 'nameFa,colour\nx,red', 'text/csv');
      expect(unknownColumn.status).toBe(400);
      expect(unknownColumn.body.message).toMatch(/colour/);
    });

    it('exports the filtered list as CSV and XLSX', async () => {
      const tag = uniq();
      const a = await createAssociation(api, { nameFa: `انجمن گردشگری کرمان ${tag}` });
      const csv = await api.get(`/associations/export?format=csv&q=${encodeURIComponent(tag)}`, staff);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
      expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="associations-.*\.csv"/);
      const lines = (csv.body as string)
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain(a.id);
      expect(lines[1]).toContain(`انجمن گردشگری کرمان ${tag}`);

      const res = await fetch(`${api.baseUrl}/associations/export?format=xlsx&q=${encodeURIComponent(tag)}`, {
        headers: { authorization: `Bearer ${staff}` },
      });
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      const ws = wb.worksheets[0];
      expect(ws.rowCount).toBe(2);
      expect(ws.getRow(2).values).toContain(`انجمن گردشگری کرمان ${tag}`);
    });
  });

  it('documents every register endpoint in the OpenAPI document, with examples', async () => {
    const res = await fetch(api.baseUrl.replace('/api/v1', '/api/docs-json'));
    const doc = (await res.json()) as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, any> };
    };
    for (const path of [
      '/api/v1/associations',
      '/api/v1/associations/{id}',
      '/api/v1/associations/{id}/culture-profile',
      '/api/v1/associations/{id}/board-members',
      '/api/v1/associations/{id}/board-members/{memberId}',
      '/api/v1/associations/import',
      '/api/v1/associations/export',
      '/api/v1/catalogs/categories',
      '/api/v1/catalogs/legal-forms',
      '/api/v1/catalogs/classification-criteria',
    ]) {
      expect(doc.paths[path]).toBeDefined();
    }
    expect(doc.components.schemas.CreateAssociationDto.properties.nameFa.example).toBe('انجمن پسته کرمان');
  });
});
