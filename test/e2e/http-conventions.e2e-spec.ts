import { startApi, TestApi } from '../support/api';

describe('HTTP conventions of the contract', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('refuses unknown fields with 400 naming them', async () => {
    const res = await api.post(
      '/users',
      { email: 'a@b.cd', password: 'password-for-tests', fullName: 'X Y', role: 'staff', colour: 'red' },
      await api.adminToken(),
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(res.body.message).toMatch(/colour/);
  });

  it('answers a non-JSON body with 415', async () => {
    const res = await api.request('POST', '/auth/login', {
      raw: { contentType: 'text/plain', data: 'email=a' },
    });
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
  });

  it('answers malformed JSON with 400, never 500', async () => {
    const res = await api.request('POST', '/auth/login', {
      raw: { contentType: 'application/json', data: '{"email": ' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  it('answers an invalid id with 400 and an unknown route with 404 in the error shape', async () => {
    const admin = await api.adminToken();
    expect((await api.get('/users/not-a-uuid', admin)).status).toBe(400);
    const missing = await api.get('/no-such-thing', admin);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('echoes a request id and sets security headers', async () => {
    const res = await api.request('GET', '/health/live', { headers: { 'x-request-id': 'abc-123' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('abc-123');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves an OpenAPI document that lists the endpoints', async () => {
    const res = await fetch(api.baseUrl.replace('/api/v1', '/api/docs-json'));
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/health/ready', '/api/v1/audit']),
    );
  });
});
