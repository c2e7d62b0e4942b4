import { startApi, TestApi } from '../support/api';
import { associationBody, createAssociation } from '../support/fixtures';

describe('contract review: bad input is a 400 naming the field, never a 500', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('names the path parameter of an id that is not a UUID', async () => {
    const admin = await api.adminToken();
    const a = await createAssociation(api);
    for (const [path, field] of [
      ['/associations/not-a-uuid', 'id'],
      ['/supports/123', 'id'],
      ['/kpi-reports/x', 'id'],
      [`/associations/${a.id}/board-members/nope`, 'memberId'],
    ] as const) {
      const res = await api.request(path.includes('board-members') ? 'PATCH' : 'GET', path, {
        token: admin,
        ...(path.includes('board-members') ? { body: { version: 1 } } : {}),
      });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(res.body.message).toMatch(new RegExp(`^${field}: `));
    }
  });

  it('names an integer field whose value is beyond what PostgreSQL stores', async () => {
    const admin = await api.adminToken();
    const huge = 99_999_999_999;
    const created = await api.post('/associations', await associationBody({ categoryId: huge }), admin);
    expect(created.status).toBe(400);
    expect(created.body.message).toMatch(/^categoryId/);
    const listed = await api.get(`/associations?categoryId=${huge}`, admin);
    expect(listed.status).toBe(400);
    expect(listed.body.message).toMatch(/^categoryId/);
    const a = await createAssociation(api);
    const patched = await api.patch(`/associations/${a.id}`, { version: 1, memberCount: huge }, admin);
    expect(patched.status).toBe(400);
    expect(patched.body.message).toMatch(/^memberCount/);
    const category = await api.patch(`/catalogs/categories/${huge}`, { version: 1 }, admin);
    expect(category.status).toBe(404);
    const notNumber = await api.patch('/catalogs/categories/abc', { version: 1 }, admin);
    expect(notNumber.status).toBe(400);
    expect(notNumber.body.message).toMatch(/^id: /);
  });

  it('refuses a NUL character in text with 400 naming the field (PostgreSQL cannot store it)', async () => {
    const admin = await api.adminToken();
    const res = await api.post(
      '/associations',
      await associationBody({ nameFa: 'انجمن \u0000 آزمایشی' }),
      admin,
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(res.body.message).toMatch(/^nameFa: /);
    const listed = await api.get('/associations?q=%00', admin);
    expect(listed.status).toBe(400);
    expect(listed.body.message).toMatch(/^q: /);
  });
});
