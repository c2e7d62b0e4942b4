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
});
